package org.suchi.textlayer;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads a PDF page's content stream twice, without rendering it: the text layer glyph by glyph (PDFBox's
 * text stripper, keeping each glyph's position, font and render mode) and the drawn lines and images
 * (a {@link PDFGraphicsStreamEngine}, the way tabula-java finds rulings). Coordinates become pixels at
 * the given dpi, top-left origin, relative to the crop box.
 */
public final class PdfPageScanner {
    /** Lines thicker than this (in points) are fills, not rulings. */
    static final double MAX_RULING_PT = 3.0;
    /** Lines shorter than this (in points) are not rulings. */
    static final double MIN_RULING_PT = 4.0;

    private final int dpi;

    public PdfPageScanner(int dpi) {
        if (dpi <= 0) throw new IllegalArgumentException("dpi " + dpi);
        this.dpi = dpi;
    }

    /** The resolution of the page coordinates. */
    public int dpi() {
        return dpi;
    }

    /** The content of page {@code page} (1-based) of {@code doc}. */
    public PageContent scan(PDDocument doc, int page) throws IOException {
        PDPage p = doc.getPage(page - 1);
        PDRectangle crop = p.getCropBox();
        double s = dpi / 72.0;
        Glyphs g = new Glyphs(s);
        g.setStartPage(page);
        g.setEndPage(page);
        g.getText(doc);
        Lines l = new Lines(p, crop, s);
        l.run();
        int w = (int) Math.round(crop.getWidth() * s), h = (int) Math.round(crop.getHeight() * s);
        double area = (double) crop.getWidth() * crop.getHeight();
        return new PageContent(page, w, h, dpi, g.out, l.out, Math.min(1.0, l.imageArea / area), p.getRotation());
    }

    private static String fontName(PDFont f) {
        if (f == null || f.getName() == null) return "";
        String n = f.getName();
        int plus = n.indexOf('+');
        return plus == 6 ? n.substring(7) : n;
    }

    /** The text stripper, collecting glyphs instead of writing text. */
    private static final class Glyphs extends PDFTextStripper {
        final List<Glyph> out = new ArrayList<>();
        private final double s;
        private boolean invisible;
        private final java.util.Map<TextPosition, Boolean> hidden = new java.util.IdentityHashMap<>();

        Glyphs(double s) {
            this.s = s;
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            invisible = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER;
            super.showGlyph(trm, font, code, displacement);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (invisible) hidden.put(t, Boolean.TRUE);
            super.processTextPosition(t); // merges combining marks drawn as their own glyphs into their base
        }

        @Override
        protected void writePage() {
            for (List<TextPosition> article : getCharactersByArticle()) {
                for (TextPosition t : article) {
                    // glyphs without a Unicode mapping come as "" or U+0000 (Skia maps a cluster to its first glyph)
                    String u = t.getUnicode() == null ? "" : t.getUnicode().replaceAll("\\p{Cc}", "");
                    double h = Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.5);
                    out.add(new Glyph(u, t.getXDirAdj() * s, t.getYDirAdj() * s, t.getWidthDirAdj() * s, h * s,
                            fontName(t.getFont()), hidden.containsKey(t)));
                }
            }
        }
    }

    /** Rulings and image areas from the drawing operators; text is skipped. */
    private static final class Lines extends PDFGraphicsStreamEngine {
        final List<Ruling> out = new ArrayList<>();
        double imageArea;
        private final PDRectangle crop;
        private final double s;
        private final List<double[]> segs = new ArrayList<>(); // x0 y0 x1 y1 in user space of the page
        private final List<double[]> rects = new ArrayList<>();
        private boolean curved;
        private Point2D current = new Point2D.Double();
        private Point2D start = new Point2D.Double();

        Lines(PDPage page, PDRectangle crop, double s) {
            super(page);
            this.crop = crop;
            this.s = s;
        }

        void run() throws IOException {
            processPage(getPage());
        }

        @Override
        protected void showText(byte[] string) {
            // glyphs are read by the text stripper; Type 3 glyph outlines are no rulings
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            boolean axis = Math.abs(p0.getX() - p1.getX()) < 0.01 || Math.abs(p0.getY() - p1.getY()) < 0.01;
            if (axis) rects.add(new double[] {x0, y0, x1, y1});
            else curved = true;
            current = p0;
            start = p0;
        }

        @Override
        public void drawImage(PDImage pdImage) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            double w = Math.hypot(m.getScaleX(), m.getShearY()), h = Math.hypot(m.getShearX(), m.getScaleY());
            imageArea += w * h;
        }

        @Override public void clip(int windingRule) { }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            start = current;
        }

        @Override
        public void lineTo(float x, float y) {
            segs.add(new double[] {current.getX(), current.getY(), x, y});
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            curved = true;
            current = new Point2D.Float(x3, y3);
        }

        @Override public Point2D getCurrentPoint() { return current; }

        @Override
        public void closePath() {
            segs.add(new double[] {current.getX(), current.getY(), start.getX(), start.getY()});
            current = start;
        }

        @Override public void endPath() { reset(); }

        @Override
        public void strokePath() {
            double lw = getGraphicsState().getLineWidth()
                    * Math.max(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX(), 1e-3);
            lw = Math.max(lw, 0.5);
            if (lw <= MAX_RULING_PT) {
                for (double[] q : segs) stroke(q, lw);
                for (double[] r : rects) {
                    stroke(new double[] {r[0], r[1], r[2], r[1]}, lw);
                    stroke(new double[] {r[0], r[3], r[2], r[3]}, lw);
                    stroke(new double[] {r[0], r[1], r[0], r[3]}, lw);
                    stroke(new double[] {r[2], r[1], r[2], r[3]}, lw);
                }
            }
            reset();
        }

        private void stroke(double[] q, double lw) {
            double dx = Math.abs(q[2] - q[0]), dy = Math.abs(q[3] - q[1]);
            if (dy < 0.5 && dx >= MIN_RULING_PT) {
                double y = (q[1] + q[3]) / 2;
                add(Math.min(q[0], q[2]), y - lw / 2, Math.max(q[0], q[2]), y + lw / 2);
            } else if (dx < 0.5 && dy >= MIN_RULING_PT) {
                double x = (q[0] + q[2]) / 2;
                add(x - lw / 2, Math.min(q[1], q[3]), x + lw / 2, Math.max(q[1], q[3]));
            }
        }

        @Override
        public void fillPath(int windingRule) {
            if (!curved && segs.isEmpty()) {
                for (double[] r : rects) {
                    double w = r[2] - r[0], h = r[3] - r[1];
                    if (Math.min(w, h) <= MAX_RULING_PT && Math.max(w, h) >= MIN_RULING_PT) add(r[0], r[1], r[2], r[3]);
                }
            }
            reset();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override public void shadingFill(COSName shadingName) { }

        private void reset() {
            segs.clear();
            rects.clear();
            curved = false;
        }

        /** A ruling given in PDF user space (y up), stored in page pixels (y down). */
        private void add(double x0, double y0, double x1, double y1) {
            double top = crop.getUpperRightY();
            double left = crop.getLowerLeftX();
            out.add(new Ruling((x0 - left) * s, (top - y1) * s, (x1 - left) * s, (top - y0) * s));
        }
    }
}
