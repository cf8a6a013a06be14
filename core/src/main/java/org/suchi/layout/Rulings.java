package org.suchi.layout;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.suchi.image.GrayImage;
import org.suchi.image.OpenCvSupport;

/**
 * Horizontal and vertical ruling masks of a page and their straight pieces (segments).
 *
 * <p>Ink is the binary page's ink plus, from the grey page, faint strokes that the binarisation
 * lost ({@link #faintInk}).
 *
 * <p>The ink is first opened with a short thin line (straight pieces of {@link #PIECE_INCH}: most
 * text goes, the pieces of a broken ruling stay), closed along the line direction (bridging breaks
 * of up to {@link #GAP_INCH} in faint or dotted rulings), then opened with a long thin line: what
 * survives are strokes that run straight for at least {@link #MIN_H_INCH} / {@link #MIN_V_INCH}.
 * On a binary image these operations are exact run-length filters ({@link #runs}), which is how
 * they are computed. That removes text (but keeps the headlines
 * of long Bangla words and underlines: those are told apart later because they never join other
 * rulings) and the curves of seals and signatures (a curve only runs straight for a short stretch).
 * Thick blobs (solid fills, dense scribbles) are dropped by their mean thickness.
 */
final class Rulings {
    /** Straight pieces at least this long are kept before bridging gaps. */
    static final double PIECE_INCH = 0.06;
    /** Gaps between straight pieces along a ruling up to this are bridged. */
    static final double GAP_INCH = 0.03;
    /** Shortest horizontal straight stroke kept. */
    static final double MIN_H_INCH = 0.2;
    /** Shortest vertical straight stroke kept; longer than a bracket or a tall glyph. */
    static final double MIN_V_INCH = 0.25;
    /** Thickest stroke that is still a ruling (a double line counts as two). */
    static final double MAX_THICK_INCH = 0.045;

    final int width, height, dpi;
    /** The binary page itself (not a copy), 0 = ink. */
    final byte[] binary;
    /** Masks, row-major, non-zero = ruling ink. */
    final byte[] h, v;
    final List<Segment> hSegs, vSegs;

    private Rulings(int width, int height, int dpi, byte[] binary, byte[] h, byte[] v, List<Segment> hSegs, List<Segment> vSegs) {
        this.binary = binary;
        this.width = width;
        this.height = height;
        this.dpi = dpi;
        this.h = h;
        this.v = v;
        this.hSegs = hSegs;
        this.vSegs = vSegs;
    }

    /**
     * @param binary the binary page (0 ink)
     * @param gray   the grey page, or null: where given, faint strokes that the binarisation lost
     *               (light grey rulings) count as ink too
     */
    static Rulings extract(GrayImage binary, GrayImage gray, int dpi) {
        int w = binary.width(), ht = binary.height();
        int gap = Math.max(2, (int) Math.round(dpi * GAP_INCH));
        int piece = Math.max(4, (int) Math.round(dpi * PIECE_INCH));
        int lh = Math.max(10, (int) Math.round(dpi * MIN_H_INCH));
        int lv = Math.max(10, (int) Math.round(dpi * MIN_V_INCH));
        int maxThick = Math.max(3, (int) Math.round(dpi * MAX_THICK_INCH));
        byte[] ink = new byte[w * ht];
        byte[] bp = binary.pixels();
        for (int i = 0; i < ink.length; i++) if (bp[i] == 0) ink[i] = (byte) 255;
        if (gray != null && gray.width() == w && gray.height() == ht) {
            try (Mat faint = faintInk(gray, dpi)) {
                byte[] f = OpenCvSupport.bytes(faint);
                for (int i = 0; i < ink.length; i++) ink[i] |= f[i];
            }
        }
        // binary opening and closing with a line are run-length filters: keep straight runs of a
        // few pixels (pieces of broken rulings; most text goes), bridge the breaks between them,
        // then keep what is long. Vertical runs are found as the rows of the transposed page.
        byte[] hb = runs(ink, w, ht, piece, gap, lh);
        byte[] vt = runs(transpose(ink, w, ht), ht, w, piece, gap, lv);
        List<Segment> hs = segments(hb, w, ht, true, maxThick);
        List<Segment> vs = segments(vt, ht, w, false, maxThick);
        return new Rulings(w, ht, dpi, bp, hb, transpose(vt, ht, w), hs, vs);
    }

    /**
     * The 8-connected components of a mask made of runs along its rows (for vertical rulings, the
     * transposed mask: its rows are the page's columns), as segments. Components are built from the
     * runs directly, which for these sparse masks is much cheaper than labelling every pixel.
     */
    static List<Segment> segments(byte[] mask, int w, int h, boolean horizontal, int maxThick) {
        // runs: row, start, end (exclusive)
        int[] rr = new int[1024], rs = new int[1024], re = new int[1024];
        int n = 0;
        for (int y = 0; y < h; y++) {
            int o = y * w, x = 0;
            while (x < w) {
                if (mask[o + x] == 0) { x++; continue; }
                int s0 = x;
                while (x < w && mask[o + x] != 0) x++;
                if (n == rr.length) {
                    rr = java.util.Arrays.copyOf(rr, n * 2);
                    rs = java.util.Arrays.copyOf(rs, n * 2);
                    re = java.util.Arrays.copyOf(re, n * 2);
                }
                rr[n] = y;
                rs[n] = s0;
                re[n] = x;
                n++;
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        // join runs of neighbouring rows that touch (8-connected); runs are ordered by row, then start
        int prevFrom = 0, prevTo = 0; // runs of the previous row: [prevFrom, prevTo)
        int i = 0;
        while (i < n) {
            int row = rr[i], j = i;
            while (j < n && rr[j] == row) j++;
            if (prevTo > prevFrom && rr[prevFrom] == row - 1) {
                int p = prevFrom;
                for (int k = i; k < j; k++) {
                    while (p < prevTo && re[p] < rs[k]) p++; // previous-row runs ending left of this one (8-connected: end is exclusive)
                    for (int q = p; q < prevTo && rs[q] <= re[k]; q++) UnionFind.union(parent, k, q);
                }
            }
            prevFrom = i;
            prevTo = j;
            i = j;
        }
        int[] minA = new int[n], maxA = new int[n], minR = new int[n], maxR = new int[n];
        long[] area = new long[n], sumR = new long[n];
        java.util.Arrays.fill(minA, Integer.MAX_VALUE);
        java.util.Arrays.fill(minR, Integer.MAX_VALUE);
        java.util.Arrays.fill(maxA, -1);
        java.util.Arrays.fill(maxR, -1);
        for (int k = 0; k < n; k++) {
            int g = UnionFind.find(parent, k);
            minA[g] = Math.min(minA[g], rs[k]);
            maxA[g] = Math.max(maxA[g], re[k] - 1);
            minR[g] = Math.min(minR[g], rr[k]);
            maxR[g] = Math.max(maxR[g], rr[k]);
            area[g] += re[k] - rs[k];
            sumR[g] += (long) rr[k] * (re[k] - rs[k]);
        }
        List<Segment> out = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            if (maxA[g] < 0) continue;
            int len = maxA[g] - minA[g] + 1, across = maxR[g] - minR[g] + 1;
            double thick = area[g] / (double) len;
            // a ruling is thin; a long one may be a little slanted or bent, so allow its box to be taller
            if (thick > maxThick || across > maxThick * 2 + len * 0.02) continue;
            out.add(new Segment(horizontal, minA[g], maxA[g], minR[g], maxR[g], sumR[g] / (double) area[g], thick));
        }
        out.sort(java.util.Comparator.comparingInt(Segment::lo).thenComparingInt(Segment::start));
        return out;
    }



    /**
     * Row by row: the runs of ink at least {@code piece} long, joined across gaps of up to
     * {@code gap}, kept where the joined run is at least {@code minLen} long (what a binary opening
     * with a {@code piece} line, a closing with a {@code gap} line and an opening with a
     * {@code minLen} line keep). 255 = kept.
     */
    static byte[] runs(byte[] ink, int w, int h, int piece, int gap, int minLen) {
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int o = y * w;
            int curStart = -1, curEnd = -1; // the joined run being built, [start, end)
            int x = 0;
            while (x < w) {
                if (ink[o + x] == 0) { x++; continue; }
                int s0 = x;
                while (x < w && ink[o + x] != 0) x++;
                if (x - s0 < piece) continue;
                if (curStart >= 0 && s0 - curEnd <= gap) {
                    curEnd = x;
                } else {
                    if (curStart >= 0 && curEnd - curStart >= minLen) java.util.Arrays.fill(out, o + curStart, o + curEnd, (byte) 255);
                    curStart = s0;
                    curEnd = x;
                }
            }
            if (curStart >= 0 && curEnd - curStart >= minLen) java.util.Arrays.fill(out, o + curStart, o + curEnd, (byte) 255);
        }
        return out;
    }

    /** The transpose of a w x h row-major byte image (h x w). */
    static byte[] transpose(byte[] px, int w, int h) {
        try (Mat m = OpenCvSupport.toMat(px, w, h); Mat t = new Mat()) {
            opencv_core.transpose(m, t);
            return OpenCvSupport.bytes(t);
        }
    }

    /**
     * Ink mask (255 = ink) of the grey page at a threshold raised from Otsu's towards the paper:
     * the paper's median minus five times its noise (at least 40 grey levels below it), at most
     * 200. Light grey or thin rulings that Otsu drops are kept; on a noisy page it stays at Otsu.
     */
    static Mat faintInk(GrayImage gray, int dpi) {
        int[] hist = new int[256];
        byte[] px = gray.pixels();
        for (int i = 0; i < px.length; i += 3) hist[px[i] & 0xff]++;
        int otsu = otsu(hist);
        int median = percentileAbove(hist, otsu, 0.5), p10 = percentileAbove(hist, otsu, 0.1);
        double t = otsu;
        if (median > 0) {
            double sigma = (median - p10) / 1.28;
            t = Math.max(t, Math.min(200, median - Math.max(40, 5 * sigma)));
        }
        Mat out = new Mat();
        try (Mat g = OpenCvSupport.toMat(gray); Mat smooth = new Mat(); Size k = new Size(3, 3)) {
            if (dpi >= 180) opencv_imgproc.GaussianBlur(g, smooth, k, 0);
            else g.copyTo(smooth);
            opencv_imgproc.threshold(smooth, out, t, 255, opencv_imgproc.THRESH_BINARY_INV);
        }
        return out;
    }

    static int otsu(int[] hist) {
        long total = 0, sum = 0;
        for (int v = 0; v < 256; v++) { total += hist[v]; sum += (long) v * hist[v]; }
        long wB = 0, sumB = 0;
        double best = -1;
        int t = 127;
        for (int v = 0; v < 256; v++) {
            wB += hist[v];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += (long) v * hist[v];
            double mB = sumB / (double) wB, mF = (sum - sumB) / (double) wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) { best = between; t = v; }
        }
        return t;
    }

    /** The grey level at share {@code p} of the histogram counted from {@code from + 1} up; -1 if empty. */
    private static int percentileAbove(int[] hist, int from, double p) {
        long total = 0;
        for (int v = from + 1; v < 256; v++) total += hist[v];
        if (total == 0) return -1;
        long acc = 0;
        for (int v = from + 1; v < 256; v++) {
            acc += hist[v];
            if (acc >= p * total) return v;
        }
        return 255;
    }

    /** Whether row {@code y} has ink (in the binary page) between {@code x0} and {@code x1}. */
    boolean inkInRow(int y, int x0, int x1) {
        int o = y * width;
        for (int x = Math.max(0, x0); x <= Math.min(width - 1, x1); x++) if (binary[o + x] == 0) return true;
        return false;
    }

    /**
     * A straight piece of ruling. For a horizontal one {@code start..end} are x, {@code lo..hi} its
     * y extent and {@code pos} its mean y; for a vertical one the other way round. Inclusive bounds.
     */
    record Segment(boolean horizontal, int start, int end, int lo, int hi, double pos, double thickness) {
        int length() { return end - start + 1; }

        /** Whether this segment and {@code o} (of the other direction) touch or cross, allowing {@code slack} pixels. */
        boolean meets(Segment o, int alongSlack, int acrossSlack) {
            // o's across-extent must fall within this segment's run, and this segment's across-extent within o's run
            return o.lo <= end + alongSlack && o.hi >= start - alongSlack
                    && lo <= o.end + acrossSlack && hi >= o.start - acrossSlack;
        }
    }
}
