package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.suchi.image.PageGeometry;
import org.suchi.image.Rect;
import org.suchi.layout.Cell;
import org.suchi.layout.ColumnRole;
import org.suchi.layout.Grid;
import org.suchi.layout.TableColumns;
import org.suchi.model.Evidence;
import org.suchi.model.Level;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.model.Source;
import org.suchi.normalise.Achievements;
import org.suchi.normalise.Dates;
import org.suchi.reading.CellReading;
import org.suchi.reading.OcrText;
import org.suchi.reading.PageReading;
import org.suchi.reading.TableReading;

/** Evidence through the assembler, on hand-built page readings: boxes, texts, confidences and how. */
class RowEvidenceTest {
    private static final List<ColumnRole> ROLES = List.of(ColumnRole.AREA, ColumnRole.ACTIVITY, ColumnRole.INDICATOR,
            ColumnRole.UNIT, ColumnRole.WEIGHT, ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.PROGRESS);
    private static final List<Level> LEVELS = new ArrayList<>(Arrays.asList(
            null, null, null, null, null, Level.THREE.get(0), Level.THREE.get(1), Level.THREE.get(2), null));
    /** The table starts 100 px from the page's left and top; cells are 100 x 100 px. */
    private static final int X0 = 100, Y0 = 100, ROW_H = 100, COL_W = 100, PAGE_W = 1100, PAGE_H = 500;

    private final ReportAssembler assembler = new ReportAssembler(new TextDocumentFieldReader(), Dates::parseCell, Achievements::fromText);

    private static Rect cellBox(int r, int c, int span) {
        return new Rect(X0 + c * COL_W, Y0 + r * ROW_H, COL_W, span * ROW_H);
    }

    /** A table of {@code rows} grid rows; cells as {row, col, rowSpan, text}; lines 40 px apart, confidence 0.8. */
    private static TableReading table(int rows, Object[]... cells) {
        List<Integer> ys = new ArrayList<>(), xs = new ArrayList<>();
        for (int r = 0; r <= rows; r++) ys.add(Y0 + r * ROW_H);
        for (int c = 0; c <= ROLES.size(); c++) xs.add(X0 + c * COL_W);
        List<Cell> grid = new ArrayList<>();
        List<CellReading> read = new ArrayList<>();
        boolean[][] covered = new boolean[rows][ROLES.size()];
        for (Object[] spec : cells) {
            int r = (int) spec[0], c = (int) spec[1], span = (int) spec[2];
            Cell cell = new Cell(r, c, span, 1, cellBox(r, c, span));
            for (int k = 0; k < span; k++) covered[r + k][c] = true;
            grid.add(cell);
            read.add(reading(cell, ROLES.get(c), (String) spec[3]));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < ROLES.size(); c++) {
                if (covered[r][c]) continue;
                Cell cell = new Cell(r, c, 1, 1, cellBox(r, c, 1));
                grid.add(cell);
                read.add(reading(cell, ROLES.get(c), ""));
            }
        }
        Grid g = new Grid(new Rect(X0, Y0, xs.get(xs.size() - 1) - X0, ys.get(ys.size() - 1) - Y0), ys, xs, grid);
        return new TableReading(g, new TableColumns(ROLES, LEVELS, 0), List.of(), read);
    }

    private static CellReading reading(Cell cell, ColumnRole role, String text) {
        List<OcrText.Line> lines = new ArrayList<>();
        if (!text.isEmpty()) {
            String[] ls = text.split("\n");
            for (int i = 0; i < ls.length; i++) {
                lines.add(new OcrText.Line(ls[i], new Rect(cell.box().x() + 10, cell.box().y() + 5 + 40 * i, 60, 30), 0.8));
            }
        }
        return new CellReading(cell, role, text, 0.8, lines, text.isEmpty());
    }

    private static final Source SOURCE = new Source("t.png", "0", 1, Source.IMAGE);

    private Report assemble(TableReading t, PageGeometry geometry, boolean textLayer) {
        return assembler.assemble(SOURCE, List.of(new PageReading(1, PAGE_W, PAGE_H, List.of(t), OcrText.EMPTY, null,
                geometry, textLayer)));
    }

    private static TableReading oneRow() {
        return table(1,
                new Object[] {0, 0, 1, "[১] ই-গভর্ন্যান্স"},
                new Object[] {0, 1, 1, "[১.১] সেবা সহজিকরণ"},
                new Object[] {0, 2, 1, "[১.১.১] একটি সেবা\nসহজিকৃত"},
                new Object[] {0, 3, 1, "তারিখ"},
                new Object[] {0, 4, 1, "১০"},
                new Object[] {0, 5, 1, "১৬/০৫/২০২৪"},
                new Object[] {0, 6, 1, "৩০/০৫/২০২৪"},
                new Object[] {0, 8, 1, "বাস্তবায়িত"});
    }

    private static List<Double> fractions(Rect r) {
        return List.of(r.x() / (double) PAGE_W, r.y() / (double) PAGE_H, r.right() / (double) PAGE_W, r.bottom() / (double) PAGE_H);
    }

    @Test
    void everyValueOfAScannedRowPointsAtItsCellWithWhatWasRead() {
        Report rep = assemble(oneRow(), PageGeometry.upright(PAGE_W, PAGE_H), false);
        Row row = rep.rows().get(0);
        Map<String, Evidence> ev = row.evidence();
        // in the row's field order; the empty poor-target cell has no value and no evidence
        assertThat(ev.keySet()).containsExactly("area.code", "area.text", "area.weight", "activity.code", "activity.text", "indicator.code",
                "indicator.text", "unit", "weight", "targets.excellent", "targets.good", "progress");
        assertThat(row.targets().get("poor")).isNull();
        Evidence good = ev.get("targets.good");
        assertThat(good.page()).isEqualTo(1);
        assertThat(good.box()).isEqualTo(rounded(fractions(cellBox(0, 6, 1)))); // rounded outward: 700/1100 → 0.6363
        assertThat(good.text()).isEqualTo("৩০/০৫/২০২৪");
        assertThat(good.how()).isEqualTo(Evidence.OCR);
        assertThat(good.confidence()).isEqualTo(0.8);
        // a cell of several lines: the whole cell; the code: its line only, as printed
        assertThat(ev.get("indicator.text").box()).isEqualTo(rounded(fractions(cellBox(0, 2, 1))));
        assertThat(ev.get("indicator.text").text()).isEqualTo("[১.১.১] একটি সেবা\nসহজিকৃত");
        assertThat(ev.get("indicator.code").text()).isEqualTo("[১.১.১]");
        assertThat(ev.get("indicator.code").box()).isEqualTo(rounded(fractions(new Rect(X0 + 2 * COL_W + 10, Y0 + 5, 60, 30))));
        // the area's weight did not print: it is the sum of its indicators' weights, derived from the weight cell
        assertThat(row.area().weight()).isEqualTo(10);
        assertThat(ev.get("area.weight").how()).isEqualTo(Evidence.DERIVED);
        assertThat(ev.get("area.weight").box()).isEqualTo(ev.get("weight").box());
        assertThat(ev.entrySet()).filteredOn(x -> !x.getKey().equals("area.weight")).allMatch(x -> x.getValue().how().equals(Evidence.OCR));
    }

    private static List<Double> rounded(List<Double> f) {
        return List.of(Math.floor(f.get(0) * 10000 + 1e-6) / 10000, Math.floor(f.get(1) * 10000 + 1e-6) / 10000,
                Math.ceil(f.get(2) * 10000 - 1e-6) / 10000, Math.ceil(f.get(3) * 10000 - 1e-6) / 10000);
    }

    static Stream<Arguments> geometries() {
        // the read page is PAGE_W x PAGE_H; the original lay turned, so its size may be swapped
        return Stream.of(
                Arguments.of(0, 0.0),
                Arguments.of(90, 0.0),
                Arguments.of(180, 0.0),
                Arguments.of(270, 0.0),
                Arguments.of(0, 1.5),
                Arguments.of(90, -2.0));
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void boxesAreOnTheOriginalPage(int rotation, double skew) {
        PageGeometry g = new PageGeometry(PAGE_W, PAGE_H, rotation, skew);
        Evidence e = assemble(oneRow(), g, false).rows().get(0).evidence().get("weight");
        assertThat(e.box()).isEqualTo(g.toSource(cellBox(0, 4, 1)));
        // and back on the read page it covers the cell
        Rect back = g.fromSource(e.box());
        Rect cell = cellBox(0, 4, 1);
        assertThat(back.x()).isLessThanOrEqualTo(cell.x());
        assertThat(back.right()).isGreaterThanOrEqualTo(cell.right());
        assertThat(back.y()).isLessThanOrEqualTo(cell.y());
        assertThat(back.bottom()).isGreaterThanOrEqualTo(cell.bottom());
    }

    @Test
    void aTextLayerPagePointsAtItsGlyphLines() {
        Report rep = assemble(oneRow(), null, true);
        Map<String, Evidence> ev = rep.rows().get(0).evidence();
        assertThat(ev.entrySet()).filteredOn(x -> !x.getKey().equals("area.weight"))
                .allMatch(x -> x.getValue().how().equals(Evidence.TEXT_LAYER));
        assertThat(ev.get("targets.excellent").box()).isEqualTo(rounded(fractions(new Rect(X0 + 5 * COL_W + 10, Y0 + 5, 60, 30))));
        // two lines: their union, not the cell
        assertThat(ev.get("indicator.text").box()).isEqualTo(rounded(fractions(new Rect(X0 + 2 * COL_W + 10, Y0 + 5, 60, 70))));
    }

    @Test
    void stackedIndicatorsGetTheirOwnSliceOfEachCell() {
        Report rep = assemble(table(1,
                new Object[] {0, 0, 1, "[১] ই-গভর্ন্যান্স"},
                new Object[] {0, 1, 1, "[১.৫] স্মার্ট বাংলাদেশ"},
                new Object[] {0, 2, 1, "[১.৫.১] কর্মশালা\n[১.৫.২] প্রণয়নকৃত"},
                new Object[] {0, 3, 1, "সংখ্যা\nতারিখ"},
                new Object[] {0, 4, 1, "৪\n৩"},
                new Object[] {0, 5, 1, "৪\n২৫/০৩/২০২৪"}), PageGeometry.upright(PAGE_W, PAGE_H), false);
        assertThat(rep.rows()).extracting(r -> r.indicator().code()).containsExactly("1.5.1", "1.5.2");
        Evidence first = rep.rows().get(0).evidence().get("unit"), second = rep.rows().get(1).evidence().get("unit");
        // the second indicator's code line starts 45 px into the row: the cell is cut there
        Rect unit = cellBox(0, 3, 1);
        assertThat(first.box()).isEqualTo(rounded(fractions(new Rect(unit.x(), unit.y(), unit.width(), 45))));
        assertThat(second.box()).isEqualTo(rounded(fractions(new Rect(unit.x(), unit.y() + 45, unit.width(), 55))));
        assertThat(first.text()).isEqualTo("সংখ্যা");
        assertThat(second.text()).isEqualTo("তারিখ");
        // the area is shared: its whole cell for both
        assertThat(rep.rows().get(1).evidence().get("area.text").box()).isEqualTo(rounded(fractions(cellBox(0, 0, 1))));
    }

    @Test
    void stackedValuesTakenByPositionPointAtTheirOwnLines() {
        // both units stand at the top of their cell, but the second code begins lower down: the assembler gives
        // the units out by position, and each box is its line's band across the cell, not a slice holding both
        Report rep = assemble(table(2,
                new Object[] {0, 0, 2, "[১] ই-গভর্ন্যান্স"},
                new Object[] {0, 1, 2, "[১.৫] স্মার্ট বাংলাদেশ"},
                new Object[] {0, 2, 2, "[১.৫.১] কর্মশালা\nআয়োজিত\n[১.৫.২] প্রণয়নকৃত"},
                new Object[] {0, 3, 2, "সংখ্যা\nতারিখ"}), PageGeometry.upright(PAGE_W, PAGE_H), false);
        assertThat(rep.rows()).extracting(Row::unit).containsExactly("count", "date");
        Rect unit = cellBox(0, 3, 2);
        // lines at y 105 and 145, 30 px high: a quarter line (7 px) above and below, within the cell
        assertThat(rep.rows().get(0).evidence().get("unit").box()).isEqualTo(rounded(fractions(new Rect(unit.x(), unit.y(), unit.width(), 42))));
        assertThat(rep.rows().get(1).evidence().get("unit").box()).isEqualTo(rounded(fractions(new Rect(unit.x(), unit.y() + 38, unit.width(), 44))));
        // the indicator texts are cut where the second code begins: each slice holds exactly its own lines
        assertThat(rep.rows().get(1).evidence().get("indicator.text").box())
                .isEqualTo(rounded(fractions(new Rect(cellBox(0, 2, 2).x(), unit.y() + 85, COL_W, 2 * ROW_H - 85))));
    }

    @Test
    void derivedCodesAndWarnedValuesSaySo() {
        Report rep = assemble(table(2,
                new Object[] {0, 0, 2, "[১] ই-গভর্ন্যান্স"},
                new Object[] {0, 1, 2, "সেবা সহজিকরণ"}, // the activity's code did not print
                new Object[] {0, 2, 1, "[১.১.১] একটি সেবা"},
                new Object[] {1, 2, 1, "আরেকটি সেবা"}, // the second indicator's code did not read
                new Object[] {0, 3, 1, "তারিখ"}, new Object[] {1, 3, 1, "তারিখ"},
                new Object[] {0, 5, 1, "৩৬/০২/২০২৪"}, new Object[] {1, 5, 1, "১৬/০৫/২০২৪"}), PageGeometry.upright(PAGE_W, PAGE_H), false);
        Row first = rep.rows().get(0), second = rep.rows().get(1);
        assertThat(first.activity().code()).isEqualTo("1.1");
        Evidence act = first.evidence().get("activity.code");
        assertThat(act.how()).isEqualTo(Evidence.DERIVED);
        assertThat(second.indicator().code()).isEqualTo("1.1.2");
        Evidence code = second.evidence().get("indicator.code");
        assertThat(code.how()).isEqualTo(Evidence.DERIVED);
        assertThat(code.box()).isEqualTo(rounded(fractions(cellBox(1, 2, 1))));
        assertThat(code.confidence()).isCloseTo(0.8 * RowEvidence.WARNED, within(1e-9));
        // an impossible date is a warning, and no value: no evidence; a warned value keeps half its confidence
        assertThat(first.targets().get("excellent")).isNull();
        assertThat(first.evidence()).doesNotContainKey("targets.excellent");
        assertThat(second.evidence().get("targets.excellent").confidence()).isEqualTo(0.8);
    }
}
