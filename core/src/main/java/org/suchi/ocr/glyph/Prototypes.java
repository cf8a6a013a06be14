package org.suchi.ocr.glyph;

import java.util.List;
import java.util.Random;

/** Deterministic k-means (k-means++ seeding) in the classifier's weighted feature space. */
final class Prototypes {
    private Prototypes() {}

    /** At most {@code k} centres of {@code points}; fewer when there are fewer distinct points. */
    static float[][] kMeans(List<float[]> points, int k, float[] blockWeights, long seed, int iterations) {
        int n = points.size();
        if (n <= k) return points.stream().map(float[]::clone).toArray(float[][]::new);
        Random rnd = new Random(seed);
        float[][] centres = new float[k][];
        centres[0] = points.get(rnd.nextInt(n)).clone();
        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.MAX_VALUE);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], distance(points.get(i), centres[c - 1], blockWeights));
                total += nearest[i];
            }
            double pick = rnd.nextDouble() * total;
            int chosen = n - 1;
            for (int i = 0; i < n; i++) {
                pick -= nearest[i];
                if (pick <= 0) {
                    chosen = i;
                    break;
                }
            }
            centres[c] = points.get(chosen).clone();
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bd = Double.MAX_VALUE;
                for (int c = 0; c < k; c++) {
                    double d = distance(points.get(i), centres[c], blockWeights);
                    if (d < bd) {
                        bd = d;
                        best = c;
                    }
                }
                changed |= it == 0 || assign[i] != best;
                assign[i] = best;
            }
            if (!changed) break;
            int len = centres[0].length;
            double[][] sums = new double[k][len];
            int[] counts = new int[k];
            for (int i = 0; i < n; i++) {
                float[] p = points.get(i);
                double[] s = sums[assign[i]];
                for (int j = 0; j < len; j++) s[j] += p[j];
                counts[assign[i]]++;
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] == 0) continue; // keep an empty centre where it is
                for (int j = 0; j < len; j++) centres[c][j] = (float) (sums[c][j] / counts[c]);
            }
        }
        return centres;
    }

    static double distance(float[] a, float[] b, float[] blockWeights) {
        int[] blocks = GlyphFeatures.BLOCKS;
        double d = 0;
        for (int k = 0; k < blocks.length - 1; k++) {
            double s = 0;
            for (int i = blocks[k]; i < blocks[k + 1]; i++) {
                double diff = a[i] - b[i];
                s += diff * diff;
            }
            d += blockWeights[k] * s;
        }
        return d;
    }
}
