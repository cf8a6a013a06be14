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

    @Override
    public PageImage page(int page) {
        try {
            int dpi = settings.targetDpi();
            BufferedImage img = renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
            return new PageImage(page, GrayImage.of(img), dpi);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(FailureCause.CORRUPT, path, "page " + page + " cannot be rendered: " + e.getMessage(), e);
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
