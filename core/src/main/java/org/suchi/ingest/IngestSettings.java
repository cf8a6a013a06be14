package org.suchi.ingest;

/**
 * @param targetDpi resolution every page is brought to for image work and OCR
 * @param maxPixels largest page (width × height, in source pixels) accepted before decoding
 */
public record IngestSettings(int targetDpi, long maxPixels) {
    public static final IngestSettings DEFAULT = new IngestSettings(300, 200_000_000L);

    public IngestSettings {
        if (targetDpi < 72 || targetDpi > 1200) throw new IllegalArgumentException("targetDpi " + targetDpi);
        if (maxPixels <= 0) throw new IllegalArgumentException("maxPixels " + maxPixels);
    }
}
