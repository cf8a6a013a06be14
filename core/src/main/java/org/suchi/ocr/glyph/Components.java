package org.suchi.ocr.glyph;

import java.util.ArrayList;
import java.util.List;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;

/** Connected ink components (8-connectivity) of a small region of a binary image (ink &lt; 128). */
final class Components {
    private Components() {}

    /** A component: its box (image coordinates) and its pixels as indices {@code y * width + x} of the image. */
    record Component(Rect box, int[] pixels) {
        int size() { return pixels.length; }
    }

    static List<Component> of(GrayImage binary, Rect region) {
        Rect r = region.clip(binary.width(), binary.height());
        List<Component> out = new ArrayList<>();
        int w = r.width(), h = r.height();
        if (w == 0 || h == 0) return out;
        byte[] px = binary.pixels();
        int iw = binary.width();
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[w * h];
        for (int y0 = 0; y0 < h; y0++) {
            for (int x0 = 0; x0 < w; x0++) {
                int start = y0 * w + x0;
                if (seen[start] || !ink(px, iw, r, x0, y0)) continue;
                int top = 0, n = 0;
                stack[top++] = start;
                seen[start] = true;
                int minX = x0, maxX = x0, minY = y0, maxY = y0;
                int[] members = new int[16];
                while (top > 0) {
                    int p = stack[--top];
                    int x = p % w, y = p / w;
                    if (n == members.length) members = java.util.Arrays.copyOf(members, n * 2);
                    members[n++] = (r.y() + y) * iw + r.x() + x;
                    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
                    for (int dy = -1; dy <= 1; dy++) {
                        int ny = y + dy;
                        if (ny < 0 || ny >= h) continue;
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = x + dx;
                            if (nx < 0 || nx >= w) continue;
                            int q = ny * w + nx;
                            if (!seen[q] && ink(px, iw, r, nx, ny)) {
                                seen[q] = true;
                                stack[top++] = q;
                            }
                        }
                    }
                }
                out.add(new Component(new Rect(r.x() + minX, r.y() + minY, maxX - minX + 1, maxY - minY + 1),
                        java.util.Arrays.copyOf(members, n)));
            }
        }
        return out;
    }

    private static boolean ink(byte[] px, int iw, Rect r, int x, int y) {
        return (px[(r.y() + y) * iw + r.x() + x] & 0xff) < 128;
    }
}
