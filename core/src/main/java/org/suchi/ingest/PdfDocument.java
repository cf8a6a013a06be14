package org.suchi.ingest;

import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.suchi.image.GrayImage;
import org.suchi.model.Source;

/** A PDF, rendered page by page with PDFBox. */
final class PdfDocument implements OpenedDocument, PdfBacked {
    private final Path path;
    private final String sha256;
    private final IngestSettings settings;
    private final PDDocument doc;
    private final PDFRenderer renderer;
    private String kind; // computed on first use: readers of the text layer decide per page and rarely ask

    private PdfDocument(Path path, String sha256, IngestSettings settings, PDDocument doc) {
        this.path = path;
        this.sha256 = sha256;
        this.settings = settings;
        this.doc = doc;
        this.renderer = new PDFRenderer(doc);
    }

    static PdfDocument open(Path path, String sha, IngestSettings settings) {
        PDDocument doc = null;
        try {
            doc = Loader.loadPDF(new RandomAccessReadBufferedFile(path.toFile()), "",
                    null, null, MemoryUsageSetting.setupTempFileOnly().streamCache);
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ExtractionException(FailureCause.ENCRYPTED, path, "content extraction is not permitted");
            }
            int n = doc.getNumberOfPages();
            if (n == 0) throw new ExtractionException(FailureCause.EMPTY, path, "the PDF has 0 pages");
            for (int i = 0; i < n; i++) {
                PDPage p = doc.getPage(i);
                float w = p.getCropBox().getWidth(), h = p.getCropBox().getHeight();
                long px = (long) (w / 72.0 * settings.targetDpi()) * (long) (h / 72.0 * settings.targetDpi());
                if (w <= 0 || h <= 0) throw new ExtractionException(FailureCause.CORRUPT, path, "page " + (i + 1) + " has no size");
                if (px > settings.maxPixels()) {
                    throw new ExtractionException(FailureCause.TOO_LARGE, path,
                            "page " + (i + 1) + " is " + Math.round(w / 72) + "×" + Math.round(h / 72) + " in");
                }
            }
            return new PdfDocument(path, sha, settings, doc);
        } catch (InvalidPasswordException e) {
            close(doc);
            throw new ExtractionException(FailureCause.ENCRYPTED, path, "a password is needed to open it", e);
        } catch (ExtractionException e) {
            close(doc);
            throw e;
        } catch (IOException | RuntimeException e) {
            close(doc);
            throw new ExtractionException(FailureCause.CORRUPT, path, e.getMessage(), e);
        } catch (StackOverflowError e) {
            close(doc);
            throw new ExtractionException(FailureCause.CORRUPT, path, "its page tree refers to itself in a loop", null);
        }
    }

    /** True when the first pages carry a real text layer (not only an image per page). */
    private static boolean hasTextLayer(PDDocument doc) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(1);
        s.setEndPage(Math.min(3, doc.getNumberOfPages()));
        String text = s.getText(doc);
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).count() >= 50;
    }

    @Override public Path path() { return path; }
    @Override public InputFormat format() { return InputFormat.PDF; }
    @Override public String sha256() { return sha256; }
    @Override public int pageCount() { return doc.getNumberOfPages(); }
    @Override
    public String kind() {
        if (kind == null) {
            try {
                kind = hasTextLayer(doc) ? Source.TEXT_PDF : Source.SCANNED_PDF;
            } catch (IOException | RuntimeException e) {
                kind = Source.SCANNED_PDF; // no text can be read from it
            }
        }
        return kind;
    }
    @Override public PDDocument pdf() { return doc; }

    /** Heap bytes per page pixel while a page is rendered and handed on (the render and its gray copy, rounded up). */
    static final int PAGE_BYTES_PER_PIXEL = 4;
    /** Heap bytes per pixel of an embedded image besides its decoded samples (the ARGB image PDFBox draws from). */
    static final int IMAGE_BYTES_PER_PIXEL = 4;

    /**
     * Refuses page {@code page} before any decoding when rendering it, with the pages beside it in
     * flight, or decoding one of its images (with their size, channels and bit depth) would need more
     * memory than one document's budget: a 1.5 MB PDF can hold a 40000×40000 image.
     */
    void checkBudget(int page) {
        long budget = settings.budget();
        PDPage p = doc.getPage(page - 1);
        int dpi = settings.targetDpi();
        float w = p.getCropBox().getWidth(), h = p.getCropBox().getHeight();
        long px = (long) (w / 72.0 * dpi) * (long) (h / 72.0 * dpi);
        long pageCost = px * PAGE_BYTES_PER_PIXEL * Math.min(pageCount(), IngestSettings.PAGES_IN_FLIGHT);
        if (pageCost > budget) {
            throw new ExtractionException(FailureCause.TOO_LARGE, path, "page " + page + " is " + Math.round(w / 72) + "×"
                    + Math.round(h / 72) + " in: rendered at " + dpi + " dpi it needs about " + IngestSettings.size(pageCost)
                    + ", over one document's memory budget of " + IngestSettings.size(budget));
        }
        try {
            checkImages(p.getResources(), page, budget, new java.util.HashSet<>());
        } catch (IOException e) {
            throw new ExtractionException(FailureCause.CORRUPT, path, "page " + page + ": " + e.getMessage(), e);
        }
    }

    private void checkImages(org.apache.pdfbox.pdmodel.PDResources res, int page, long budget,
                             java.util.Set<Object> seen) throws IOException {
        if (res == null || !seen.add(res.getCOSObject())) return;
        for (org.apache.pdfbox.cos.COSName n : res.getXObjectNames()) {
            org.apache.pdfbox.pdmodel.graphics.PDXObject x = res.getXObject(n);
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img) {
                long iw = Math.max(0, img.getWidth()), ih = Math.max(0, img.getHeight());
                int bpc = Math.max(1, img.getBitsPerComponent());
                int channels;
                try {
                    channels = img.getColorSpace().getNumberOfComponents();
                } catch (IOException | RuntimeException e) {
                    channels = 4;
                }
                double perPixel = Math.ceil(channels * bpc / 8.0) + IMAGE_BYTES_PER_PIXEL;
                long cost = (long) (iw * ih * perPixel);
                if (iw * ih > settings.maxPixels() || cost > budget) {
                    throw new ExtractionException(FailureCause.TOO_LARGE, path, "page " + page + " holds an image of "
                            + iw + "×" + ih + " px (" + channels + " channel(s), " + bpc + " bit) that needs about "
                            + IngestSettings.size(cost) + " decoded, over one document's memory budget of "
                            + IngestSettings.size(budget));
                }
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f) {
                checkImages(f.getResources(), page, budget, seen);
            }
        }
    }

    @Override
    public PageImage page(int page) {
        try {
            checkBudget(page);
        } catch (StackOverflowError e) {
            throw new ExtractionException(FailureCause.CORRUPT, path, "page " + page + ": its objects refer to each other in a loop", null);
        }
        try {
            int dpi = settings.targetDpi();
            BufferedImage img = renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
            return new PageImage(page, GrayImage.of(img), dpi);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(FailureCause.CORRUPT, path, "page " + page + " cannot be rendered: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new ExtractionException(FailureCause.CORRUPT, path, "page " + page + ": its objects refer to each other in a loop", null);
        }
    }

    private static void close(PDDocument d) {
        try {
            if (d != null) d.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    @Override
    public void close() {
        close(doc);
    }
}
