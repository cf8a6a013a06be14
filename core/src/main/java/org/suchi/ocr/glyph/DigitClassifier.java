package org.suchi.ocr.glyph;

/**
 * Names a glyph by its nearest prototype in a {@link DigitModel} (weighted squared distance over the feature
 * blocks of {@link GlyphFeatures}). Thread-safe.
 */
public final class DigitClassifier {
    /**
     * What a glyph was read as.
     *
     * @param symbol     the nearest prototype's symbol (one of {@link DigitModel#SYMBOLS})
     * @param confidence 0..1: {@code 1 - d1/d2}, where d1 is the distance to the nearest prototype and d2 the
     *                   distance to the nearest prototype of another symbol; near 0 means a toss-up
     * @param runnerUp   the symbol of that other prototype
     * @param distance   d1, weighted squared distance (0 = identical to a prototype)
     */
    public record Prediction(char symbol, double confidence, char runnerUp, double distance) {}

    private final DigitModel model;

    public DigitClassifier(DigitModel model) {
        this.model = model;
    }

    public Prediction classify(Glyph glyph) {
        return classify(DigitModel.quantize(GlyphFeatures.of(glyph)));
    }

    Prediction classify(byte[] q) {
        int n = DigitModel.SYMBOLS.length();
        double[] best = new double[n]; // per symbol, the distance to its nearest prototype (so far)
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        double second = Double.MAX_VALUE; // the second smallest of best[]: farther prototypes cannot matter
        for (int i = 0; i < model.size(); i++) {
            int label = model.label(i);
            double d = distance(model, q, model.prototype(i), Math.min(best[label], second));
            if (d < best[label]) {
                best[label] = d;
                second = secondSmallest(best);
            }
        }
        int first = 0;
        for (int c = 1; c < n; c++) if (best[c] < best[first]) first = c;
        int runnerUp = first == 0 ? 1 : 0;
        for (int c = 0; c < n; c++) if (c != first && best[c] < best[runnerUp]) runnerUp = c;
        double d1 = best[first], d2 = best[runnerUp];
        double confidence = d2 <= 0 || d2 == Double.MAX_VALUE ? 0 : 1 - d1 / d2;
        return new Prediction(DigitModel.SYMBOLS.charAt(first), confidence, DigitModel.SYMBOLS.charAt(runnerUp), d1);
    }

    private static double secondSmallest(double[] v) {
        double a = Double.MAX_VALUE, b = Double.MAX_VALUE;
        for (double x : v) {
            if (x < a) {
                b = a;
                a = x;
            } else if (x < b) {
                b = x;
            }
        }
        return b;
    }

    /** Weighted squared distance between two quantised vectors; stops early once above {@code bound}. */
    static double distance(DigitModel model, byte[] a, byte[] b, double bound) {
        int[] blocks = GlyphFeatures.BLOCKS;
        double d = 0;
        for (int k = blocks.length - 2; k >= 0; k--) { // the small, heavily weighted blocks first
            double w = model.blockWeight(k) / (255.0 * 255.0);
            for (int i = blocks[k]; i < blocks[k + 1]; ) {
                int end = Math.min(blocks[k + 1], i + 40);
                long s = 0;
                for (; i < end; i++) {
                    int diff = (a[i] & 0xff) - (b[i] & 0xff);
                    s += diff * diff;
                }
                d += w * s;
                if (d >= bound) return d;
            }
        }
        return d;
    }
}
