package org.suchi.image;

/**
 * Binarisation of one small crop (a value line of a cell) on its own histogram, the second opinion beside the
 * page's binarisation: the page's Otsu threshold is set by the whole page, so on a faint, dark or resampled
 * line the digits of one cell may merge or break. Also drops ink that reaches the crop's padded border (a
 * ruling remnant, a stamp or scribble stroke reaching into the line), which a value's own glyphs never do.
 * Pure Java; 0 = ink, 255 = paper, as elsewhere.
 */
public final class LocalBinarise {
    private LocalBinarise() {}

    /** Otsu's threshold of {@code img}'s histogram: pixels at or below it are ink. */
    public static int otsu(GrayImage img) {
        long[] hist = new long[256];
        for (byte b : img.pixels()) hist[b & 0xff]++;
        long total = img.pixels().length;
        double sum = 0;
        for (int i = 0; i < 256; i++) sum += (double) i * hist[i];
        double sumB = 0, best = -1;
        long wB = 0;
        int t = 127;
        for (int i = 0; i < 256; i++) {
            wB += hist[i];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += (double) i * hist[i];
            double mB = sumB / wB, mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                t = i;
            }
        }
        return t;
    }

    /**
     * A stricter threshold than {@code otsu}: halfway from it to the mean of the ink below it, so that strokes
     * blurred into each other (small type, a resampled scan) come apart.
     */
    public static int thin(GrayImage img, int otsu) {
        long n = 0, s = 0;
        for (byte b : img.pixels()) {
            int v = b & 0xff;
            if (v <= otsu) {
                n++;
                s += v;
            }
        }
        if (n == 0) return otsu;
        int inkMean = (int) (s / n);
        return (inkMean + otsu) / 2;
    }

    /** {@code img} with pixels at or below {@code threshold} as ink (0), the rest paper (255). */
    public static GrayImage threshold(GrayImage img, int threshold) {
        byte[] px = img.pixels(), out = new byte[px.length];
        for (int i = 0; i < px.length; i++) out[i] = (byte) ((px[i] & 0xff) <= threshold ? 0 : 255);
        return new GrayImage(img.width(), img.height(), out);
    }

    /**
     * {@code bin} without the ink components (8-connected) that touch one of the named borders. Only the sides
     * that are padding around the line should be named: a side where the crop was cut by the cell touches the
     * value's own glyphs.
     */
    public static GrayImage dropBorderInk(GrayImage bin, boolean left, boolean top, boolean right, boolean bottom) {
        int w = bin.width(), h = bin.height();
        byte[] out = bin.pixels().clone();
        int[] stack = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean border = (left && x == 0) || (right && x == w - 1) || (top && y == 0) || (bottom && y == h - 1);
                if (!border || out[y * w + x] != 0) continue;
                int sp = 0;
                stack[sp++] = y * w + x;
                out[y * w + x] = (byte) 255;
                while (sp > 0) {
                    int p = stack[--sp], px = p % w, py = p / w;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = px + dx, ny = py + dy;
                            if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                            int q = ny * w + nx;
                            if (out[q] == 0) {
                                out[q] = (byte) 255;
                                stack[sp++] = q;
                            }
                        }
                    }
                }
            }
        }
        return new GrayImage(w, h, out);
    }
}
