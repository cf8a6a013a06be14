package org.suchi.image;

import java.util.ArrayList;
import java.util.List;

/** Finds the ink inside a cell: whether there is any, and its text lines (horizontal bands). */
public final class InkBands {
    private InkBands() {}

    /**
     * The text lines inside {@code box} of a binary page (0 = ink), each trimmed to its ink. Specks
     * (bands much thinner than a text line at this resolution) are dropped.
     */
    public static List<Rect> lines(GrayImage binary, Rect box, int dpi) {
        Rect r = box.clip(binary.width(), binary.height());
        List<Rect> out = new ArrayList<>();
        if (r.width() == 0 || r.height() == 0) return out;
        int[] rowInk = new int[r.height()];
        byte[] px = binary.pixels();
        int w = binary.width();
        for (int y = 0; y < r.height(); y++) {
            int base = (r.y() + y) * w + r.x(), n = 0;
            for (int x = 0; x < r.width(); x++) if ((px[base + x] & 0xff) < 128) n++;
            rowInk[y] = n;
        }
        int minInk = 2;                                   // a row needs 2 ink pixels to count
        int maxGap = Math.max(2, dpi / 50);               // gaps inside one line (matra to vowel signs)
        int minHeight = Math.max(3, dpi / 40);            // thinner bands are specks or ruling remains
        int start = -1, lastInk = -1;
        for (int y = 0; y <= r.height(); y++) {
            boolean ink = y < r.height() && rowInk[y] >= minInk;
            if (ink) {
                if (start < 0) start = y;
                lastInk = y;
            } else if (start >= 0 && (y == r.height() || y - lastInk > maxGap)) {
                addBand(binary, r, start, lastInk, minHeight, out);
                start = -1;
            }
        }
        return out;
    }

    private static void addBand(GrayImage binary, Rect r, int y0, int y1, int minHeight, List<Rect> out) {
        int h = y1 - y0 + 1;
        int x0 = Integer.MAX_VALUE, x1 = -1, ink = 0;
        byte[] px = binary.pixels();
        int w = binary.width();
        for (int y = y0; y <= y1; y++) {
            int base = (r.y() + y) * w + r.x();
            for (int x = 0; x < r.width(); x++) {
                if ((px[base + x] & 0xff) < 128) {
                    ink++;
                    if (x < x0) x0 = x;
                    if (x > x1) x1 = x;
                }
            }
        }
        // a dash ("-", "--") is a thin band: keep it when it is wide enough to be a stroke, not a speck
        boolean dash = h < minHeight && x1 - x0 + 1 >= 2 * minHeight && ink >= 2 * minHeight;
        if (x1 < 0 || (h < minHeight && !dash)) return;
        out.add(new Rect(r.x() + x0, r.y() + y0, x1 - x0 + 1, h));
    }

    /** The union of boxes, or null when there are none. */
    public static Rect union(List<Rect> boxes) {
        if (boxes.isEmpty()) return null;
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
        for (Rect b : boxes) {
            x0 = Math.min(x0, b.x()); y0 = Math.min(y0, b.y());
            x1 = Math.max(x1, b.right()); y1 = Math.max(y1, b.bottom());
        }
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }
}
