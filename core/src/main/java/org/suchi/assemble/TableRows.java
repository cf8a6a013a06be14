package org.suchi.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.suchi.image.Rect;
import org.suchi.layout.Cell;
import org.suchi.layout.ColumnRole;
import org.suchi.layout.Grid;
import org.suchi.model.Level;
import org.suchi.normalise.Codes;
import org.suchi.reading.CellReading;
import org.suchi.reading.OcrText;
import org.suchi.reading.PageReading;
import org.suchi.reading.TableReading;

/**
 * Turns the tables of a document, page after page, into one {@link RowDraft} per indicator: an
 * indicator cell is one row unless it holds several codes (stacked indicators, whose values are then
 * split by line position); area and activity carry down over spanning or blank cells and across pages;
 * a row cut by a page break is joined to its start.
 */
final class TableRows {
    private final List<RowDraft> rows = new ArrayList<>();
    private String areaCode, areaText, areaWeight, activityCode, activityText, serial;
    /** What the carried values were read from (for evidence). */
    private List<Piece> areaFrom = List.of(), areaWeightFrom = List.of(), activityFrom = List.of(), serialFrom = List.of();
    /** The page being added: where its pieces were read. */
    private PageReading where;
    /** Table rows read so far (each a stack of one or more indicators). */
    private int stacks;

    static final String PENDING = "indicator code missing";

    List<RowDraft> rows() {
        return rows;
    }

    /** Adds a table of page {@code p}; its pieces know where on the page they were read. */
    void add(PageReading p, TableReading table) {
        where = p;
        try {
            add(p.page(), table);
        } finally {
            where = null;
        }
    }

    void add(int page, TableReading table) {
        Grid g = table.grid();
        int ind = table.columns().find(ColumnRole.INDICATOR);
        Map<Cell, CellReading> byCell = new IdentityHashMap<>();
        for (CellReading cr : table.body()) byCell.put(cr.cell(), cr);
        int first = table.columns().headerRows();
        boolean firstUnit = true;
        for (int r = first; r < g.rows(); ) {
            Cell indicatorCell = g.cellAt(r, ind);
            int r0 = Math.max(first, indicatorCell.row()), r1 = indicatorCell.lastRow();
            addUnit(page, table, byCell, indicatorCell, r0, r1, firstUnit);
            firstUnit = false;
            r = r1 + 1;
        }
    }

    private void addUnit(int page, TableReading table, Map<Cell, CellReading> byCell, Cell indicatorCell,
                         int r0, int r1, boolean firstOnPage) {
        Grid g = table.grid();
        CellReading indicator = byCell.get(indicatorCell);
        if (indicator == null) return;
        List<Codes.Coded> pieces = Codes.splitAll(indicator.text());
        List<Codes.Coded> coded = new ArrayList<>();
        String lead = null;
        for (Codes.Coded p : pieces) {
            if (p.hasCode()) coded.add(p);
            else lead = p.text();
        }
        boolean empty = indicator.blank() || indicator.text().isBlank();
        Map<ColumnRole, List<List<Piece>>> cols = collect(table, byCell, g, r0, r1);
        Map<Level, List<List<Piece>>> levels = collectLevels(table, byCell, g, r0, r1);
        // at the top of a page: a unit without a code is the rest of a row cut by the page break, and a
        // code may complete a stacked row whose code did not fit above the break
        if (firstOnPage && !rows.isEmpty()) {
            RowDraft last = rows.get(rows.size() - 1);
            if (coded.isEmpty()) {
                if (lead != null) last.source("indicator", pieces(indicator));
                continueLast(lead, cols, levels);
                return;
            }
            if (last.pendingCode) {
                List<Integer> at = codeLineStarts(indicator, coded);
                int end = at.size() > 1 ? at.get(1) : Integer.MAX_VALUE;
                last.source("indicator", pieces(indicator).stream().filter(p -> p.y() < end).toList());
                Codes.Coded c = coded.remove(0);
                last.indicatorCode = c.code();
                last.indicatorText = RowDraft.join(last.indicatorText, c.text());
                last.pendingCode = false;
                last.problems.removeIf(p -> p.startsWith(PENDING));
                continueLast(null, cols, levels);
                if (coded.isEmpty()) return;
            }
        }
        if (empty && allBlank(cols)) return; // an empty ruled row
        updateCarried(cols);
        // stacked indicators: as many as codes, or as units / weights stacked in their cells
        int k = Math.max(1, Math.max(coded.size(), Math.max(units(cols), lines(cols.get(ColumnRole.WEIGHT)))));
        List<Integer> starts = codeLineStarts(indicator, coded);
        while (starts.size() < k) starts.add(Integer.MAX_VALUE - 1);
        stacks++;
        for (int i = 0; i < k; i++) {
            RowDraft d = new RowDraft();
            d.page = page;
            d.areaCode = areaCode;
            d.areaText = areaText;
            d.areaWeight = areaWeight;
            d.activityCode = activityCode;
            d.activityText = activityText;
            d.serial = serial;
            d.source("area", areaFrom);
            d.source("area.weight", areaWeightFrom);
            d.source("activity", activityFrom);
            d.source("serial", serialFrom);
            if (i >= coded.size() && !coded.isEmpty()) {
                d.pendingCode = true;
                d.problems.add(PENDING + ": the cell stacks " + k + " values but shows " + coded.size() + " code(s)");
            } else if (coded.isEmpty()) {
                d.indicatorText = lead;
                d.problems.add("indicator code not read");
            } else {
                Codes.Coded c = coded.get(i);
                d.indicatorCode = c.code();
                d.indicatorText = c.text();
                if (c.problem() != null) d.problems.add(c.problem());
            }
            d.conf(indicator.confidence());
            int from = starts.get(i), to = i + 1 < k ? starts.get(i + 1) : Integer.MAX_VALUE;
            boolean firstPart = i == 0;
            int top = firstPart ? Integer.MIN_VALUE : from;
            d.stacked = k > 1;
            d.codesShort = k > coded.size() && !coded.isEmpty();
            d.stack = stacks;
            d.bandPage = page;
            d.bandTop = top;
            d.bandBottom = to;
            d.source("indicator", pieces(indicator).stream().filter(p -> p.y() >= top && p.y() < to).toList());
            d.unit = pick(cols.get(ColumnRole.UNIT), k, i, from, to, firstPart, d, "unit");
            d.weight = pick(cols.get(ColumnRole.WEIGHT), k, i, from, to, firstPart, d, "weight");
            d.achievement = pick(cols.get(ColumnRole.ACHIEVEMENT), k, i, from, to, firstPart, d, "achievement");
            d.progress = pick(cols.get(ColumnRole.PROGRESS), k, i, from, to, firstPart, d, "progress");
            d.score = pick(cols.get(ColumnRole.SCORE), k, i, from, to, firstPart, d, "reported_score");
            d.hasAchievementColumn = table.columns().find(ColumnRole.ACHIEVEMENT) >= 0;
            d.hasProgressColumn = table.columns().find(ColumnRole.PROGRESS) >= 0;
            d.hasAreaColumn = table.columns().find(ColumnRole.AREA) >= 0;
            for (Map.Entry<Level, List<List<Piece>>> e : levels.entrySet()) {
                d.targets.put(e.getKey(), pick(e.getValue(), k, i, from, to, firstPart, d, "targets." + e.getKey().key()));
            }
            rows.add(d);
        }
    }

    private void continueLast(String text, Map<ColumnRole, List<List<Piece>>> cols, Map<Level, List<List<Piece>>> levels) {
        RowDraft last = rows.get(rows.size() - 1);
        last.indicatorText = RowDraft.join(last.indicatorText, text);
        last.progress = RowDraft.join(last.progress, joined(cols.get(ColumnRole.PROGRESS)));
        last.source("progress", all(cols.get(ColumnRole.PROGRESS)));
        if (blank(last.unit)) last.unit = joinedFrom(last, "unit", cols.get(ColumnRole.UNIT));
        if (blank(last.weight)) last.weight = joinedFrom(last, "weight", cols.get(ColumnRole.WEIGHT));
        if (blank(last.achievement)) last.achievement = joinedFrom(last, "achievement", cols.get(ColumnRole.ACHIEVEMENT));
        if (blank(last.score)) last.score = joinedFrom(last, "reported_score", cols.get(ColumnRole.SCORE));
        String act = joined(cols.get(ColumnRole.ACTIVITY));
        if (act != null && Codes.split(act).code() == null) {
            last.activityText = RowDraft.join(last.activityText, act);
            last.source("activity", all(cols.get(ColumnRole.ACTIVITY)));
        }
        String area = joined(cols.get(ColumnRole.AREA));
        if (area != null && Codes.split(area).code() == null) {
            last.areaText = RowDraft.join(last.areaText, area);
            last.source("area", all(cols.get(ColumnRole.AREA)));
        }
        // level values of a cut row are on one side of the break; take this side's where the other had none
        for (Map.Entry<Level, List<List<Piece>>> e : levels.entrySet()) {
            if (blank(last.targets.get(e.getKey()))) {
                last.targets.put(e.getKey(), joinedFrom(last, "targets." + e.getKey().key(), e.getValue()));
            }
        }
    }

    private void updateCarried(Map<ColumnRole, List<List<Piece>>> cols) {
        String area = joined(cols.get(ColumnRole.AREA));
        if (area != null) {
            areaFrom = all(cols.get(ColumnRole.AREA));
            Codes.Coded c = Codes.split(area);
            if (c.code() != null) {
                areaCode = c.code();
                areaText = c.text();
            } else if (!area.isBlank()) {
                // a new area whose code did not read: the code is rebuilt later from the activity codes
                areaCode = null;
                areaText = area;
            }
        }
        String aw = joined(cols.get(ColumnRole.AREA_WEIGHT));
        if (aw != null) {
            areaWeight = aw;
            areaWeightFrom = all(cols.get(ColumnRole.AREA_WEIGHT));
        }
        String act = joined(cols.get(ColumnRole.ACTIVITY));
        if (act != null) {
            activityFrom = all(cols.get(ColumnRole.ACTIVITY));
            Codes.Coded c = Codes.split(act);
            activityCode = c.code();
            activityText = c.text();
        }
        String ser = joined(cols.get(ColumnRole.SERIAL));
        if (ser != null) {
            serial = Codes.serial(ser).orElse(ser.strip());
            serialFrom = all(cols.get(ColumnRole.SERIAL));
        }
    }

    /** For each role, the readings of the distinct cells of that column in rows r0..r1, top to bottom. */
    private Map<ColumnRole, List<List<Piece>>> collect(TableReading t, Map<Cell, CellReading> byCell, Grid g,
                                                              int r0, int r1) {
        Map<ColumnRole, List<List<Piece>>> out = new LinkedHashMap<>();
        List<ColumnRole> roles = t.columns().roles();
        for (int c = 0; c < roles.size(); c++) {
            ColumnRole role = roles.get(c);
            if (role == ColumnRole.LEVEL || role == ColumnRole.UNKNOWN || role == ColumnRole.INDICATOR) continue;
            if (out.containsKey(role)) continue; // a role is read from its first column
            List<List<Piece>> cells = new ArrayList<>();
            for (Cell cell : cellsIn(g, c, r0, r1)) {
                CellReading cr = byCell.get(cell);
                // a spanning cell that starts above this unit was read with an earlier unit
                if (cr != null && cell.row() >= r0) cells.add(pieces(cr));
            }
            out.put(role, cells);
        }
        return out;
    }

    /** For each target level, the readings of its column's distinct cells in rows r0..r1. */
    private Map<Level, List<List<Piece>>> collectLevels(TableReading t, Map<Cell, CellReading> byCell, Grid g,
                                                               int r0, int r1) {
        Map<Level, List<List<Piece>>> out = new LinkedHashMap<>();
        List<Level> levels = t.columns().levels();
        for (int c = 0; c < levels.size(); c++) {
            if (levels.get(c) == null || out.containsKey(levels.get(c))) continue;
            List<List<Piece>> cells = new ArrayList<>();
            for (Cell cell : cellsIn(g, c, r0, r1)) {
                CellReading cr = byCell.get(cell);
                if (cr != null) cells.add(pieces(cr));
            }
            out.put(levels.get(c), cells);
        }
        return out;
    }

    private static List<Cell> cellsIn(Grid g, int col, int r0, int r1) {
        List<Cell> out = new ArrayList<>();
        for (int r = r0; r <= r1; r++) {
            Cell c = g.cellAt(r, col);
            if (!out.contains(c)) out.add(c);
        }
        out.sort(Comparator.comparingInt(Cell::row));
        return out;
    }

    /** The doubt on a cell that holds ink but read as nothing (small type, a faint or resampled scan). */
    static final String INK_UNREAD = "the cell holds ink but nothing was read from it";

    private List<Piece> pieces(CellReading cr) {
        List<Piece> out = new ArrayList<>();
        if (cr.blank()) return out;
        if (cr.text().isBlank() && cr.lines().stream().allMatch(l -> l.text() == null || l.text().isBlank())) {
            // a marker without text: it adds no value, only the doubt (see chosen and text)
            out.add(new Piece("", cr.cell().box().centerY(), 0.0, INK_UNREAD));
            return out;
        }
        if (cr.lines().isEmpty()) {
            if (!cr.text().isBlank()) {
                out.add(new Piece(cr.text(), cr.cell().box().y(), cr.confidence(), cr.doubt(0),
                        spot(cr.cell().box(), cr, List.of(cr.cell().box()))));
            }
            return out;
        }
        List<Rect> boxes = new ArrayList<>();
        for (OcrText.Line l : cr.lines()) boxes.add(l.box() != null ? l.box() : cr.cell().box());
        for (int i = 0; i < cr.lines().size(); i++) {
            OcrText.Line l = cr.lines().get(i);
            out.add(new Piece(l.text(), l.box().centerY(), l.confidence(), cr.doubt(i), spot(boxes.get(i), cr, boxes), l.rereads()));
        }
        return out;
    }

    /** Where a piece of {@code cr} was read: null when the page is not known (tables added by page number only). */
    private Piece.Spot spot(Rect box, CellReading cr, List<Rect> cellLines) {
        if (where == null) return null;
        return new Piece.Spot(where.page(), where.geometry(), where.textLayer(), box, cr.cell().box(), List.copyOf(cellLines));
    }

    /** Every piece of a column's cells, top to bottom. */
    private static List<Piece> all(List<List<Piece>> cells) {
        List<Piece> out = new ArrayList<>();
        if (cells != null) cells.forEach(out::addAll);
        return out;
    }

    /** {@link #joined} of {@code cells}, recorded as what {@code key} of {@code d} was read from. */
    private static String joinedFrom(RowDraft d, String key, List<List<Piece>> cells) {
        String t = joined(cells);
        if (t != null) d.source(key, all(cells));
        return t;
    }

    /** Start y of each coded piece in the indicator cell (the line where its code stands). */
    private static List<Integer> codeLineStarts(CellReading indicator, List<Codes.Coded> coded) {
        List<Integer> starts = new ArrayList<>();
        List<OcrText.Line> lines = indicator.lines();
        int li = 0;
        for (Codes.Coded c : coded) {
            int y = Integer.MIN_VALUE;
            for (; li < lines.size(); li++) {
                if (!Codes.splitAll(lines.get(li).text()).stream().filter(Codes.Coded::hasCode).toList().isEmpty()) {
                    y = lines.get(li).box().y();
                    li++;
                    break;
                }
            }
            starts.add(starts.isEmpty() ? Integer.MIN_VALUE : y);
        }
        if (starts.isEmpty()) starts.add(Integer.MIN_VALUE);
        return starts;
    }

    /**
     * The text of a column for stacked indicator {@code i} of {@code k}: with one distinct cell per
     * indicator, the i-th; with one cell holding k lines, the i-th line; otherwise the lines whose
     * centre lies in the indicator's vertical range.
     */
    private static String pick(List<List<Piece>> cells, int k, int i, int from, int to, boolean firstPart, RowDraft d,
                               String field) {
        long values = cells == null ? 0 : cells.stream().flatMap(List::stream).filter(p -> !p.text().isEmpty()).count();
        boolean shared = k > 1 && cells != null && cells.size() != k;
        if (shared && values > 0 && values < k) d.byPosition.add(field);
        List<Piece> mine = chosen(cells, k, i, from, to, firstPart);
        // a cell shared by stacked indicators whose lines all went to the others by height: this one's may be among them
        if (shared && values > 0 && (mine == null || mine.stream().allMatch(p -> p.text().isEmpty()))) d.byPosition.add(field);
        if (mine == null) return null;
        d.source(field, mine);
        for (Piece p : mine) {
            d.conf(p.confidence());
            if (p.doubt() != null) d.doubts.merge(field, p.doubt(), (a, b) -> a + "; " + b);
        }
        return text(mine);
    }

    private static List<Piece> chosen(List<List<Piece>> cells, int k, int i, int from, int to, boolean firstPart) {
        if (cells == null || cells.isEmpty()) return null;
        List<Piece> all = new ArrayList<>();
        cells.forEach(all::addAll);
        if (k == 1) return all;
        if (cells.size() == k) return cells.get(i);
        all.removeIf(p -> p.text().isEmpty()); // ink-without-text markers do not count as stacked values
        if (all.size() == k) return List.of(all.get(i));
        List<Piece> mine = new ArrayList<>();
        for (Piece p : all) {
            boolean in = p.y() >= from && p.y() < to;
            if (in || (firstPart && p.y() < from)) mine.add(p);
        }
        return mine;
    }

    private static String text(List<Piece> pieces) {
        if (pieces.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            if (p.text().isEmpty()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(p.text());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String joined(List<List<Piece>> cells) {
        if (cells == null || cells.isEmpty()) return null;
        List<Piece> all = new ArrayList<>();
        cells.forEach(all::addAll);
        return text(all);
    }

    /** How many units a unit cell holds ("সংখ্যা তারিখ" for two stacked indicators). */
    private static int units(Map<ColumnRole, List<List<Piece>>> cols) {
        String u = joined(cols.get(ColumnRole.UNIT));
        if (u == null) return 0;
        return (int) org.suchi.normalise.Units.parseAll(u).stream().filter(p -> p.present()).count();
    }

    /** The most lines any one cell of a column holds. */
    private static int lines(List<List<Piece>> cells) {
        int n = 0;
        if (cells != null) for (List<Piece> c : cells) n = Math.max(n, c.size());
        return n;
    }

    private static boolean allBlank(Map<ColumnRole, List<List<Piece>>> cols) {
        for (List<List<Piece>> cells : cols.values()) for (List<Piece> c : cells) for (Piece p : c) if (!p.text().isEmpty()) return false;
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
