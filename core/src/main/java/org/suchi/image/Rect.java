package org.suchi.image;

/** An axis-aligned box in page pixels. */
public record Rect(int x, int y, int width, int height) {
    public Rect {
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative size " + width + "x" + height);
    }
    public int right() { return x + width; }
    public int bottom() { return y + height; }
    public int area() { return width * height; }
    public int centerX() { return x + width / 2; }
    public int centerY() { return y + height / 2; }

    /** This box shrunk by {@code d} pixels on every side (never below zero size). */
    public Rect inset(int d) {
        int w = Math.max(0, width - 2 * d), h = Math.max(0, height - 2 * d);
        return new Rect(x + Math.min(d, width / 2), y + Math.min(d, height / 2), w, h);
    }

    /** The part of this box inside {@code 0..w x 0..h}. */
    public Rect clip(int w, int h) {
        int x0 = Math.max(0, x), y0 = Math.max(0, y);
        int x1 = Math.min(w, right()), y1 = Math.min(h, bottom());
        return new Rect(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }

    public boolean contains(int px, int py) { return px >= x && px < right() && py >= y && py < bottom(); }
}
