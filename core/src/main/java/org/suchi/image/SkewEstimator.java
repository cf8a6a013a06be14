package org.suchi.image;

import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_DILATE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_OPEN;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Estimates the small rotation of a page from its horizontal structure.
 *
 * <p>The ink is opened with a short horizontal kernel, which keeps what runs horizontally: the
 * rulings of a table and, on text pages, the headline strokes (matra) of Bangla words. A
 * projection-profile search then finds the angle at which these pixels line up best (maximum sum of
 * squares of the row histogram), coarse to fine: 0.2 degree steps with coarse bins, then 0.04 and
 * 0.008 degree steps with one-pixel bins and a parabolic fit. Long rulings give a very sharp peak
 * (typically within 0.02 degree); text lines give a broader one. When too few horizontal pixels
 * exist (Latin-only text, nearly blank page) all ink is used instead.
 *
 * <p>The sign follows {@link PreparedPage#skewDegrees()}: positive when the content was rotated
 * counter-clockwise (as seen on screen), i.e. horizontal lines rise to the right.
 */
final class SkewEstimator {
    private SkewEstimator() {}

    /** @param bin binary page, 0 ink, 255 paper */
    static double estimate(Mat bin, int dpi, double maxDegrees) {
        int w = bin.cols(), h = bin.rows();
        byte[] hor;
        try (Mat inv = OpenCvSupport.invert(bin);
             Mat thick = OpenCvSupport.morph(inv, MORPH_DILATE, 1, 3);
             Mat lines = OpenCvSupport.morph(thick, MORPH_OPEN, Math.max(9, (int) Math.round(dpi * 0.15)), 1)) {
            hor = OpenCvSupport.bytes(lines);
        }
        int[] pts = points(hor, w, h, 2);
        if (pts.length / 2 < dpi * 3) { // too little horizontal structure: use all ink
            byte[] b = OpenCvSupport.bytes(bin);
            for (int i = 0; i < b.length; i++) b[i] = (byte) (b[i] == 0 ? 255 : 0);
            pts = points(b, w, h, 2);
        }
        if (pts.length / 2 < dpi) return 0.0; // nearly blank page
        return search(pts, w, h, maxDegrees);
    }

    /** Coordinates (x, y interleaved) of non-zero pixels, every {@code xStep}-th column, at most ~400k points. */
    static int[] points(byte[] mask, int w, int h, int xStep) {
        int n = 0;
        for (int y = 0; y < h; y++) {
            int o = y * w;
            for (int x = 0; x < w; x += xStep) if (mask[o + x] != 0) n++;
        }
        int keepEvery = Math.max(1, n / 400_000 + 1);
        int[] out = new int[2 * (n / keepEvery + 1)];
        int k = 0, seen = 0;
        for (int y = 0; y < h; y++) {
            int o = y * w;
            for (int x = 0; x < w; x += xStep) {
                if (mask[o + x] != 0 && (seen++ % keepEvery) == 0 && k + 1 < out.length) {
                    out[k++] = x;
                    out[k++] = y;
                }
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** The angle (degrees) maximising the sharpness of the row profile of y + (x - w/2) tan(angle). */
    static double search(int[] pts, int w, int h, double maxDegrees) {
        double best = 0;
        double step = 0.2;
        double lo = -maxDegrees, hi = maxDegrees;
        double[] steps = {0.2, 0.04, 0.008};
        for (int level = 0; level < steps.length; level++) {
            step = steps[level];
            double bin = Math.max(1.0, (w / 2.0) * Math.tan(Math.toRadians(step)));
            if (level == steps.length - 1) bin = 1.0;
            int n = (int) Math.round((hi - lo) / step);
            double[] scores = new double[n + 1];
            int bestI = 0;
            for (int i = 0; i <= n; i++) {
                scores[i] = score(pts, w, h, lo + i * step, bin);
                if (scores[i] > scores[bestI]) bestI = i;
            }
            best = lo + bestI * step;
            if (level == steps.length - 1 && bestI > 0 && bestI < n) {
                double a = scores[bestI - 1], b = scores[bestI], c = scores[bestI + 1];
                double den = a - 2 * b + c;
                if (den < 0) best += step * 0.5 * (a - c) / den;
            }
            lo = best - step;
            hi = best + step;
            if (level + 1 < steps.length) {
                double next = steps[level + 1];
                lo = best - step - next;
                hi = best + step + next;
            }
        }
        return best;
    }

    private static double score(int[] pts, int w, int h, double degrees, double bin) {
        double t = Math.tan(Math.toRadians(degrees));
        double cx = w / 2.0;
        double margin = Math.abs(t) * cx + 2;
        int bins = (int) Math.ceil((h + 2 * margin) / bin) + 1;
        int[] hist = new int[bins];
        double inv = 1.0 / bin;
        for (int i = 0; i < pts.length; i += 2) {
            double y = pts[i + 1] + (pts[i] - cx) * t + margin;
            hist[(int) (y * inv)]++;
        }
        double s = 0;
        for (int v : hist) s += (double) v * v;
        return s;
    }
}
