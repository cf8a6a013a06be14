package org.suchi.textlayer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.suchi.layout.Cell;
import org.suchi.layout.ColumnRole;
import org.suchi.layout.Grid;
import org.suchi.layout.HeaderAnalyzer;
import org.suchi.layout.TableColumns;
import org.suchi.reading.CellReading;
import org.suchi.reading.ColumnTemplate;
import org.suchi.reading.HeaderRows;
import org.suchi.reading.OcrText;
import org.suchi.reading.PageReading;
import org.suchi.reading.TableReading;

/**
 * A page's text layer and grids to the same {@link PageReading} the OCR path gives: every glyph goes to
 * the table cell its centre lies in, each cell's glyphs become its text lines ({@link TextLines}); the
 * header rows are found and named as on a scan ({@link HeaderAnalyzer}); glyphs outside the tables are
 * the page's free text (a cover letter, or the title block above the first table).
 */
public final class TextPageReader {

    private final HeaderAnalyzer headers = new HeaderAnalyzer();

    /**
     * @param previous  the columns of the last header seen on an earlier page, or null
     * @param tableSeen true when an earlier page held the report table (then a page without table adds no free text)
     */
    public PageReading read(PageContent page, List<Grid> grids, ColumnTemplate previous, boolean tableSeen) {
        Map<Grid, Map<Cell, List<Glyph>>> inCells = new IdentityHashMap<>();
        for (Grid g : grids) inCells.put(g, new HashMap<>());
        List<Glyph> free = new ArrayList<>();
        for (Glyph gl : page.glyphs()) {
            Cell c = null;
            Grid in = null;
            for (Grid g : grids) {
                c = cellOf(g, gl.centerX(), gl.centerY());
                if (c != null) {
                    in = g;
                    break;
                }
            }
            if (c == null) free.add(gl);
            else inCells.get(in).computeIfAbsent(c, k -> new ArrayList<>()).add(gl);
        }
        List<TableReading> tables = new ArrayList<>();
        ColumnTemplate template = previous;
        for (Grid g : grids) {
            TableReading t = table(g, inCells.get(g), template);
            if (t == null) continue;
            tables.add(t);
            if (t.columns().headerRows() > 0) template = new ColumnTemplate(t.columns(), g);
        }
        return new PageReading(page.page(), page.width(), page.height(), tables,
                freeText(page, free, tables, tableSeen || previous != null), null, null, true);
    }

    private static OcrText freeText(PageContent page, List<Glyph> free, List<TableReading> tables, boolean tableSeen) {
        if (tables.isEmpty()) return tableSeen ? OcrText.EMPTY : TextLines.of(free);
        int top = tables.get(0).grid().bounds().y() - page.dpi() / 30;
        List<Glyph> above = new ArrayList<>();
        for (Glyph g : free) if (g.baseline() < top) above.add(g);
        return TextLines.of(above);
    }

    /** The cell whose grid position holds (x, y), or null when the point is outside the grid. */
    static Cell cellOf(Grid g, double x, double y) {
        int col = slot(g.colLines(), x), row = slot(g.rowLines(), y);
        if (col < 0 || row < 0) return null;
        return g.cellAt(row, col);
    }

    private static int slot(List<Integer> lines, double v) {
        if (v < lines.get(0) || v >= lines.get(lines.size() - 1)) return -1;
        for (int i = 0; i + 1 < lines.size(); i++) if (v < lines.get(i + 1)) return i;
        return -1;
    }

    private TableReading table(Grid g, Map<Cell, List<Glyph>> glyphs, ColumnTemplate previous) {
        if (g.rows() < 1 || g.cols() < 3) return null;
        Map<Cell, OcrText> text = new HashMap<>();
        for (Cell c : g.cells()) text.put(c, TextLines.of(glyphs.getOrDefault(c, List.of())));
        // paragraphs measured against the table's usual line pitch (most cells wrap their text)
        double pitch = TextLines.pitch(text.values());
        for (Cell c : g.cells()) text.put(c, TextLines.paragraphs(text.get(c), pitch));
        Function<Cell, String> texts = c -> text.get(c).text().isBlank() ? null : text.get(c).text();
        int headerRows = HeaderRows.count(g, r -> texts);
        List<CellReading> header = new ArrayList<>();
        for (Cell c : g.cells()) if (c.row() < headerRows) header.add(reading(c, ColumnRole.UNKNOWN, text.get(c)));
        TableColumns columns = HeaderRows.columns(headers, g, header, headerRows, previous);
        if (columns == null) return null;
        List<CellReading> body = new ArrayList<>();
        for (Cell c : g.cells()) {
            if (c.row() < columns.headerRows()) continue;
            body.add(reading(c, columns.roles().get(c.col()), text.get(c)));
        }
        return new TableReading(g, columns, header, body);
    }

    private static CellReading reading(Cell c, ColumnRole role, OcrText t) {
        if (t.lines().isEmpty()) return new CellReading(c, role, "", 1.0, List.of(), true);
        return new CellReading(c, role, t.text(), 1.0, t.lines(), false);
    }
}
