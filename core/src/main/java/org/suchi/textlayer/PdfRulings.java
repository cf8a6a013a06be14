package org.suchi.textlayer;

import java.util.ArrayList;
import java.util.List;
import org.suchi.image.Rect;
import org.suchi.layout.Cell;
import org.suchi.image.GrayImage;
import org.suchi.layout.Grid;
import org.suchi.layout.RulingLayoutAnalyzer;

/**
 * Table grids from the rulings a PDF draws: only the ruling lines (no text, no images) are painted
 * into an empty page at the page's dpi, and the layout stage's own table finder and grid builder
 * ({@link RulingLayoutAnalyzer}) turn them into the same {@link Grid} records as for a scan — merged
 * cells, header spans and all. With exact, text-free lines that stage has nothing to guess.
 */
public final class PdfRulings {
    private final RulingLayoutAnalyzer layout;

    public PdfRulings(RulingLayoutAnalyzer layout) {
        this.layout = layout;
    }

    /** Resolution the rulings are painted at: exact lines need no more, and the grid search is ~9x faster than at 300 dpi. */
    static final int RASTER_DPI = 100;

    /** The ruled tables of {@code page}, top to bottom (none when it draws no rulings), in page pixels. */
    public List<Grid> tables(PageContent page) {
        if (page.rulings().size() < 4) return List.of();
        int dpi = Math.min(RASTER_DPI, page.dpi());
        double k = dpi / (double) page.dpi();
        GrayImage img = paint(page, k);
        List<Grid> out = new ArrayList<>();
        for (Grid g : layout.tables(img, null, dpi)) out.add(scale(g, 1 / k));
        return out;
    }

    private static Grid scale(Grid g, double f) {
        List<Integer> rows = g.rowLines().stream().map(v -> (int) Math.round(v * f)).toList();
        List<Integer> cols = g.colLines().stream().map(v -> (int) Math.round(v * f)).toList();
        List<Cell> cells = new ArrayList<>();
        for (Cell c : g.cells()) cells.add(new Cell(c.row(), c.col(), c.rowSpan(), c.colSpan(), scale(c.box(), f)));
        return new Grid(scale(g.bounds(), f), rows, cols, cells);
    }

    private static Rect scale(Rect r, double f) {
        int x = (int) Math.round(r.x() * f), y = (int) Math.round(r.y() * f);
        return new Rect(x, y, (int) Math.round(r.right() * f) - x, (int) Math.round(r.bottom() * f) - y);
    }

    /**
     * One band of ruled rows (the rest of a table cut by a page break, often a single row, which the
     * table finder does not take for a table): every horizontal ruling at least half the band wide is a
     * row line, every vertical ruling a column line; a cell spans the columns whose separating ruling
     * does not cross its row. Null when the rulings form no such band (fewer than 2 rows lines or 4 columns).
     */
    public static Grid band(PageContent page) {
        List<Ruling> hs = new ArrayList<>(), vs = new ArrayList<>();
        for (Ruling r : page.rulings()) (r.horizontal() ? hs : vs).add(r);
        if (hs.size() < 2 || vs.size() < 4) return null;
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE;
        for (Ruling r : hs) {
            x0 = Math.min(x0, r.x0());
            x1 = Math.max(x1, r.x1());
        }
        double tol = page.dpi() / 30.0;
        // a row line: horizontal pieces at one height covering half the band (Skia draws one piece per cell);
        // the band's top and bottom are where its column rulings end (a cut row has no top border)
        double y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Ruling r : vs) {
            y0 = Math.min(y0, r.y0());
            y1 = Math.max(y1, r.y1());
        }
        List<Double> lines = new ArrayList<>();
        for (int y : clusters(hs.stream().map(r -> (r.y0() + r.y1()) / 2).toList(), tol)) {
            double covered = 0;
            for (Ruling r : hs) if (Math.abs((r.y0() + r.y1()) / 2 - y) <= tol) covered += r.length();
            if (covered >= (x1 - x0) / 2) lines.add((double) y);
        }
        lines.add(y0);
        lines.add(y1);
        List<Integer> rows = clusters(lines, tol);
        List<Integer> cols = clusters(vs.stream().map(r -> (r.x0() + r.x1()) / 2).toList(), tol);
        if (rows.size() < 2 || cols.size() < 4) return null;
        int inset = Math.max(1, page.dpi() / 100);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i + 1 < rows.size(); i++) {
            double mid = (rows.get(i) + rows.get(i + 1)) / 2.0;
            int start = 0;
            for (int k = 1; k < cols.size(); k++) {
                boolean last = k == cols.size() - 1;
                if (!last && !crosses(vs, cols.get(k), mid, tol)) continue;
                int x = cols.get(start), y = rows.get(i);
                Rect box = new Rect(x, y, cols.get(k) - x, rows.get(i + 1) - y).inset(inset);
                cells.add(new Cell(i, start, 1, k - start, box));
                start = k;
            }
        }
        int bx = cols.get(0), by = rows.get(0);
        return new Grid(new Rect(bx, by, cols.get(cols.size() - 1) - bx, rows.get(rows.size() - 1) - by), rows, cols, cells);
    }

    private static boolean crosses(List<Ruling> vs, int x, double y, double tol) {
        for (Ruling r : vs) if (Math.abs((r.x0() + r.x1()) / 2 - x) <= tol && r.y0() <= y && r.y1() >= y) return true;
        return false;
    }

    private static List<Integer> clusters(List<Double> values, double tol) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        List<Integer> out = new ArrayList<>();
        double sum = 0;
        int n = 0;
        for (double x : v) {
            if (n > 0 && x - sum / n > tol) {
                out.add((int) Math.round(sum / n));
                sum = 0;
                n = 0;
            }
            sum += x;
            n++;
        }
        if (n > 0) out.add((int) Math.round(sum / n));
        return out;
    }

    /** The rulings painted black (0) on white (255) at {@code k} times the page's scale; every line at least two pixels thick. */
    static GrayImage paint(PageContent page, double k) {
        int w = (int) Math.ceil(page.width() * k), h = (int) Math.ceil(page.height() * k);
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 255);
        for (Ruling r : page.rulings()) {
            int x0 = (int) Math.floor(r.x0() * k), x1 = (int) Math.ceil(r.x1() * k);
            int y0 = (int) Math.floor(r.y0() * k), y1 = (int) Math.ceil(r.y1() * k);
            if (x1 - x0 < 2) x1 = x0 + 2;
            if (y1 - y0 < 2) y1 = y0 + 2;
            x0 = Math.max(0, x0);
            y0 = Math.max(0, y0);
            x1 = Math.min(w, x1);
            y1 = Math.min(h, y1);
            for (int y = y0; y < y1; y++) java.util.Arrays.fill(px, y * w + x0, Math.max(y * w + x0, y * w + x1), (byte) 0);
        }
        return new GrayImage(w, h, px);
    }
}
