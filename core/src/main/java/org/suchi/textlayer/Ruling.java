package org.suchi.textlayer;

/**
 * A horizontal or vertical line drawn by the page's own drawing operators (a stroked line or a thin
 * filled rectangle), in page pixels: the rectangle it covers.
 */
public record Ruling(double x0, double y0, double x1, double y1) {
    public boolean horizontal() { return x1 - x0 >= y1 - y0; }
    public double length() { return Math.max(x1 - x0, y1 - y0); }
}
