package org.suchi.image;

import static org.bytedeco.opencv.global.opencv_core.CV_32S;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_OPEN;

import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Cleans the crop of one table cell for OCR: removes what does not belong to the cell's text.
 *
 * <p>It looks at the cell box plus a margin around it in the binary page and removes, from the
 * returned crop:
 * <ul>
 *   <li>ruling remnants: straight horizontal or vertical strokes at least ~0.3 inch and half the box
 *       long that reach out of the box (a bent ruling that reaches into the box; not the headline of
 *       a long word, which stays inside);</li>
 *   <li>strokes of stamps and signatures that cross the cell border: connected components (after
 *       the rulings are taken out, so text touching a ruling stays separate) that reach more than
 *       ~0.02 inch outside the box or hang on a ruling, and are much larger than a glyph (at least
 *       0.25 inch tall or 0.6 inch wide; a line of 7-12 pt text is well under 0.25 inch tall);</li>
 *   <li>huge components (both sides at least 0.45 inch), such as a seal lying inside a large cell.</li>
 * </ul>
 * Removed pixels (grown by one pixel for their antialiased rim) become paper white in both the grey
 * and the binary crop. A stroke that touches words is one component with them, so it is not removed
 * blindly: when its ink (measured outside the cell) is clearly lighter than the cell's text (a
 * coloured seal), only its light pixels go; otherwise only its pixels outside the rows that hold
 * the cell's own text lines go (the stroke's loops between and around the lines), and what crosses
 * a text line stays. This is a best effort, not a seal remover.
 */
public final class CellCleaner {
    static final double LINE_INCH = 0.3;
    static final double OUTSIDE_INCH = 0.02;
    static final double TALL_INCH = 0.25;
    static final double WIDE_INCH = 0.6;
    static final double HUGE_INCH = 0.45;
    static final double MARGIN_INCH = 0.3;

    /** A cleaned cell crop. {@code removed} counts the components taken out (rulings not counted). */
    public record CleanedCell(Rect box, GrayImage gray, GrayImage binary, int removed) {}

    private static void markRulings(Mat mask, boolean horizontal, byte[] lines, int bx0, int by0, int bx1, int by1, int out) {
        OpenCvSupport.Components lc = OpenCvSupport.components(mask);
        boolean any = false;
        boolean[] ruling = new boolean[lc.count()];
        for (int c = 0; c < lc.count(); c++) {
            int x0 = lc.x(c), y0 = lc.y(c), x1 = x0 + lc.width(c) - 1, y1 = y0 + lc.height(c) - 1;
            boolean beyond = x0 < bx0 - out || y0 < by0 - out || x1 > bx1 + out || y1 > by1 + out;
            boolean spans = horizontal ? lc.width(c) >= (bx1 - bx0 + 1) / 2 : lc.height(c) >= (by1 - by0 + 1) / 2;
            ruling[c] = beyond && spans;
            any |= ruling[c];
        }
        if (!any) return;
        int[] lab = OpenCvSupport.labels(mask);
        for (int i = 0; i < lab.length; i++) if (lab[i] > 0 && ruling[lab[i] - 1]) lines[i] = 1;
    }

    private static boolean hasHugeComponent(GrayImage crop, int huge) {
        if (crop.width() < huge || crop.height() < huge) return false;
        byte[] ink = crop.pixels();
        for (int i = 0; i < ink.length; i++) ink[i] = (byte) (ink[i] == 0 ? 255 : 0);
        try (Mat m = OpenCvSupport.toMat(ink, crop.width(), crop.height())) {
            OpenCvSupport.Components cc = OpenCvSupport.components(m);
            for (int c = 0; c < cc.count(); c++) if (cc.width(c) >= huge && cc.height(c) >= huge) return true;
        }
        return false;
    }

    private static boolean inkOnBorder(GrayImage bin, Rect b) {
        int x0 = b.x(), y0 = b.y(), x1 = b.right() - 1, y1 = b.bottom() - 1;
        for (int x = x0; x <= x1; x++) if (bin.get(x, y0) == 0 || bin.get(x, y1) == 0) return true;
        for (int y = y0; y <= y1; y++) if (bin.get(x0, y) == 0 || bin.get(x1, y) == 0) return true;
        return false;
    }

    /**
     * Marks the pixels of the dropped components. A seal is often printed in lighter ink than the
     * text: when a dropped component is clearly lighter than the text around it, only its light
     * pixels go, so that words its ring touches survive; otherwise (black scribbles) all of it.
     */
    private static void removeComponents(int[] lab, boolean[] drop, int n, byte[] gray, boolean[] remove,
                                         int ww, int bx0, int by0, int bx1, int by1, int rowPad) {
        int[][] hist = new int[n][];
        int[] textHist = new int[256];
        for (int i = 0; i < lab.length; i++) {
            int c = lab[i];
            if (c == 0) continue;
            int x = i % ww, y = i / ww;
            boolean inBox = x >= bx0 && x <= bx1 && y >= by0 && y <= by1;
            int v = gray[i] & 0xff;
            if (drop[c]) {
                // the part outside the cell is the foreign stroke itself, not text it touches
                if (inBox) continue;
                if (hist[c] == null) hist[c] = new int[256];
                hist[c][v]++;
            } else if (inBox) {
                textHist[v]++;
            }
        }
        int textCore = percentile(textHist, 0.1);
        int[] cut = new int[n];
        for (int c = 1; c < n; c++) {
            if (!drop[c]) continue;
            int core = percentile(hist[c], 0.1);
            // clearly lighter ink than the text: split between the two inks; else remove everything
            cut[c] = textCore >= 0 && core >= 0 && core - textCore >= 40 ? (core + textCore) / 2 : -1;
        }
        // rows holding the cell's own text: a stroke of the same ink is kept there, since it may
        // have swallowed the words it touches
        int wh = lab.length / ww;
        boolean[] textRow = new boolean[wh];
        for (int i = 0; i < lab.length; i++) {
            int c = lab[i], x = i % ww, y = i / ww;
            if (c != 0 && !drop[c] && x >= bx0 && x <= bx1 && y >= by0 && y <= by1) textRow[y] = true;
        }
        boolean[] keepRow = new boolean[wh];
        for (int y = 0; y < wh; y++) {
            if (!textRow[y]) continue;
            for (int d = -rowPad; d <= rowPad; d++) if (y + d >= 0 && y + d < wh) keepRow[y + d] = true;
        }
        for (int i = 0; i < lab.length; i++) {
            int c = lab[i];
            if (c == 0 || !drop[c]) continue;
            boolean go = cut[c] >= 0 ? (gray[i] & 0xff) > cut[c] : !keepRow[i / ww];
            if (go) remove[i] = true;
        }
    }

    /** The grey level below which a share {@code p} of the histogram lies (the stroke core for p ~ 0.1), or -1. */
    private static int percentile(int[] hist, double p) {
        if (hist == null) return -1;
        long total = 0;
        for (int v : hist) total += v;
        if (total == 0) return -1;
        long acc = 0;
        for (int v = 0; v < 256; v++) {
            acc += hist[v];
            if (acc >= p * total) return v;
        }
        return 255;
    }

    /** @throws IllegalStateException if the OpenCV natives cannot be loaded */
    public CellCleaner() {
        OpenCvSupport.ensureLoaded();
    }

    /**
     * @param box a cell box in page coordinates (as {@code Cell.box()}); clipped to the page
     * @throws IllegalArgumentException if the box lies outside the page or is empty
     */
    public CleanedCell clean(PreparedPage page, Rect box) {
        int dpi = page.dpi();
        GrayImage bin = page.binary();
        Rect b = box.clip(bin.width(), bin.height());
        if (b.width() == 0 || b.height() == 0) throw new IllegalArgumentException("cell box outside the page: " + box);
        int huge0 = (int) Math.round(dpi * HUGE_INCH);
        if (!inkOnBorder(bin, b) && !hasHugeComponent(bin.crop(b), huge0)) {
            // nothing reaches out of the box and nothing that big fits in it: nothing to remove
            return new CleanedCell(b, page.gray().crop(b), bin.crop(b), 0);
        }
        int m = (int) Math.round(dpi * MARGIN_INCH);
        Rect win = new Rect(b.x() - m, b.y() - m, b.width() + 2 * m, b.height() + 2 * m).clip(bin.width(), bin.height());
        int ww = win.width(), wh = win.height();
        // box relative to the window
        int bx0 = b.x() - win.x(), by0 = b.y() - win.y(), bx1 = bx0 + b.width() - 1, by1 = by0 + b.height() - 1;
        int out = Math.max(2, (int) Math.round(dpi * OUTSIDE_INCH));
        int tall = (int) Math.round(dpi * TALL_INCH), wide = (int) Math.round(dpi * WIDE_INCH), huge = (int) Math.round(dpi * HUGE_INCH);
        int line = Math.max(10, (int) Math.round(dpi * LINE_INCH));

        byte[] ink = bin.crop(win).pixels(); // a copy
        for (int i = 0; i < ink.length; i++) ink[i] = (byte) (ink[i] == 0 ? 255 : 0);
        boolean[] remove = new boolean[ww * wh];
        int removed = 0;
        try (PointerScope scope = new PointerScope();
             Mat inkMat = OpenCvSupport.toMat(ink, ww, wh);
             Mat h = OpenCvSupport.morph(inkMat, MORPH_OPEN, line, 1);
             Mat v = OpenCvSupport.morph(inkMat, MORPH_OPEN, 1, line)) {
            // straight strokes that reach out of the box and run along half of it are rulings (a long
            // word's headline stays inside, the flat top of a seal's ring is short)
            byte[] lines = new byte[ww * wh];
            markRulings(h, true, lines, bx0, by0, bx1, by1, out);
            markRulings(v, false, lines, bx0, by0, bx1, by1, out);
            byte[] rest = ink.clone();
            for (int i = 0; i < rest.length; i++) {
                if (lines[i] != 0) {
                    remove[i] = true;
                    rest[i] = 0;
                }
            }
            try (Mat restMat = OpenCvSupport.toMat(rest, ww, wh); Mat labels = new Mat(); Mat stats = new Mat(); Mat cent = new Mat()) {
                int n = opencv_imgproc.connectedComponentsWithStats(restMat, labels, stats, cent, 8, CV_32S);
                int[] lab = new int[ww * wh];
                try (IntPointer lp = new IntPointer(labels.data())) {
                    lp.get(lab, 0, lab.length);
                }
                // components that hang on a ruling (cut off from the rest of a stroke at a crossing)
                boolean[] onRuling = new boolean[n];
                for (int y = 0; y < wh; y++) {
                    for (int x = 0; x < ww; x++) {
                        int c = lab[y * ww + x];
                        if (c == 0 || onRuling[c]) continue;
                        for (int dy = -1; dy <= 1 && !onRuling[c]; dy++) {
                            for (int dx = -1; dx <= 1; dx++) {
                                int xx = x + dx, yy = y + dy;
                                if (xx >= 0 && yy >= 0 && xx < ww && yy < wh && lines[yy * ww + xx] != 0) {
                                    onRuling[c] = true;
                                    break;
                                }
                            }
                        }
                    }
                }
                boolean[] drop = new boolean[n];
                try (IntIndexer s = stats.createIndexer()) {
                    for (int c = 1; c < n; c++) {
                        int x0 = s.get(c, 0), y0 = s.get(c, 1), cw = s.get(c, 2), ch = s.get(c, 3);
                        int x1 = x0 + cw - 1, y1 = y0 + ch - 1;
                        boolean touchesBox = x1 >= bx0 && x0 <= bx1 && y1 >= by0 && y0 <= by1;
                        if (!touchesBox) continue;
                        boolean outside = onRuling[c] || x0 < bx0 - out || y0 < by0 - out || x1 > bx1 + out || y1 > by1 + out;
                        boolean large = ch >= tall || cw >= wide;
                        if ((outside && large) || (cw >= huge && ch >= huge)) {
                            drop[c] = true;
                            removed++;
                        }
                    }
                }
                if (removed > 0) {
                    removeComponents(lab, drop, n, page.gray().crop(win).pixels(), remove, ww, bx0, by0, bx1, by1,
                            Math.max(2, (int) Math.round(dpi * 0.04)));
                }
            }
        }
        // grow the removal by one pixel (antialiased rims) and apply it inside the box
        GrayImage g = page.gray().crop(b), bb = bin.crop(b);
        byte[] gp = g.pixels(), bp = bb.pixels();
        for (int y = 0; y < b.height(); y++) {
            for (int x = 0; x < b.width(); x++) {
                int wx = x + bx0, wy = y + by0;
                boolean r = false;
                for (int dy = -1; dy <= 1 && !r; dy++) {
                    for (int dx = -1; dx <= 1 && !r; dx++) {
                        int xx = wx + dx, yy = wy + dy;
                        if (xx >= 0 && yy >= 0 && xx < ww && yy < wh && remove[yy * ww + xx]) r = true;
                    }
                }
                if (r) {
                    gp[y * b.width() + x] = (byte) 255;
                    bp[y * b.width() + x] = (byte) 255;
                }
            }
        }
        return new CleanedCell(b, g, bb, removed);
    }
}
