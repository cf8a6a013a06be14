package org.suchi.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.suchi.image.GrayImage;
import org.suchi.image.PreparedPage;
import org.suchi.image.Rect;
import org.suchi.image.TestPages;

/**
 * A ruled table drawn with Java2D for the layout tests, and the grid it should give.
 *
 * <p>Line {@code i} is drawn centred on {@code rowY()[i]} with the given thickness. Merged cells
 * leave out the ruling pieces inside them; everything else is ruled.
 */
final class SyntheticTable {
    final int dpi;
    final int x0, y0;
    final int[] colW, rowH;
    int thick = 2;
    /** Merged cells: {row, col, rowSpan, colSpan}. */
    final List<int[]> merges = new ArrayList<>();
    /** No closing line at the bottom: the vertical rulings run on to {@code frameEnd}. */
    int openBottomTo = -1;
    /** Grey of the rulings (0 black). */
    int ink = 0;
    /** Breaks in the rulings: a gap of {@code dashGap} pixels every {@code dashPeriod}; 0 = solid. */
    int dashPeriod = 0, dashGap = 0;
    /** Draw the outer border as a double line (two lines {@code doubleGap} apart, outside the nominal one). */
    int doubleGap = 0;
    boolean text = true;

    SyntheticTable(int dpi, int x0, int y0, int[] colW, int[] rowH) {
        this.dpi = dpi;
        this.x0 = x0;
        this.y0 = y0;
        this.colW = colW;
        this.rowH = rowH;
    }

    SyntheticTable merge(int row, int col, int rowSpan, int colSpan) {
        merges.add(new int[] {row, col, rowSpan, colSpan});
        return this;
    }

    int rows() { return rowH.length; }
    int cols() { return colW.length; }

    int[] rowY() {
        int[] y = new int[rowH.length + 1];
        y[0] = y0;
        for (int i = 0; i < rowH.length; i++) y[i + 1] = y[i] + rowH[i];
        return y;
    }

    int[] colX() {
        int[] x = new int[colW.length + 1];
        x[0] = x0;
        for (int j = 0; j < colW.length; j++) x[j + 1] = x[j] + colW[j];
        return x;
    }

    /** The merge covering (r, c), or a 1x1 cell. */
    int[] cellAt(int r, int c) {
        for (int[] m : merges) {
            if (r >= m[0] && r < m[0] + m[2] && c >= m[1] && c < m[1] + m[3]) return m;
        }
        return new int[] {r, c, 1, 1};
    }

    /** Is the piece of row line {@code i} in column {@code j} ruled? */
    boolean hRuled(int i, int j) {
        if (i == 0) return true;
        if (i == rows()) return openBottomTo < 0;
        return cellAt(i - 1, j) != cellAt(i, j) || cellAt(i, j)[2] == 1 && cellAt(i, j)[3] == 1;
    }

    /** Is the piece of column line {@code k} in row {@code i} ruled? */
    boolean vRuled(int k, int i) {
        if (k == 0 || k == cols()) return true;
        int[] a = cellAt(i, k - 1), b = cellAt(i, k);
        return !(a[0] == b[0] && a[1] == b[1] && a[2] == b[2] && a[3] == b[3]) || a[2] * a[3] == 1;
    }

    void draw(Graphics2D g) {
        int[] ry = rowY(), cx = colX();
        g.setColor(new Color(ink, ink, ink));
        int h0 = thick / 2;
        for (int i = 0; i <= rows(); i++) {
            for (int j = 0; j < cols(); j++) {
                if (!hRuled(i, j)) continue;
                hLine(g, cx[j] - h0, cx[j + 1] - h0 + thick, ry[i] - h0);
                if (doubleGap > 0 && (i == 0 || i == rows())) {
                    int off = i == 0 ? -doubleGap - thick : doubleGap + thick;
                    hLine(g, cx[j] - h0 - (j == 0 ? doubleGap + thick : 0), cx[j + 1] - h0 + thick + (j == cols() - 1 ? doubleGap + thick : 0), ry[i] - h0 + off);
                }
            }
        }
        int bottom = openBottomTo >= 0 ? openBottomTo : ry[rows()] - h0 + thick;
        for (int k = 0; k <= cols(); k++) {
            for (int i = 0; i < rows(); i++) {
                if (!vRuled(k, i)) continue;
                int end = i == rows() - 1 ? bottom : ry[i + 1] - h0 + thick;
                vLine(g, cx[k] - h0, ry[i] - h0, end);
                if (doubleGap > 0 && (k == 0 || k == cols())) {
                    int off = k == 0 ? -doubleGap - thick : doubleGap + thick;
                    vLine(g, cx[k] - h0 + off, ry[i] - h0 - (i == 0 ? doubleGap + thick : 0), end + (i == rows() - 1 ? doubleGap + thick : 0));
                }
            }
        }
        g.setColor(Color.BLACK);
        if (!text) return;
        g.setFont(TestPages.banglaFont(9, dpi));
        int pad = Math.max(4, dpi / 16);
        int w = 0;
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                int[] m = cellAt(r, c);
                if (m[0] != r || m[1] != c) continue;
                String word = TestPages.BANGLA_WORDS.get(w++ % TestPages.BANGLA_WORDS.size());
                int cellW = cx[c + m[3]] - cx[c] - thick, cellH = ry[r + m[2]] - ry[r] - thick;
                if (openBottomTo >= 0 && r + m[2] == rows()) cellH = openBottomTo - ry[r] - thick;
                java.awt.geom.Rectangle2D b = new java.awt.font.TextLayout(word, g.getFont(), g.getFontRenderContext()).getBounds();
                if (b.getWidth() > cellW - 2 * pad) {
                    word = word.substring(0, 3);
                    b = new java.awt.font.TextLayout(word, g.getFont(), g.getFontRenderContext()).getBounds();
                }
                if (b.getHeight() + 6 > cellH || b.getWidth() + 6 > cellW) continue; // does not fit: leave empty
                int top = Math.min(pad, (int) ((cellH - b.getHeight()) / 2));
                g.drawString(word, cx[c] + pad, (int) Math.round(ry[r] + thick / 2.0 + top - b.getY()));
            }
        }
    }

    private void hLine(Graphics2D g, int xa, int xb, int y) {
        if (dashPeriod <= 0) { g.fillRect(xa, y, xb - xa, thick); return; }
        for (int x = xa; x < xb; x += dashPeriod) g.fillRect(x, y, Math.min(dashPeriod - dashGap, xb - x), thick);
    }

    private void vLine(Graphics2D g, int x, int ya, int yb) {
        if (dashPeriod <= 0) { g.fillRect(x, ya, thick, yb - ya); return; }
        for (int y = ya; y < yb; y += dashPeriod) g.fillRect(x, y, thick, Math.min(dashPeriod - dashGap, yb - y));
    }

    /** A binary page of size w x h with this table on it. */
    static PreparedPage binaryPage(BufferedImage img, int dpi) {
        GrayImage gray = GrayImage.of(img);
        byte[] b = gray.pixels().clone();
        for (int i = 0; i < b.length; i++) b[i] = (byte) ((b[i] & 0xff) < 160 ? 0 : 255);
        return new PreparedPage(1, gray, new GrayImage(gray.width(), gray.height(), b), dpi, 0, 0);
    }

    /**
     * Asserts that {@code g} is this table: line positions within {@code tol} pixels, the same
     * cells with the same spans, each grid position covered once, boxes inside the rulings.
     */
    void assertMatches(Grid g, int tol) {
        int[] ry = rowY(), cx = colX();
        if (openBottomTo >= 0) ry[rows()] = openBottomTo;
        assertThat(g.rows()).as("grid rows").isEqualTo(rows());
        assertThat(g.cols()).as("grid columns").isEqualTo(cols());
        for (int i = 0; i <= rows(); i++) assertThat(g.rowLines().get(i)).as("row line " + i).isCloseTo(ry[i], org.assertj.core.data.Offset.offset(tol));
        for (int k = 0; k <= cols(); k++) assertThat(g.colLines().get(k)).as("column line " + k).isCloseTo(cx[k], org.assertj.core.data.Offset.offset(tol));
        assertCoversOnce(g);
        int half = (thick + 1) / 2;
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                int[] m = cellAt(r, c);
                Cell cell = g.cellAt(r, c);
                assertThat(new int[] {cell.row(), cell.col(), cell.rowSpan(), cell.colSpan()}).as("cell at %d,%d", r, c).containsExactly(m);
                if (m[0] != r || m[1] != c) continue;
                Rect box = cell.box();
                int top = ry[m[0]] + half, bottom = ry[m[0] + m[2]] - half;
                int left = cx[m[1]] + half, right = cx[m[1] + m[3]] - half;
                if (openBottomTo >= 0 && m[0] + m[2] == rows()) bottom = openBottomTo;
                assertThat(box.y()).as("top of %d,%d", r, c).isBetween(top, top + tol + 2);
                assertThat(box.bottom()).as("bottom of %d,%d", r, c).isBetween(bottom - tol - 2, bottom);
                assertThat(box.x()).as("left of %d,%d", r, c).isBetween(left, left + tol + 2);
                assertThat(box.right()).as("right of %d,%d", r, c).isBetween(right - tol - 2, right);
            }
        }
    }

    /** Every grid position is covered by exactly one cell, and the cells are listed in row-major order. */
    static void assertCoversOnce(Grid g) {
        int[][] count = new int[g.rows()][g.cols()];
        int prev = -1;
        for (Cell c : g.cells()) {
            int order = c.row() * g.cols() + c.col();
            assertThat(order).as("row-major order").isGreaterThan(prev);
            prev = order;
            for (int r = c.row(); r <= c.lastRow(); r++) {
                for (int k = c.col(); k <= c.lastCol(); k++) count[r][k]++;
            }
        }
        for (int r = 0; r < g.rows(); r++) {
            for (int k = 0; k < g.cols(); k++) assertThat(count[r][k]).as("cover of %d,%d", r, k).isEqualTo(1);
        }
    }
}
