package org.suchi.layout;

import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_CLOSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_OPEN;

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
 * <p>The ink is first opened with a short thin kernel (straight pieces of {@link #PIECE_INCH}: most
 * text goes, the pieces of a broken ruling stay), closed along the line direction (bridging breaks
 * of up to {@link #GAP_INCH} in faint or dotted rulings), then opened with a long thin kernel: what
 * survives are strokes that run straight for at least {@link #MIN_H_INCH} / {@link #MIN_V_INCH}. That removes text (but keeps the headlines
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
        byte[] hb, vb;
        List<Segment> hs, vs;
        try (Mat bin = OpenCvSupport.toMat(binary); Mat inv = OpenCvSupport.invert(bin)) {
            if (gray != null && gray.width() == w && gray.height() == ht) {
                try (Mat faint = faintInk(gray, dpi)) {
                    opencv_core.bitwise_or(inv, faint, inv);
                }
            }
            // keep straight runs of a few pixels (pieces of broken rulings; most text goes), bridge
            // the breaks between them, then keep what is long
            try (Mat pieces = OpenCvSupport.morph(inv, MORPH_OPEN, piece, 1);
                 Mat closed = OpenCvSupport.morph(pieces, MORPH_CLOSE, gap, 1);
                 Mat lines = OpenCvSupport.morph(closed, MORPH_OPEN, lh, 1)) {
                hb = OpenCvSupport.bytes(lines);
                hs = segments(OpenCvSupport.components(lines), true, maxThick);
            }
            try (Mat pieces = OpenCvSupport.morph(inv, MORPH_OPEN, 1, piece);
                 Mat closed = OpenCvSupport.morph(pieces, MORPH_CLOSE, 1, gap);
                 Mat lines = OpenCvSupport.morph(closed, MORPH_OPEN, 1, lv)) {
                vb = OpenCvSupport.bytes(lines);
                vs = segments(OpenCvSupport.components(lines), false, maxThick);
            }
        }
        return new Rulings(w, ht, dpi, binary.pixels(), hb, vb, hs, vs);
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

    private static List<Segment> segments(OpenCvSupport.Components cc, boolean horizontal, int maxThick) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < cc.count(); i++) {
            int len = horizontal ? cc.width(i) : cc.height(i);
            int across = horizontal ? cc.height(i) : cc.width(i);
            double thick = cc.area(i) / (double) len;
            // a ruling is thin; a long one may be a little slanted or bent, so allow its box to be taller
            if (thick > maxThick || across > maxThick * 2 + len * 0.02) continue;
            if (horizontal) {
                out.add(new Segment(true, cc.x(i), cc.x(i) + len - 1, cc.y(i), cc.y(i) + across - 1, cc.centerY(i), thick));
            } else {
                out.add(new Segment(false, cc.y(i), cc.y(i) + len - 1, cc.x(i), cc.x(i) + across - 1, cc.centerX(i), thick));
            }
        }
        return out;
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
