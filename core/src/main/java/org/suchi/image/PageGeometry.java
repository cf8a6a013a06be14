package org.suchi.image;

import java.util.List;

/**
 * How a page that was read relates to the original page image, so that a box found on the read page
 * (upright, deskewed) can be given as fractions of the original page: report/1's evidence boxes.
 *
 * <p>The image stage turns the page image by {@code rotation} quarter turns (clockwise, undoing a page
 * that lay turned counter-clockwise), then rotates it about its centre by {@code skewDegrees} clockwise
 * on a canvas of the same size (undoing a scan rotated counter-clockwise). Dark edges are painted white,
 * never cropped. Ingest brings a scan to the working resolution before all that; resampling scales
 * both axes by exactly new size / old size, so fractions of the resampled image are fractions of the
 * original and need no inverse. A page read from a PDF's text layer is upright: {@link #upright}.
 *
 * @param width       width of the read page, pixels
 * @param height      height of the read page, pixels
 * @param rotation    quarter turns removed: 0, 90, 180 or 270 (degrees the original lay turned counter-clockwise)
 * @param skewDegrees small rotation removed (positive: the original was rotated counter-clockwise)
 */
public record PageGeometry(int width, int height, int rotation, double skewDegrees) {
    public PageGeometry {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("page size " + width + "x" + height);
        if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270) {
            throw new IllegalArgumentException("rotation " + rotation);
        }
    }

    /** A page read as it lies in the original (no turn, no deskew). */
    public static PageGeometry upright(int width, int height) {
        return new PageGeometry(width, height, 0, 0);
    }

    /** Width of the original page image, in pixels of the read page's resolution. */
    public int sourceWidth() {
        return rotation == 90 || rotation == 270 ? height : width;
    }

    /** Height of the original page image, in pixels of the read page's resolution. */
    public int sourceHeight() {
        return rotation == 90 || rotation == 270 ? width : height;
    }

    /**
     * The box {@code r} (pixels of the read page) as {@code [x0, y0, x1, y1]} in fractions of the
     * original page image: the bounding box of its four corners mapped back, rounded outward to 4
     * decimals and kept within 0..1.
     */
    public List<Double> toSource(Rect r) {
        double[][] corners = {{r.x(), r.y()}, {r.right(), r.y()}, {r.x(), r.bottom()}, {r.right(), r.bottom()}};
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (double[] c : corners) {
            double[] f = pointToSource(c[0], c[1]);
            x0 = Math.min(x0, f[0]);
            y0 = Math.min(y0, f[1]);
            x1 = Math.max(x1, f[0]);
            y1 = Math.max(y1, f[1]);
        }
        return List.of(down(x0), down(y0), up(x1), up(y1));
    }

    /** A point of the read page (pixels) as fractions {x, y} of the original page image (not clamped). */
    public double[] pointToSource(double x, double y) {
        // 1. undo the deskew: the read page is the turned page rotated clockwise by skew about the centre
        double cx = width / 2.0, cy = height / 2.0;
        double a = Math.toRadians(skewDegrees);
        double cos = Math.cos(a), sin = Math.sin(a);
        double dx = x - cx, dy = y - cy;
        double tx = cos * dx + sin * dy + cx;
        double ty = -sin * dx + cos * dy + cy;
        // 2. undo the quarter turn (the turned page is width x height; the original is sourceWidth x sourceHeight)
        double sx, sy;
        switch (rotation) {
            case 90 -> { sx = ty; sy = width - tx; }
            case 180 -> { sx = width - tx; sy = height - ty; }
            case 270 -> { sx = height - ty; sy = tx; }
            default -> { sx = tx; sy = ty; }
        }
        return new double[] {sx / sourceWidth(), sy / sourceHeight()};
    }

    /** A point of the original page image (fractions) on the read page, in pixels: the inverse of {@link #pointToSource}. */
    public double[] pointFromSource(double fx, double fy) {
        double sx = fx * sourceWidth(), sy = fy * sourceHeight();
        double tx, ty;
        switch (rotation) {
            case 90 -> { tx = width - sy; ty = sx; }
            case 180 -> { tx = width - sx; ty = height - sy; }
            case 270 -> { tx = sy; ty = height - sx; }
            default -> { tx = sx; ty = sy; }
        }
        double cx = width / 2.0, cy = height / 2.0;
        double a = Math.toRadians(skewDegrees);
        double cos = Math.cos(a), sin = Math.sin(a);
        double dx = tx - cx, dy = ty - cy;
        return new double[] {cos * dx - sin * dy + cx, sin * dx + cos * dy + cy};
    }

    /** A box of the original page image (fractions {@code [x0, y0, x1, y1]}) on the read page: the bounding box of its corners, pixels. */
    public Rect fromSource(List<Double> box) {
        double[][] corners = {{box.get(0), box.get(1)}, {box.get(2), box.get(1)}, {box.get(0), box.get(3)}, {box.get(2), box.get(3)}};
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (double[] c : corners) {
            double[] p = pointFromSource(c[0], c[1]);
            x0 = Math.min(x0, p[0]);
            y0 = Math.min(y0, p[1]);
            x1 = Math.max(x1, p[0]);
            y1 = Math.max(y1, p[1]);
        }
        int ix = (int) Math.floor(x0), iy = (int) Math.floor(y0);
        return new Rect(ix, iy, Math.max(0, (int) Math.ceil(x1) - ix), Math.max(0, (int) Math.ceil(y1) - iy));
    }

    private static double down(double v) {
        return Math.max(0, Math.min(1, Math.floor(v * 10000 + 1e-6) / 10000));
    }

    private static double up(double v) {
        return Math.max(0, Math.min(1, Math.ceil(v * 10000 - 1e-6) / 10000));
    }
}
