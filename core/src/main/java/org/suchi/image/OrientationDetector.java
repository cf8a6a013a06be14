package org.suchi.image;

import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_OPEN;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Detects pages that are sideways or upside down, from Bangla text.
 *
 * <p>Every Bangla word hangs from a headline (matra) drawn along the top of its letters, and the
 * headline joins the letters of a word into one wide connected component. So, after removing long
 * rulings, the connected components that are clearly elongated are words; in each word the densest
 * pixel row (or column, for words running vertically) is the headline. Each word votes for the side
 * its headline is on: top (upright), bottom (180), left (the page was turned 90 degrees
 * counter-clockwise), right (turned 90 degrees clockwise). A decision other than "upright" needs a
 * clear majority; without enough evidence (no Bangla text, Latin-only text, a blank page) the page is
 * left as it is.
 */
final class OrientationDetector {
    /** Votes needed for any turn and how much the winner must beat the runner-up. */
    private static final int MIN_VOTES = 6;
    private static final double DOMINANCE = 2.5;

    private OrientationDetector() {}

    /** Result: the turn (0, 90, 180, 270: the raw page is the upright page turned counter-clockwise by it) and the votes. */
    record Result(int rotation, int top, int bottom, int left, int right) {}

    /** @param bin binary page, 0 ink, 255 paper */
    static Result detect(Mat bin, int dpi) {
        int w = bin.cols(), h = bin.rows();
        int longLine = Math.max(20, (int) Math.round(dpi * 0.6));
        byte[] text;
        OpenCvSupport.Components cc;
        try (Mat inv = OpenCvSupport.invert(bin);
             Mat hl = OpenCvSupport.morph(inv, MORPH_OPEN, longLine, 1);
             Mat vl = OpenCvSupport.morph(inv, MORPH_OPEN, 1, longLine);
             Mat lines = new Mat();
             Mat t = new Mat()) {
            opencv_core.bitwise_or(hl, vl, lines);
            opencv_core.subtract(inv, lines, t);
            text = OpenCvSupport.bytes(t);
            cc = OpenCvSupport.components(t);
        }
        int minThick = Math.max(4, (int) Math.round(dpi * 0.035)); // a word is at least ~2.5 pt tall
        int maxThick = (int) Math.round(dpi * 0.45);
        int maxLong = (int) Math.round(dpi * 2.5);
        int top = 0, bottom = 0, left = 0, right = 0;
        for (int i = 0; i < cc.count(); i++) {
            int bw = cc.width(i), bh = cc.height(i);
            int thick = Math.min(bw, bh), lng = Math.max(bw, bh);
            if (thick < minThick || thick > maxThick || lng > maxLong || lng < 2 * thick) continue;
            if (cc.area(i) < 0.12 * bw * bh) continue; // sparse curly strokes (signatures)
            boolean horizontal = bw >= bh;
            int[] prof = new int[horizontal ? bh : bw];
            int x0 = cc.x(i), y0 = cc.y(i);
            for (int y = 0; y < bh; y++) {
                int o = (y0 + y) * w + x0;
                for (int x = 0; x < bw; x++) {
                    if (text[o + x] != 0) prof[horizontal ? y : x]++;
                }
            }
            int arg = 0;
            for (int k = 1; k < prof.length; k++) if (prof[k] > prof[arg]) arg = k;
            // the headline must run along most of the word
            if (prof[arg] < 0.6 * lng) continue;
            double pos = (arg + 0.5) / prof.length;
            if (pos < 0.42) {
                if (horizontal) top++; else left++;
            } else if (pos > 0.58) {
                if (horizontal) bottom++; else right++;
            }
        }
        int[] votes = {top, left, bottom, right}; // rotation 0, 90, 180, 270
        int best = 0;
        for (int k = 1; k < 4; k++) if (votes[k] > votes[best]) best = k;
        int second = 0;
        for (int k = 0; k < 4; k++) if (k != best) second = Math.max(second, votes[k]);
        int rotation = 0;
        if (best != 0 && votes[best] >= MIN_VOTES && votes[best] >= DOMINANCE * second) rotation = best * 90;
        return new Result(rotation, top, bottom, left, right);
    }
}
