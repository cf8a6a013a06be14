package org.suchi.reading;

import org.suchi.image.InkBands;
import java.util.ArrayList;
import java.util.List;
import org.suchi.image.GrayImage;
import org.suchi.image.PreparedPage;
import org.suchi.image.Rect;
import org.suchi.layout.Cell;
import org.suchi.layout.Grid;
import org.suchi.layout.TableColumns;

/**
 * What a table's header looked like, cell by cell, so that the same header printed again at the
 * top of the next page is recognised from its ink alone and not OCR'd a second time.
 *
 * <p>Each header cell keeps the size of its ink and a coarse ink-density thumbnail of it. A header
 * repeats when the next table has the same columns and, in its top rows, cells with the same grid
 * positions and spans whose ink has the same size and shape. A body row never passes: its cells
 * hold other words, and one differing cell is enough to fall back to reading the rows.
 *
 * @param columns the header's column roles (for a grid with the same columns)
 * @param cols    the number of grid columns
 * @param cells   the header cells with their readings
 */
public record HeaderPrint(TableColumns columns, int cols, List<Printed> cells) {
    static final int TW = 32, TH = 8;
    /** Thumbnails of the same printed words correlate above this; other words rarely pass 0.6. */
    static final double MIN_CORRELATION = 0.85;
    /** Ink boxes of the same words differ in size by a few pixels of scan noise, not more. */
    static final double MAX_SIZE_CHANGE = 0.12;

    public HeaderPrint {
        cells = List.copyOf(cells);
    }

    /** One header cell: its reading and, when inked, its ink box size and thumbnail. */
    public record Printed(CellReading reading, int inkWidth, int inkHeight, int tw, int th, float[] thumb) {
        boolean inked() { return thumb != null; }
    }

    /** The print of a header that was just read on {@code page}; null when it holds too little ink to be recognised. */
    public static HeaderPrint of(PreparedPage page, Grid g, TableColumns columns, List<CellReading> header) {
        if (columns.headerRows() <= 0 || header.isEmpty()) return null;
        List<Printed> cells = new ArrayList<>();
        int inked = 0;
        for (CellReading cr : header) {
            Printed p = print(page, cr.cell(), cr, null);
            if (p.inked()) inked++;
            cells.add(p);
        }
        return inked >= 2 ? new HeaderPrint(columns, g.cols(), cells) : null;
    }

    /**
     * The header readings, re-bound to {@code g}'s cells, when {@code g}'s top rows repeat this
     * header on {@code page}; null when they do not (then the rows must be read).
     */
    public List<CellReading> match(PreparedPage page, Grid g) {
        if (g.cols() != cols || g.rows() <= columns.headerRows()) return null;
        List<CellReading> out = new ArrayList<>();
        for (Printed p : cells) {
            Cell want = p.reading().cell();
            Cell got = cellAt(g, want.row(), want.col());
            if (got == null || got.row() != want.row() || got.col() != want.col()
                    || got.rowSpan() != want.rowSpan() || got.colSpan() != want.colSpan()) return null;
            Printed now = print(page, got, null, p);
            if (!same(p, now)) return null;
            CellReading r = p.reading();
            out.add(new CellReading(got, r.role(), r.text(), r.confidence(), List.of(), r.blank()));
        }
        // the row below the header must not belong to it (a spanning header cell ends there)
        for (Cell c : g.cells()) {
            if (c.row() < columns.headerRows() && c.lastRow() >= columns.headerRows()) return null;
        }
        return out;
    }

    private static Cell cellAt(Grid g, int row, int col) {
        try {
            return g.cellAt(row, col);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean same(Printed a, Printed b) {
        if (a.inked() != b.inked()) return false;
        if (!a.inked()) return true;
        if (Math.abs(b.inkWidth() / (double) a.inkWidth() - 1) > MAX_SIZE_CHANGE) return false;
        if (Math.abs(b.inkHeight() / (double) a.inkHeight() - 1) > MAX_SIZE_CHANGE) return false;
        return correlation(a.thumb(), b.thumb()) >= MIN_CORRELATION;
    }

    /**
     * The print of cell {@code c}; its thumbnail has as many blocks as {@code like}'s, or, for a
     * first print, up to TW × TH blocks of at least 3 × 3 pixels (a lone digit gets a coarse grid).
     */
    private static Printed print(PreparedPage page, Cell c, CellReading reading, Printed like) {
        int d = Math.max(2, page.dpi() / 100);
        List<Rect> bands = InkBands.lines(page.binary(), c.box().inset(d), page.dpi());
        if (bands.isEmpty()) return new Printed(reading, 0, 0, 0, 0, null);
        Rect ink = InkBands.union(bands);
        int tw = like != null && like.inked() ? like.tw() : Math.max(2, Math.min(TW, ink.width() / 3));
        int th = like != null && like.inked() ? like.th() : Math.max(2, Math.min(TH, ink.height() / 3));
        return new Printed(reading, ink.width(), ink.height(), tw, th, thumbnail(page.binary(), ink, tw, th));
    }

    /** Share of ink in each of tw × th blocks of {@code r} on a 0-ink binary image. */
    static float[] thumbnail(GrayImage binary, Rect r, int tw, int th) {
        float[] t = new float[tw * th];
        int[] n = new int[tw * th];
        for (int y = r.y(); y < r.bottom(); y++) {
            int ty = Math.min(th - 1, (y - r.y()) * th / r.height());
            for (int x = r.x(); x < r.right(); x++) {
                int tx = Math.min(tw - 1, (x - r.x()) * tw / r.width());
                int k = ty * tw + tx;
                n[k]++;
                if (binary.get(x, y) == 0) t[k]++;
            }
        }
        for (int k = 0; k < t.length; k++) if (n[k] > 0) t[k] /= n[k];
        return t;
    }

    /** Pearson correlation of two thumbnails; 0 when either is flat. */
    static double correlation(float[] a, float[] b) {
        double ma = 0, mb = 0;
        for (int i = 0; i < a.length; i++) { ma += a[i]; mb += b[i]; }
        ma /= a.length;
        mb /= b.length;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.length; i++) {
            double x = a[i] - ma, y = b[i] - mb;
            sab += x * y;
            saa += x * x;
            sbb += y * y;
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }
}
