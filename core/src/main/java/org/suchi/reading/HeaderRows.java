package org.suchi.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.suchi.layout.Cell;
import org.suchi.layout.Grid;
import org.suchi.layout.HeaderAnalyzer;
import org.suchi.layout.TableColumns;

/**
 * Which top rows of a table are its header, judged from their texts however they were read (OCR or a
 * PDF's text layer), the header's text per column, and the table's columns: named from its own header, else
 * those of the previous page's header ({@link ColumnTemplate}). The one header resolver of both readers.
 */
public final class HeaderRows {
    private HeaderRows() {}

    /** Rows probed for a header at most. */
    public static final int MAX = 5;
    private static final Pattern CODE = Pattern.compile("[\\[(]\\s*[০-৯0-9]{1,2}\\s*[.,]\\s*[০-৯0-9]");
    /** An indicator code whose bracket did not read ("| ২.২.২]", "২.২.২]"). */
    private static final Pattern BARE_CODE = Pattern.compile("[০-৯0-9]\\s*[.,]\\s*[০-৯0-9]\\s*[.,]\\s*[০-৯0-9]\\s*\\]");
    /** A percent-row cell; Tesseract often reads the % as ০ ("১০০০", "৮০%০"). */
    private static final Pattern PERCENT_CELL = Pattern.compile("^\\s*(১০০|৯০|৮০|৭০|৬০|100|90|80|70|60)\\s*[%০.]*\\s*$");
    private static final Pattern SMALL_NUMBER = Pattern.compile("^\\s*[০-৯0-9]{1,2}\\s*$");
    private static final Pattern DATE_LIKE = Pattern.compile("[০-৯0-9]{1,2}\\s*[/.\\-]\\s*[০-৯0-9]{1,2}\\s*[/.\\-]\\s*[০-৯0-9]{2,4}");

    /**
     * A header row names columns, or is the percent row, or the column-number row (১ ২ ৩ …).
     *
     * @param text the text of a cell of the row: null when the cell is blank, "" when its ink did not read
     */
    public static boolean isHeaderRow(Grid g, Function<Cell, String> text, int row) {
        int labels = 0, percents = 0, numbers = 0, filled = 0;
        for (Cell c : g.cells()) {
            if (c.row() != row) continue;
            String t = strip(text.apply(c));
            if (t.isEmpty()) continue;
            filled++;
            if (CODE.matcher(t).find() || BARE_CODE.matcher(t).find() || DATE_LIKE.matcher(t).find()) return false;
            if (PERCENT_CELL.matcher(t).matches()) percents++;
            else if (SMALL_NUMBER.matcher(t).matches()) numbers++;
            else if (HeaderAnalyzer.isLabel(t)) labels++;
        }
        if (filled == 0) return false;
        // in the percent row the other columns' header cells span down from above: it holds only percents
        return labels >= 2 || (percents >= 2 && filled - percents <= 1) || numbers >= Math.max(3, g.cols() / 2);
    }

    /**
     * A row right below the header whose filled cells all hold a few characters at most (or nothing
     * that could be read: "") is the percent row or the column-number row, even where single digits did not
     * read. Blank cells (null) do not count.
     */
    public static boolean isShortRow(Grid g, Function<Cell, String> text, int row) {
        int filled = 0;
        for (Cell c : g.cells()) {
            if (c.row() != row || text.apply(c) == null) continue;
            String t = text.apply(c).strip();
            if (t.codePointCount(0, t.length()) > 4 || CODE.matcher(t).find()) return false;
            filled++;
        }
        return filled >= 3;
    }

    /** Per grid column, the texts of the header cells above it (spanning cells count for every column they cover). */
    public static List<String> headerTexts(Grid g, List<CellReading> header, int headerRows) {
        List<String> out = new ArrayList<>();
        for (int col = 0; col < g.cols(); col++) {
            StringBuilder sb = new StringBuilder();
            for (CellReading cr : header) {
                Cell c = cr.cell();
                if (c.row() < headerRows && col >= c.col() && col <= c.lastCol() && !cr.text().isBlank()) {
                    sb.append(cr.text().replace('\n', ' ')).append(' ');
                }
            }
            out.add(sb.toString().trim());
        }
        return out;
    }

    /**
     * How many top rows of {@code g} are header rows. Rows are read one at a time, as the loop needs them:
     * {@code readRow.apply(r)} reads row {@code r} and answers the texts of the cells read so far (null for a
     * blank cell, "" for ink that did not read). The loop stops at the first row that is not header (a short
     * row right after header rows still counts: a split header line).
     */
    public static int count(Grid g, IntFunction<Function<Cell, String>> readRow) {
        return count(g, readRow, false);
    }

    /**
     * As {@link #count(Grid, IntFunction)}; for the document's first report table ({@code firstTable}: no earlier
     * page's header to inherit), when no row reads as header by its words (small type, a poor scan), the rows above
     * the first row whose cells open with codes ([১.১], [১.১.১]) are the header: the forms print nothing else
     * there. Never on a continuation page, whose first rows may be the end of a row split across pages. {@code
     * readRow} must answer the same texts when asked for a row again.
     */
    public static int count(Grid g, IntFunction<Function<Cell, String>> readRow, boolean firstTable) {
        int headerRows = 0;
        for (int r = 0; r < Math.min(MAX, g.rows()); r++) {
            Function<Cell, String> text = readRow.apply(r);
            if (!isHeaderRow(g, text, r) && !(headerRows == r && r > 0 && isShortRow(g, text, r))) break;
            headerRows = r + 1;
        }
        if (headerRows > 0 || !firstTable) return headerRows;
        for (int r = 0; r < Math.min(MAX - 1, g.rows()); r++) {
            Function<Cell, String> text = readRow.apply(r);
            int coded = 0;
            boolean dated = false;
            for (Cell c : g.cells()) {
                if (c.row() != r) continue;
                String t = strip(text.apply(c));
                if (CODE.matcher(t).find() || BARE_CODE.matcher(t).find() || OPENING_CODE.matcher(t).find()) coded++;
                if (DATE_LIKE.matcher(t).find()) dated = true;
            }
            if (coded >= 2) return r; // rows 0 .. r-1 are header (none when the codes are in the first row)
            if (dated) return 0;
        }
        return 0;
    }

    /** A cell that opens with a bracketed code whose dots may be lost ("[১:১১ সেবা", "(৯১1 সেবা"). */
    private static final Pattern OPENING_CODE = Pattern.compile("^[\\[(|{]\\s*[০-৯0-9]{1,2}\\s*[.,:]?\\s*[০-৯0-9]");

    /**
     * The columns of a table whose first {@code headerRows} rows are the {@code header} readings: named by
     * {@code headers} from the header's texts; when the table has no header, or one that does not name a
     * report table, the previous page's header mapped onto this grid. Null when the table is not part of a
     * report (no report header here, and none before).
     */
    public static TableColumns columns(HeaderAnalyzer headers, Grid g, List<CellReading> header, int headerRows,
                                       ColumnTemplate previous) {
        return columns(headers, g, header, headerRows, previous, List.of()).columns();
    }

    /**
     * As {@link #columns(HeaderAnalyzer, Grid, List, int, ColumnTemplate)}; {@code top} also holds the readings of
     * the first body row, so that a header whose words did not read can still be named from the table's shape
     * ({@link HeaderAnalyzer#analyze(List, int, List, List)}), when there is no earlier page's header to fall back
     * on. The result is null-columned when the table is not part of a report.
     */
    public static HeaderAnalyzer.Inferred columns(HeaderAnalyzer headers, Grid g, List<CellReading> header, int headerRows,
                                                  ColumnTemplate previous, List<CellReading> top) {
        TableColumns columns;
        if (headerRows > 0) {
            columns = headers.analyze(headerTexts(g, header, headerRows), headerRows);
            List<int[]> spans = spans(header, headerRows);
            // the words named a report table the forms cannot have (a misread label among the levels): not trusted
            boolean named = columns.isReportTable() && HeaderAnalyzer.consistent(columns, spans);
            if (!named && previous == null && !top.isEmpty()) {
                HeaderAnalyzer.Inferred shaped = headers.analyze(headerTexts(g, header, headerRows), headerRows,
                        spans, firstBodyRow(g, top, headerRows));
                if (shaped.fromShape()) return shaped;
            }
            if (!named && previous != null) {
                TableColumns mapped = previous.mapTo(g);
                if (!columns.isReportTable() || mapped.isReportTable()) columns = mapped;
            }
        } else if (previous != null) {
            columns = previous.mapTo(g);
        } else {
            return new HeaderAnalyzer.Inferred(null, false); // a table before any report header: not part of a report
        }
        return new HeaderAnalyzer.Inferred(columns.isReportTable() ? columns : null, false);
    }

    /** The header cells that span columns, as {first column, last column}. */
    static List<int[]> spans(List<CellReading> header, int headerRows) {
        List<int[]> out = new ArrayList<>();
        for (CellReading cr : header) {
            Cell c = cr.cell();
            if (c.row() < headerRows && c.colSpan() > 1) out.add(new int[] {c.col(), c.lastCol()});
        }
        return out;
    }

    /** Per grid column, the text of the first body row's cell that starts there ("" when none was read). */
    static List<String> firstBodyRow(Grid g, List<CellReading> top, int headerRows) {
        List<String> out = new ArrayList<>();
        for (int col = 0; col < g.cols(); col++) out.add("");
        for (CellReading cr : top) {
            Cell c = cr.cell();
            if (c.row() == headerRows && cr.text() != null) out.set(c.col(), cr.text().replace('\n', ' '));
        }
        return out;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
