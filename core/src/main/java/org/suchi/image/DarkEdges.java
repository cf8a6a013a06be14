package org.suchi.image;

import java.util.Arrays;

/**
 * Finds dark bands that touch a page border (scanner lid edge, the dark scanner bed around a
 * rotated sheet) in a raw grey page, and paints them over.
 *
 * <p>For every row (left and right border) and every column (top and bottom border) it measures
 * how far a run of dark pixels reaches inward from the border, then median-filters that depth
 * along the border. The median removes the narrow spikes of content that happens to touch the
 * border (the vertical rulings of a table cut at the page bottom, a character), so only a band
 * that runs along a good part of the border survives. Wedge-shaped bands (a rotated sheet) are kept
 * as wedges.
 */
final class DarkEdges {
    /** Depth of the dark band per row for the left/right border and per column for top/bottom; 0 = none. */
    final int[] left, right, top, bottom;
    final int width, height;

    private DarkEdges(int width, int height, int[] left, int[] right, int[] top, int[] bottom) {
        this.width = width;
        this.height = height;
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
    }

    boolean isEmpty() {
        return max(left) == 0 && max(right) == 0 && max(top) == 0 && max(bottom) == 0;
    }

    /**
     * @param px    raw grey pixels (0 black)
     * @param paper typical paper grey level
     */
    static DarkEdges find(byte[] px, int w, int h, int paper, int dpi) {
        int thr = (int) Math.round(paper * 0.6);
        int gapTol = Math.max(2, dpi / 100);
        int startTol = Math.max(2, dpi / 100);
        int maxDepthX = (int) (w * 0.15), maxDepthY = (int) (h * 0.15);
        int[] left = new int[h], right = new int[h], top = new int[w], bottom = new int[w];
        for (int y = 0; y < h; y++) {
            left[y] = run(px, y * w, 1, w, maxDepthX, thr, gapTol, startTol);
            right[y] = run(px, y * w + w - 1, -1, w, maxDepthX, thr, gapTol, startTol);
        }
        for (int x = 0; x < w; x++) {
            top[x] = run(px, x, w, h, maxDepthY, thr, gapTol, startTol);
            bottom[x] = run(px, (h - 1) * w + x, -w, h, maxDepthY, thr, gapTol, startTol);
        }
        int margin = Math.max(2, (int) Math.round(dpi * 0.015));
        return new DarkEdges(w, h,
                smooth(left, margin), smooth(right, margin), smooth(top, margin), smooth(bottom, margin));
    }

    /** Length of the dark run starting (within {@code startTol} pixels) at {@code start}, stepping {@code step}. */
    private static int run(byte[] px, int start, int step, int n, int maxDepth, int thr, int gapTol, int startTol) {
        int last = -1, gap = 0;
        int limit = Math.min(n, maxDepth);
        for (int i = 0; i < limit; i++) {
            int v = px[start + i * step] & 0xff;
            if (v < thr) {
                last = i;
                gap = 0;
            } else if (last < 0) {
                if (i >= startTol) return 0;
            } else if (++gap > gapTol) {
                break;
            }
        }
        return last + 1;
    }

    /** Median filter along the border (removes spikes), then a small outward margin where a band exists. */
    private static int[] smooth(int[] depth, int margin) {
        int n = depth.length;
        int win = Math.max(9, (n / 25) | 1);
        int half = win / 2;
        int[] out = new int[n];
        // a sliding-window median over small integer depths: counting histogram
        int maxV = max(depth);
        if (maxV == 0) return out;
        int[] hist = new int[maxV + 1];
        int count = 0;
        for (int i = 0; i < Math.min(n, half); i++) { hist[depth[i]]++; count++; }
        for (int i = 0; i < n; i++) {
            int add = i + half;
            if (add < n) { hist[depth[add]]++; count++; }
            int rem = i - half - 1;
            if (rem >= 0) { hist[depth[rem]]--; count--; }
            int target = count / 2, acc = 0, med = 0;
            for (int v = 0; v <= maxV; v++) {
                acc += hist[v];
                if (acc > target) { med = v; break; }
            }
            out[i] = med;
        }
        // a band must be at least a few pixels deep; widen it slightly to swallow its blurred rim
        int[] res = new int[n];
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int j = Math.max(0, i - margin); j <= Math.min(n - 1, i + margin); j++) m = Math.max(m, out[j]);
            res[i] = m >= 3 ? m + margin : 0;
        }
        return res;
    }

    /** Paints the bands with {@code value}. */
    void fill(byte[] px, byte value) {
        fill(px, value, false);
    }

    /**
     * Paints every band line (a row for left/right bands, a column for top/bottom ones) with the
     * paper tone found just beyond the band on that line, so that a later background estimate sees
     * the local paper there and not a step.
     */
    void fillWithLocalPaper(byte[] px, byte fallback) {
        fill(px, fallback, true);
    }

    private void fill(byte[] px, byte value, boolean local) {
        int w = width, h = height;
        for (int y = 0; y < h; y++) {
            int l = Math.min(w, left[y]);
            if (l > 0) Arrays.fill(px, y * w, y * w + l, local ? paperBeyond(px, y * w + l, 1, w - l, value) : value);
            int r = Math.min(w, right[y]);
            if (r > 0) Arrays.fill(px, y * w + w - r, y * w + w, local ? paperBeyond(px, y * w + w - r - 1, -1, w - r, value) : value);
        }
        for (int x = 0; x < w; x++) {
            int t = Math.min(h, top[x]);
            byte vt = local && t > 0 ? paperBeyond(px, t * w + x, w, h - t, value) : value;
            for (int y = 0; y < t; y++) px[y * w + x] = vt;
            int b = Math.min(h, bottom[x]);
            byte vb = local && b > 0 ? paperBeyond(px, (h - b - 1) * w + x, -w, h - b, value) : value;
            for (int y = h - b; y < h; y++) px[y * w + x] = vb;
        }
    }

    /** The second brightest of the next few pixels from {@code start} (paper, not ink, not a noise peak). */
    private static byte paperBeyond(byte[] px, int start, int step, int avail, byte fallback) {
        int n = Math.min(avail, 12);
        if (n < 2) return fallback;
        int b1 = 0, b2 = 0;
        for (int i = 0; i < n; i++) {
            int v = px[start + i * step] & 0xff;
            if (v > b1) { b2 = b1; b1 = v; } else if (v > b2) { b2 = v; }
        }
        return (byte) b2;
    }

    private static int max(int[] a) {
        int m = 0;
        for (int v : a) m = Math.max(m, v);
        return m;
    }
}
