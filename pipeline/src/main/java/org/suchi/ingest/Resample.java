package org.suchi.ingest;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Brings page images to the working resolution. */
final class Resample {
    private Resample() {}

    /** {@code img} scaled by {@code to/from}; unchanged when within 3 %. */
    static BufferedImage toDpi(BufferedImage img, double from, int to) {
        double f = to / from;
        if (Math.abs(f - 1) < 0.03) return img;
        int w = Math.max(1, (int) Math.round(img.getWidth() * f));
        int h = Math.max(1, (int) Math.round(img.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                f > 1 ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /**
     * A resolution guess for an image without usable metadata: reports are printed on A4
     * (11.69 × 8.27 in), so the long side tells the dpi.
     */
    static double guessDpi(int width, int height) {
        return Math.max(width, height) / 11.69;
    }
}
