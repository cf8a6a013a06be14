package org.suchi.ocr.glyph;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;

/**
 * Draws a value with Java2D and makes it look scanned: optional low resolution (drawn small, scaled back up),
 * slight rotation, blur, noise, binarisation at a chosen threshold, stroke thickening or thinning, specks.
 * Used to make the model's training glyphs and the tests' held-out ones.
 */
final class ValueRenderer {
    /**
     * The ranges one rendering draws its settings from.
     *
     * @param minPx       smallest font size (pixels per em at the final resolution)
     * @param maxPx       largest font size
     * @param lowRes      chance that the value is drawn at 1/1.5..1/2.5 of the size (never below
     *                    {@value #MIN_DRAWN_PX} px) and scaled back up, as a low-resolution scan resampled
     * @param maxDegrees  largest rotation either way
     * @param maxShear    largest horizontal shear either way (0.2: an italic-like slant of about 11 degrees)
     * @param maxStretch  largest relative change of the glyphs' width (0.15: 85..115 %)
     * @param maxBlur     largest gaussian blur sigma (pixels; at least 0.4 is always applied)
     * @param maxNoise    largest gaussian noise sigma (grey levels), added before the blur
     * @param minThreshold lowest binarisation threshold, as a part of the way from the strokes' grey to white
     *                     (low: thinner strokes)
     * @param maxThreshold highest binarisation threshold (high: thicker strokes)
     * @param morph       chance of a 1-pixel dilation or erosion (not applied where it would break strokes)
     * @param specks      largest number of 1-2 pixel specks added
     */
    record Augment(float minPx, float maxPx, double lowRes, double maxDegrees, double maxShear, double maxStretch,
                   double maxBlur, double maxNoise,
                   double minThreshold, double maxThreshold, double morph, int specks) {}

    /** A rendered value: its binary image and the band (ink box) of its line. */
    record Sample(String text, GrayImage binary, Rect band) {}

    /** The smallest font size a value is ever drawn at. */
    static final float MIN_DRAWN_PX = 13f;

    private ValueRenderer() {}

    static Sample render(String text, Font base, Augment a, Random rnd) {
        float px = a.minPx() + rnd.nextFloat() * (a.maxPx() - a.minPx());
        double down = rnd.nextDouble() < a.lowRes() ? Math.min(1.5 + rnd.nextDouble(), px / MIN_DRAWN_PX) : 1.0;
        double degrees = (rnd.nextDouble() * 2 - 1) * a.maxDegrees();
        double shear = (rnd.nextDouble() * 2 - 1) * a.maxShear();
        double stretch = 1 + (rnd.nextDouble() * 2 - 1) * a.maxStretch();
        AffineTransform shape = AffineTransform.getShearInstance(-shear, 0);
        shape.scale(stretch, 1);
        BufferedImage clean = draw(text, base.deriveFont((float) (px / down)).deriveFont(shape), degrees);
        double noise = rnd.nextDouble() * a.maxNoise();
        BufferedImage noisy = withNoise(clean, noise, rnd); // sensor noise at the scan's resolution,
        if (down > 1.05) {                                   // resampling to the page's,
            clean = scale(clean, down);
            noisy = scale(noisy, down);
        }
        int w = clean.getWidth(), h = clean.getHeight();
        double blur = 0.4 + rnd.nextDouble() * Math.max(0, a.maxBlur() - 0.4); // and optics
        float[] g = gaussianBlur(floats(noisy), w, h, blur);
        double ink = inkLevel(gaussianBlur(floats(clean), w, h, blur)); // where a binariser finds the strokes
        double part = a.minThreshold() + rnd.nextDouble() * (a.maxThreshold() - a.minThreshold());
        double threshold = ink + part * (255 - ink);
        byte[] bin = new byte[w * h];
        for (int i = 0; i < g.length; i++) bin[i] = (byte) (g[i] < threshold ? 0 : 255);
        double m = rnd.nextDouble();
        if (m < a.morph() / 2) bin = morph(bin, w, h, true);
        else if (m < a.morph()) bin = erodeUnlessBreaking(bin, w, h);
        int specks = a.specks() > 0 ? rnd.nextInt(a.specks() + 1) : 0;
        for (int i = 0; i < specks; i++) {
            int x = rnd.nextInt(w - 1), y = rnd.nextInt(h - 1);
            bin[y * w + x] = 0;
            if (rnd.nextBoolean()) bin[y * w + x + 1] = 0;
        }
        GrayImage out = new GrayImage(w, h, bin);
        return new Sample(text, out, inkBox(out));
    }

    private static BufferedImage withNoise(BufferedImage img, double sigma, Random rnd) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] src = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < src.length; i++) {
            dst[i] = (byte) Math.max(0, Math.min(255, Math.round((src[i] & 0xff) + rnd.nextGaussian() * sigma)));
        }
        return out;
    }

    private static float[] floats(BufferedImage img) {
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        float[] g = new float[data.length];
        for (int i = 0; i < g.length; i++) g[i] = data[i] & 0xff;
        return g;
    }

    private static BufferedImage draw(String text, Font font, double degrees) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        TextLayout layout = new TextLayout(text, font, frc);
        Rectangle2D bounds = layout.getBounds();
        int pad = (int) Math.ceil(font.getSize2D() * 0.4) + 4;
        int w = (int) Math.ceil(bounds.getWidth()) + 2 * pad, h = (int) Math.ceil(bounds.getHeight()) + 2 * pad;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(degrees), w / 2.0, h / 2.0));
        g.setColor(Color.BLACK);
        layout.draw(g, (float) (pad - bounds.getX()), (float) (pad - bounds.getY()));
        g.dispose();
        return img;
    }

    private static BufferedImage scale(BufferedImage src, double factor) {
        int w = (int) Math.round(src.getWidth() * factor), h = (int) Math.round(src.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    static float[] gaussianBlur(float[] in, int w, int h, double sigma) {
        if (sigma < 0.2) return in;
        int r = (int) Math.ceil(sigma * 2.5);
        float[] k = new float[2 * r + 1];
        float sum = 0;
        for (int i = -r; i <= r; i++) sum += k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
        for (int i = 0; i < k.length; i++) k[i] /= sum;
        float[] tmp = new float[w * h], out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int i = -r; i <= r; i++) s += k[i + r] * in[y * w + Math.max(0, Math.min(w - 1, x + i))];
                tmp[y * w + x] = s;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int i = -r; i <= r; i++) s += k[i + r] * tmp[Math.max(0, Math.min(h - 1, y + i)) * w + x];
                out[y * w + x] = s;
            }
        }
        return out;
    }

    /**
     * The grey of the strokes' cores: the lower quartile of the pixels touched by ink (darker than 245), 0 when
     * there are none. Faint strokes (drawn small and scaled up, blurred) get a threshold between them and white,
     * as an adaptive binariser would.
     */
    private static double inkLevel(float[] g) {
        int[] hist = new int[256];
        int n = 0;
        for (float v : g) {
            if (v < 245) {
                hist[Math.max(0, (int) v)]++;
                n++;
            }
        }
        for (int v = 0, seen = 0; v < 256 && n > 0; v++) {
            seen += hist[v];
            if (4 * seen >= n) return v;
        }
        return 0;
    }

    /** One step of erosion, or the image unchanged when that would cut strokes apart or remove most ink. */
    private static byte[] erodeUnlessBreaking(byte[] bin, int w, int h) {
        byte[] thin = morph(bin, w, h, false);
        GrayImage before = new GrayImage(w, h, bin), after = new GrayImage(w, h, thin);
        Rect all = new Rect(0, 0, w, h);
        long inkBefore = Components.of(before, all).stream().mapToLong(Components.Component::size).sum();
        var parts = Components.of(after, all);
        long inkAfter = parts.stream().mapToLong(Components.Component::size).sum();
        boolean keeps = parts.size() <= Components.of(before, all).size() && inkAfter * 2 >= inkBefore;
        return keeps ? thin : bin;
    }

    /** One step of 3x3 (plus-shaped) dilation of the ink ({@code thicken}) or erosion. */
    private static byte[] morph(byte[] in, int w, int h, boolean thicken) {
        byte[] out = in.clone();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean ink = in[y * w + x] == 0;
                if (ink == thicken) continue;
                boolean n = near(in, w, h, x - 1, y, thicken) || near(in, w, h, x + 1, y, thicken)
                        || near(in, w, h, x, y - 1, thicken) || near(in, w, h, x, y + 1, thicken);
                if (n) out[y * w + x] = (byte) (thicken ? 0 : 255);
            }
        }
        return out;
    }

    private static boolean near(byte[] a, int w, int h, int x, int y, boolean wantInk) {
        if (x < 0 || y < 0 || x >= w || y >= h) return !wantInk;
        return (a[y * w + x] == 0) == wantInk;
    }

    /** The box around all ink (the whole image when there is none). */
    static Rect inkBox(GrayImage img) {
        int x0 = img.width(), y0 = img.height(), x1 = -1, y1 = -1;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                if (img.get(x, y) < 128) {
                    x0 = Math.min(x0, x); x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y); y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? new Rect(0, 0, img.width(), img.height()) : new Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }
}
