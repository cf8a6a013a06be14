package org.suchi.ingest;

import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.suchi.image.GrayImage;
import org.suchi.model.Source;
import org.w3c.dom.NodeList;

/** A PNG, JPEG or (multi-page) TIFF, one page per image, decoded lazily. */
final class ImageDocument implements OpenedDocument {
    private final Path path;
    private final InputFormat format;
    private final String sha256;
    private final IngestSettings settings;
    private final ImageInputStream stream;
    private final ImageReader reader;
    private final int pages;

    private ImageDocument(Path path, InputFormat format, String sha256, IngestSettings settings,
                          ImageInputStream stream, ImageReader reader, int pages) {
        this.path = path;
        this.format = format;
        this.sha256 = sha256;
        this.settings = settings;
        this.stream = stream;
        this.reader = reader;
        this.pages = pages;
    }

    static ImageDocument open(Path path, InputFormat format, String sha, IngestSettings settings) {
        ImageInputStream in = null;
        try {
            in = ImageIO.createImageInputStream(path.toFile());
            Iterator<ImageReader> it = ImageIO.getImageReaders(in);
            if (!it.hasNext()) throw new ExtractionException(FailureCause.CORRUPT, path, "no decoder accepts the " + format + " data");
            ImageReader r = it.next();
            r.setInput(in, false, true);
            int n = format == InputFormat.TIFF ? r.getNumImages(true) : 1;
            if (n <= 0) throw new ExtractionException(FailureCause.EMPTY, path, "the " + format + " holds no image");
            long budget = settings.budget();
            for (int i = 0; i < n; i++) {
                long px = (long) r.getWidth(i) * r.getHeight(i);
                if (px > settings.maxPixels()) {
                    throw new ExtractionException(FailureCause.TOO_LARGE, path,
                            "page " + (i + 1) + " is " + r.getWidth(i) + "×" + r.getHeight(i) + " px");
                }
                // decoded samples (channels × bit depth) plus the gray page and its resampled copy
                long cost = px * (bytesPerPixel(r, i) + 2);
                if (cost > budget) {
                    throw new ExtractionException(FailureCause.TOO_LARGE, path, "page " + (i + 1) + " is "
                            + r.getWidth(i) + "×" + r.getHeight(i) + " px of " + describe(r, i) + ": decoded it needs about "
                            + IngestSettings.size(cost) + ", over one document's memory budget of " + IngestSettings.size(budget));
                }
            }
            return new ImageDocument(path, format, sha, settings, in, r, n);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            if (e instanceof ExtractionException x) throw x;
            if (unsupportedCompression(e)) {
                throw new ExtractionException(FailureCause.UNSUPPORTED_FORMAT, path, "the " + format + " uses a compression"
                        + " Java cannot decode (" + e.getMessage() + "); save it uncompressed or with LZW, Deflate, JPEG or CCITT", e);
            }
            throw new ExtractionException(FailureCause.CORRUPT, path, "cannot decode the " + format + ": " + e.getMessage(), e);
        }
    }

    /** Bytes per pixel of the decoded image (every band rounded up to whole bytes); 4 when the decoder cannot say. */
    static int bytesPerPixel(ImageReader r, int i) {
        try {
            javax.imageio.ImageTypeSpecifier t = r.getRawImageType(i);
            if (t == null) {
                Iterator<javax.imageio.ImageTypeSpecifier> it = r.getImageTypes(i);
                t = it.hasNext() ? it.next() : null;
            }
            if (t == null) return 4;
            int bytes = 0;
            for (int b = 0; b < t.getNumBands(); b++) bytes += (t.getBitsPerBand(b) + 7) / 8;
            return Math.max(1, bytes);
        } catch (IOException | RuntimeException e) {
            return 4;
        }
    }

    private static String describe(ImageReader r, int i) {
        try {
            javax.imageio.ImageTypeSpecifier t = r.getRawImageType(i);
            if (t == null) return "unknown depth";
            return t.getNumBands() + " channel(s) of " + t.getBitsPerBand(0) + " bit";
        } catch (IOException | RuntimeException e) {
            return "unknown depth";
        }
    }

    @Override public Path path() { return path; }
    @Override public InputFormat format() { return format; }
    @Override public String sha256() { return sha256; }
    @Override public int pageCount() { return pages; }
    @Override public String kind() { return Source.IMAGE; }

    @Override
    public PageImage page(int page) {
        if (page < 1 || page > pages) throw new IllegalArgumentException("page " + page + " of " + pages);
        try {
            BufferedImage img = reader.read(page - 1);
            double dpi = dpiOf(reader.getImageMetadata(page - 1), img.getWidth(), img.getHeight());
            GrayImage scaled = Resample.toDpi(GrayImage.of(img), dpi, settings.targetDpi());
            return new PageImage(page, scaled, settings.targetDpi());
        } catch (IOException | RuntimeException e) {
            if (unsupportedCompression(e)) {
                throw new ExtractionException(FailureCause.UNSUPPORTED_FORMAT, path, "page " + page + " uses a compression"
                        + " Java cannot decode (" + e.getMessage() + "); save it uncompressed or with LZW, Deflate, JPEG or CCITT", e);
            }
            throw new ExtractionException(FailureCause.CORRUPT, path, "page " + page + " cannot be decoded: " + e.getMessage(), e);
        }
    }

    /** The image's resolution from its metadata when plausible, else guessed from the A4 page size. */
    static double dpiOf(IIOMetadata meta, int w, int h) {
        double guess = Resample.guessDpi(w, h);
        try {
            if (meta != null && meta.isStandardMetadataFormatSupported()) {
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_1.0");
                NodeList nl = root.getElementsByTagName("HorizontalPixelSize");
                if (nl.getLength() > 0) {
                    double mmPerPx = Double.parseDouble(((IIOMetadataNode) nl.item(0)).getAttribute("value"));
                    double dpi = 25.4 / mmPerPx;
                    // metadata is often a default 72/96 dpi that does not describe the scan: trust it
                    // only when it agrees with the page size (an A4 page, ±25 %)
                    if (dpi > 50 && dpi < 1200 && Math.abs(dpi / guess - 1) < 0.25) return dpi;
                }
            }
        } catch (RuntimeException ignored) {
            // unreadable metadata: fall back to the page-size guess
        }
        return guess;
    }

    /** The decoder's "unsupported compression" (a TIFF with LZMA, ZSTD, WebP, JPEG 2000 ...): a format we cannot read, not a broken file. */
    static boolean unsupportedCompression(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (m.contains("compression") && (m.contains("unsupported") || m.contains("not supported") || m.contains("unknown"))) return true;
        }
        return false;
    }

    private static void closeQuietly(ImageInputStream in) {
        try {
            if (in != null) in.close();
        } catch (IOException ignored) {
            // closing a stream we failed to read
        }
    }

    @Override
    public void close() {
        reader.dispose();
        closeQuietly(stream);
    }
}
