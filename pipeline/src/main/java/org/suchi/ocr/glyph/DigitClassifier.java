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
        double[] best = new double[n];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        for (int i = 0; i < model.size(); i++) {
            int label = model.label(i);
            double d = distance(model, q, model.prototype(i), best[label]);
            if (d < best[label]) best[label] = d;
        }
        int first = 0;
        for (int c = 1; c < n; c++) if (best[c] < best[first]) first = c;
        int second = first == 0 ? 1 : 0;
        for (int c = 0; c < n; c++) if (c != first && best[c] < best[second]) second = c;
        double d1 = best[first], d2 = best[second];
        double confidence = d2 <= 0 || d2 == Double.MAX_VALUE ? 0 : 1 - d1 / d2;
        return new Prediction(DigitModel.SYMBOLS.charAt(first), confidence, DigitModel.SYMBOLS.charAt(second), d1);
    }

    /** Weighted squared distance between two quantised vectors; stops early once above {@code bound}. */
    static double distance(DigitModel model, byte[] a, byte[] b, double bound) {
        int[] blocks = GlyphFeatures.BLOCKS;
        double d = 0;
        for (int k = blocks.length - 2; k >= 0; k--) { // the small, heavily weighted blocks first
            long s = 0;
            for (int i = blocks[k]; i < blocks[k + 1]; i++) {
                int diff = (a[i] & 0xff) - (b[i] & 0xff);
                s += diff * diff;
            }
            d += model.blockWeight(k) * s / (255.0 * 255.0);
            if (d >= bound) return d;
        }
        return d;
    }
}
