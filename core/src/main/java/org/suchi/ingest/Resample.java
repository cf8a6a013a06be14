package org.suchi.ingest;

import org.suchi.image.GrayImage;
import org.suchi.image.OpenCvSupport;

/** Brings page images to the working resolution. */
final class Resample {
    private Resample() {}

    /** {@code img} scaled by {@code to/from}; unchanged when within 3 %. */
    static GrayImage toDpi(GrayImage img, double from, int to) {
        double f = to / from;
        if (Math.abs(f - 1) < 0.03) return img;
        int w = Math.max(1, (int) Math.round(img.width() * f));
        int h = Math.max(1, (int) Math.round(img.height() * f));
        return OpenCvSupport.resize(img, w, h);
    }

    /**
     * A resolution guess for an image without usable metadata: reports are printed on A4
     * (11.69 × 8.27 in), so the long side tells the dpi.
     */
    static double guessDpi(int width, int height) {
        return Math.max(width, height) / 11.69;
    }
}
