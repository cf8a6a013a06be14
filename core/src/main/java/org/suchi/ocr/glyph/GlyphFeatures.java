package org.suchi.ocr.glyph;

import org.suchi.image.GrayImage;
import org.suchi.image.Rect;

/**
 * The feature vector of a glyph, every value in 0..1, in four blocks: its ink scaled into a square
 * {@value #SIZE}x{@value #SIZE} grey image (aspect kept, centred, lightly blurred); stroke directions
 * in a 4x4 grid; its geometry on the line (aspect, height, width and centre relative to the line body); and
 * the segmenter's kind as one-hot.
 */
final class GlyphFeatures {
    static final int SIZE = 20;
    static final int SHAPE = SIZE * SIZE;
    static final int DIRECTIONS = 4 * 4 * 4;
    static final int GEOMETRY = 4;
    static final int KINDS = Glyph.Kind.values().length;
    static final int LENGTH = SHAPE + DIRECTIONS + GEOMETRY + KINDS;
    /** Block boundaries in the vector, for per-block weights. */
    static final int[] BLOCKS = {0, SHAPE, SHAPE + DIRECTIONS, SHAPE + DIRECTIONS + GEOMETRY, LENGTH};

    private GlyphFeatures() {}

    static float[] of(Glyph g) {
        float[] f = new float[LENGTH];
        float[] shape = blur(shape(g.ink()));
        System.arraycopy(shape, 0, f, 0, SHAPE);
        directions(shape, f, SHAPE);
        geometry(g.box(), g.line(), f, SHAPE + DIRECTIONS);
        f[SHAPE + DIRECTIONS + GEOMETRY + g.kind().ordinal()] = 1f;
        return f;
    }

    /** Ink coverage of the glyph scaled to fit SIZE-2 pixels on its longer side, centred (box filter). */
    static float[] shape(GrayImage ink) {
        int w = ink.width(), h = ink.height();
        double scale = (SIZE - 2.0) / Math.max(w, h);
        double ox = (SIZE - w * scale) / 2, oy = (SIZE - h * scale) / 2;
        float[] out = new float[SHAPE];
        for (int y = 0; y < h; y++) {
            double sy0 = oy + y * scale, sy1 = sy0 + scale;
            for (int x = 0; x < w; x++) {
                if (ink.get(x, y) >= 128) continue;
                double sx0 = ox + x * scale, sx1 = sx0 + scale;
                for (int ty = (int) sy0; ty < sy1 && ty < SIZE; ty++) {
                    double cy = Math.min(sy1, ty + 1) - Math.max(sy0, ty);
                    if (cy <= 0) continue;
                    for (int tx = (int) sx0; tx < sx1 && tx < SIZE; tx++) {
                        double cx = Math.min(sx1, tx + 1) - Math.max(sx0, tx);
                        if (cx > 0) out[ty * SIZE + tx] += (float) (cx * cy);
                    }
                }
            }
        }
        for (int i = 0; i < SHAPE; i++) out[i] = Math.min(1f, out[i]);
        return out;
    }

    /** A 3x3 binomial blur, so that small shifts and stroke wobbles cost little. */
    private static float[] blur(float[] in) {
        float[] tmp = new float[SHAPE], out = new float[SHAPE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                tmp[y * SIZE + x] = (at(in, x - 1, y) + 2 * at(in, x, y) + at(in, x + 1, y)) / 4;
            }
        }
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                out[y * SIZE + x] = (at(tmp, x, y - 1) + 2 * at(tmp, x, y) + at(tmp, x, y + 1)) / 4;
            }
        }
        return out;
    }

    private static float at(float[] a, int x, int y) {
        return x < 0 || y < 0 || x >= SIZE || y >= SIZE ? 0f : a[y * SIZE + x];
    }

    /** Gradient magnitude in 4 orientation bins (0, 45, 90, 135 degrees), summed over a 4x4 grid of cells. */
    private static void directions(float[] img, float[] f, int off) {
        int cell = SIZE / 4;
        float total = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                float gx = at(img, x + 1, y - 1) + 2 * at(img, x + 1, y) + at(img, x + 1, y + 1)
                        - at(img, x - 1, y - 1) - 2 * at(img, x - 1, y) - at(img, x - 1, y + 1);
                float gy = at(img, x - 1, y + 1) + 2 * at(img, x, y + 1) + at(img, x + 1, y + 1)
                        - at(img, x - 1, y - 1) - 2 * at(img, x, y - 1) - at(img, x + 1, y - 1);
                float mag = (float) Math.hypot(gx, gy);
                if (mag < 1e-4f) continue;
                double angle = Math.atan2(gy, gx);
                if (angle < 0) angle += Math.PI;
                double pos = angle / (Math.PI / 4); // 0..4, bins wrap around
                int b0 = (int) Math.floor(pos) % 4, b1 = (b0 + 1) % 4;
                float w1 = (float) (pos - Math.floor(pos)), w0 = 1 - w1;
                int c = (Math.min(3, y / cell) * 4 + Math.min(3, x / cell)) * 4;
                f[off + c + b0] += w0 * mag;
                f[off + c + b1] += w1 * mag;
                total += mag;
            }
        }
        if (total <= 0) return;
        for (int i = 0; i < DIRECTIONS; i++) f[off + i] = Math.min(1f, f[off + i] * 8f / total);
    }

    /** Aspect (log scale), height, width and vertical centre of the glyph relative to the line body, in 0..1. */
    private static void geometry(Rect b, Rect line, float[] f, int off) {
        double lh = Math.max(1, line.height());
        double aspect = Math.log((double) b.width() / b.height()) / Math.log(2); // -3..3 kept
        f[off] = clamp((aspect + 3) / 6);
        f[off + 1] = clamp(b.height() / lh / 1.5);
        f[off + 2] = clamp(b.width() / lh / 2);
        double cy = (b.y() + b.height() / 2.0 - (line.y() + lh / 2)) / lh; // -1..1 kept
        f[off + 3] = clamp((cy + 1) / 2);
    }

    private static float clamp(double v) {
        return (float) Math.max(0, Math.min(1, v));
    }
}
