package org.suchi.layout;

import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_CLOSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_OPEN;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.suchi.image.GrayImage;
import org.suchi.image.OpenCvSupport;

/**
 * Horizontal and vertical ruling masks of a binary page and their straight pieces (segments).
 *
 * <p>The ink is first closed along the line direction by a few pixels (bridging breaks of faint or
 * dotted rulings), then opened with a long thin kernel: what survives are strokes that run straight
 * for at least {@link #MIN_H_INCH} / {@link #MIN_V_INCH}. That removes text (but keeps the headlines
 * of long Bangla words and underlines: those are told apart later because they never join other
 * rulings) and the curves of seals and signatures (a curve only runs straight for a short stretch).
 * Thick blobs (solid fills, dense scribbles) are dropped by their mean thickness.
 */
final class Rulings {
    /** Gaps along a ruling up to this are bridged. */
    static final double GAP_INCH = 0.015;
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

    static Rulings extract(GrayImage binary, int dpi) {
        int w = binary.width(), ht = binary.height();
        int gap = Math.max(2, (int) Math.round(dpi * GAP_INCH));
        int lh = Math.max(10, (int) Math.round(dpi * MIN_H_INCH));
        int lv = Math.max(10, (int) Math.round(dpi * MIN_V_INCH));
        int maxThick = Math.max(3, (int) Math.round(dpi * MAX_THICK_INCH));
        byte[] hb, vb;
        List<Segment> hs, vs;
        try (Mat bin = OpenCvSupport.toMat(binary); Mat inv = OpenCvSupport.invert(bin)) {
            try (Mat closed = OpenCvSupport.morph(inv, MORPH_CLOSE, gap, 1);
                 Mat lines = OpenCvSupport.morph(closed, MORPH_OPEN, lh, 1)) {
                hb = OpenCvSupport.bytes(lines);
                hs = segments(OpenCvSupport.components(lines), true, maxThick);
            }
            try (Mat closed = OpenCvSupport.morph(inv, MORPH_CLOSE, 1, gap);
                 Mat lines = OpenCvSupport.morph(closed, MORPH_OPEN, 1, lv)) {
                vb = OpenCvSupport.bytes(lines);
                vs = segments(OpenCvSupport.components(lines), false, maxThick);
            }
        }
        return new Rulings(w, ht, dpi, binary.pixels(), hb, vb, hs, vs);
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
