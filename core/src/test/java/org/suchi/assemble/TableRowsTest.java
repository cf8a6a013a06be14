package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.suchi.image.Rect;
import org.suchi.layout.Cell;
import org.suchi.layout.ColumnRole;
import org.suchi.layout.Grid;
import org.suchi.layout.TableColumns;
import org.suchi.model.Level;
import org.suchi.reading.CellReading;
import org.suchi.reading.OcrText;
import org.suchi.reading.TableReading;

/** Row assembly on hand-built grids: spans carry down, stacked indicators split, page breaks join. */
class TableRowsTest {
    private static final List<ColumnRole> ROLES = List.of(ColumnRole.AREA, ColumnRole.ACTIVITY, ColumnRole.INDICATOR,
            ColumnRole.UNIT, ColumnRole.WEIGHT, ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.PROGRESS);
    private static final List<Level> LEVELS = new ArrayList<>(java.util.Arrays.asList(
            null, null, null, null, null, Level.THREE.get(0), Level.THREE.get(1), Level.THREE.get(2), null));
    private static final int ROW_H = 100, COL_W = 100;

    /** A table body of {@code rows} grid rows; cells given as {row, col, rowSpan, text} (colSpan 1). */
    private static TableReading table(int rows, Object[]... cells) {
        List<Integer> ys = new ArrayList<>(), xs = new ArrayList<>();
        for (int r = 0; r <= rows; r++) ys.add(r * ROW_H);
        for (int c = 0; c <= ROLES.size(); c++) xs.add(c * COL_W);
        List<Cell> grid = new ArrayList<>();
        List<CellReading> read = new ArrayList<>();
        boolean[][] covered = new boolean[rows][ROLES.size()];
        for (Object[] spec : cells) {
            int r = (int) spec[0], c = (int) spec[1], span = (int) spec[2];
            String text = (String) spec[3];
            Cell cell = new Cell(r, c, span, 1, new Rect(c * COL_W, r * ROW_H, COL_W, span * ROW_H));
            for (int k = 0; k < span; k++) covered[r + k][c] = true;
            grid.add(cell);
            read.add(reading(cell, ROLES.get(c), text));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < ROLES.size(); c++) {
                if (covered[r][c]) continue;
                Cell cell = new Cell(r, c, 1, 1, new Rect(c * COL_W, r * ROW_H, COL_W, ROW_H));
                grid.add(cell);
                read.add(reading(cell, ROLES.get(c), ""));
            }
        }
        Grid g = new Grid(new Rect(0, 0, xs.get(xs.size() - 1), ys.get(ys.size() - 1)), ys, xs, grid);
        return new TableReading(g, new TableColumns(ROLES, LEVELS, 0), List.of(), read);
    }

    /** Each text line becomes an OCR line, stacked 40 px apart from the cell top. */
    private static CellReading reading(Cell cell, ColumnRole role, String text) {
        List<OcrText.Line> lines = new ArrayList<>();
        if (!text.isEmpty()) {
            String[] ls = text.split("\n");
            for (int i = 0; i < ls.length; i++) {
                lines.add(new OcrText.Line(ls[i], new Rect(cell.box().x(), cell.box().y() + 5 + 40 * i, 80, 30), 0.9));
            }
        }
        return new CellReading(cell, role, text, 0.9, lines, text.isEmpty());
    }

    @Test
    void spanningAreaAndActivityCarryDownToEveryIndicator() {
        TableRows t = new TableRows();
        t.add(1, table(2,
                new Object[] {0, 0, 2, "[১] ই-গভর্ন্যান্স"},
                new Object[] {0, 1, 2, "[১.১] সেবা সহজিকরণ"},
                new Object[] {0, 2, 1, "[১.১.১] একটি সেবা সহজিকৃত"},
                new Object[] {1, 2, 1, "[১.১.২] আরেকটি সেবা"},
                new Object[] {0, 3, 1, "তারিখ"}, new Object[] {1, 3, 1, "সংখ্যা"},
                new Object[] {0, 5, 1, "১৬/০৫/২০২৪"}, new Object[] {1, 5, 1, "৪"}));
        List<RowDraft> rows = t.rows();
        assertThat(rows).extracting(d -> d.indicatorCode).containsExactly("1.1.1", "1.1.2");
        assertThat(rows).extracting(d -> d.areaCode).containsExactly("1", "1");
        assertThat(rows).extracting(d -> d.activityCode).containsExactly("1.1", "1.1");
        assertThat(rows.get(1).activityText).isEqualTo("সেবা সহজিকরণ");
        assertThat(rows.get(0).targets.get(Level.THREE.get(0))).isEqualTo("১৬/০৫/২০২৪");
        assertThat(rows.get(1).unit).isEqualTo("সংখ্যা");
    }

    @Test
    void twoIndicatorsInOneCellBecomeTwoRowsWithTheirOwnLines() {
        TableRows t = new TableRows();
        t.add(1, table(1,
                new Object[] {0, 0, 1, "[১] ই-গভর্ন্যান্স"},
                new Object[] {0, 1, 1, "[১.৫] স্মার্ট বাংলাদেশ"},
                new Object[] {0, 2, 1, "[১.৫.১] কর্মশালা আয়োজিত\n[১.৫.২] কর্মপরিকল্পনা প্রণয়নকৃত"},
                new Object[] {0, 3, 1, "সংখ্যা\nতারিখ"},
                new Object[] {0, 4, 1, "৪\n৩"},
                new Object[] {0, 5, 1, "৪\n২৫/০৩/২০২৪"},
                new Object[] {0, 8, 1, "৪ টি কর্মশালা আয়োজন করা হয়েছে।\nকার্যক্রম চালু রয়েছে।"}));
        List<RowDraft> rows = t.rows();
        assertThat(rows).extracting(d -> d.indicatorCode).containsExactly("1.5.1", "1.5.2");
        assertThat(rows).extracting(d -> d.unit).containsExactly("সংখ্যা", "তারিখ");
        assertThat(rows).extracting(d -> d.weight).containsExactly("৪", "৩");
        assertThat(rows.get(1).targets.get(Level.THREE.get(0))).isEqualTo("২৫/০৩/২০২৪");
        assertThat(rows.get(0).progress).isEqualTo("৪ টি কর্মশালা আয়োজন করা হয়েছে।");
    }

    @Test
    void aSharedTextCellWhoseLinesAllGoToOneStackedIndicatorPutsTheOtherInDoubt() {
        TableRows t = new TableRows();
        t.add(1, table(1,
                new Object[] {0, 0, 1, "[১] ই-গভর্ন্যান্স"},
                new Object[] {0, 1, 1, "[১.৫] স্মার্ট বাংলাদেশ"},
                // the second code stands on the fourth line: the progress text's three lines are all beside the first
                new Object[] {0, 2, 1, "[১.৫.১] স্মার্ট বাংলাদেশ\nবিনির্মাণ বিষয়ক\nকর্মশালা আয়োজিত\n[১.৫.২] কর্মপরিকল্পনা প্রণয়নকৃত"},
                new Object[] {0, 8, 1, "৫ বার\nহালনাগাদকরণ নিশ্চিত\nকরা হয়েছে।"}));
        List<RowDraft> rows = t.rows();
        assertThat(rows).extracting(d -> d.indicatorCode).containsExactly("1.5.1", "1.5.2");
        assertThat(rows.get(0).progress).isEqualTo("৫ বার\nহালনাগাদকরণ নিশ্চিত\nকরা হয়েছে।");
        assertThat(rows.get(1).progress).isNull();
        assertThat(rows.get(1).byPosition).contains("progress");
        // when each indicator got its own lines, nothing is guessed
        TableRows each = new TableRows();
        each.add(1, table(1,
                new Object[] {0, 2, 1, "[১.৫.১] কর্মশালা আয়োজিত\n[১.৫.২] কর্মপরিকল্পনা প্রণয়নকৃত"},
                new Object[] {0, 8, 1, "৪ টি কর্মশালা আয়োজন করা হয়েছে।\nকার্যক্রম চালু রয়েছে।"}));
        assertThat(each.rows()).allSatisfy(d -> assertThat(d.byPosition).doesNotContain("progress"));
    }

    @Test
    void aRowCutByThePageBreakIsJoinedAndBlankAreaCellsCarryAcrossPages() {
        TableRows t = new TableRows();
        t.add(1, table(1,
                new Object[] {0, 0, 1, "[২] প্রাতিষ্ঠানিক"},
                new Object[] {0, 1, 1, "[২.১] তথ্য বাতায়ন"},
                new Object[] {0, 2, 1, "[২.১.১] নিজ তথ্য বাতায়ন"},
                new Object[] {0, 3, 1, "সংখ্যা"},
                new Object[] {0, 8, 1, "হালনাগাদ করা"}));
        // next page: the rest of [২.১.১] (no code), then a new indicator with a blank area cell
        t.add(2, table(2,
                new Object[] {0, 2, 1, "হালনাগাদকৃত"},
                new Object[] {0, 5, 1, "৪"},
                new Object[] {0, 8, 1, "হয়েছে।"},
                new Object[] {1, 2, 1, "[২.১.২] আওতাধীন দপ্তরের তথ্য বাতায়ন"},
                new Object[] {1, 3, 1, "সংখ্যা"}));
        List<RowDraft> rows = t.rows();
        assertThat(rows).extracting(d -> d.indicatorCode).containsExactly("2.1.1", "2.1.2");
        assertThat(rows.get(0).indicatorText).isEqualTo("নিজ তথ্য বাতায়ন হালনাগাদকৃত");
        assertThat(rows.get(0).progress).isEqualTo("হালনাগাদ করা হয়েছে।");
        assertThat(rows.get(0).targets.get(Level.THREE.get(0))).isEqualTo("৪");
        assertThat(rows.get(0).page).isEqualTo(1);
        assertThat(rows.get(1).areaCode).isEqualTo("2");
        assertThat(rows.get(1).activityCode).isEqualTo("2.1");
        assertThat(rows.get(1).page).isEqualTo(2);
    }

    @Test
    void stackedValuesWhoseSecondCodeIsOnTheNextPageWaitForIt() {
        TableRows t = new TableRows();
        t.add(2, table(1,
                new Object[] {0, 0, 1, "[১] ই-গভর্ন্যান্স"},
                new Object[] {0, 1, 1, "[১.৫] স্মার্ট বাংলাদেশ"},
                new Object[] {0, 2, 1, "[১.৫.১] স্মার্ট বাংলাদেশ বিনির্মাণ"},
                new Object[] {0, 3, 1, "সংখ্যা\nতারিখ"},
                new Object[] {0, 4, 1, "৪\n৩"},
                new Object[] {0, 5, 1, "৩\n৩০-০৩-২০২৫"}));
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(1).pendingCode).isTrue();
        t.add(3, table(1,
                new Object[] {0, 2, 1, "[১.৫.২] কর্মপরিকল্পনা প্রণয়নকৃত"},
                new Object[] {0, 8, 1, "প্রক্রিয়া চলমান রয়েছে।"}));
        List<RowDraft> rows = t.rows();
        assertThat(rows).extracting(d -> d.indicatorCode).containsExactly("1.5.1", "1.5.2");
        assertThat(rows).extracting(d -> d.unit).containsExactly("সংখ্যা", "তারিখ");
        assertThat(rows).extracting(d -> d.weight).containsExactly("৪", "৩");
        assertThat(rows.get(1).targets.get(Level.THREE.get(0))).isEqualTo("৩০-০৩-২০২৫");
        assertThat(rows.get(1).page).isEqualTo(2);
        assertThat(rows.get(1).progress).isEqualTo("প্রক্রিয়া চলমান রয়েছে।");
        assertThat(rows.get(1).problems).isEmpty();
    }

    @Test
    void aCellWithInkThatReadsNothingIsADoubtOnItsField() {
        TableReading t = table(1, new Object[] {0, 2, 1, "[১.১.১] সূচক"}, new Object[] {0, 3, 1, "সংখ্যা"},
                new Object[] {0, 4, 1, "৪"}, new Object[] {0, 5, 1, "৪"}, new Object[] {0, 7, 1, "২"});
        // the middle target cell holds ink (not blank) but OCR gave nothing
        List<CellReading> body = new ArrayList<>();
        for (CellReading cr : t.body()) {
            body.add(cr.cell().col() == 6 ? new CellReading(cr.cell(), cr.role(), "", 0.0, List.of(), false) : cr);
        }
        TableRows rows = new TableRows();
        rows.add(1, new TableReading(t.grid(), t.columns(), t.header(), body));
        RowDraft d = rows.rows().get(0);
        assertThat(d.targets.get(Level.THREE.get(1))).isNull();
        assertThat(d.doubts).containsEntry("targets." + Level.THREE.get(1).key(), TableRows.INK_UNREAD);
        assertThat(d.targets.get(Level.THREE.get(0))).isEqualTo("৪");
        assertThat(d.doubts).doesNotContainKey("targets." + Level.THREE.get(0).key());
        // a truly blank cell (no ink) is no doubt
        assertThat(d.doubts).doesNotContainKey("progress");
    }

    @Test
    void codeSequenceRebuildsADroppedCodeAndFlagsIt() {
        RowDraft a = draft("1.1.1", "1.1"), b = draft(null, "1.2"), c = draft("1.3.7", "1.3");
        CodeSequence.repair(new ArrayList<>(List.of(a, b, c)));
        assertThat(b.indicatorCode).isEqualTo("1.2.1");
        assertThat(b.problems).anyMatch(p -> p.contains("rebuilt"));
        // 1.3.7 does not follow 1.2.1; the activity says 1.3 → 1.3.1
        assertThat(c.indicatorCode).isEqualTo("1.3.1");
        assertThat(c.problems).anyMatch(p -> p.contains("does not follow"));
        assertThat(a.problems).isEmpty();
    }

    private static RowDraft draft(String code, String activity) {
        RowDraft d = new RowDraft();
        d.indicatorCode = code;
        d.activityCode = activity;
        d.areaCode = activity.substring(0, activity.indexOf('.'));
        d.hasAreaColumn = true;
        return d;
    }

    @Test
    void areaCodeIsOutvotedByActivityAndIndicatorAndSerialFollowsTheActivity() {
        RowDraft a = draft("2.1.1", "2.1");
        a.areaCode = "1";                          // carried from area 1: the new area's code did not read
        RowDraft s1 = draft("1.1.1", "1.1"), s2 = draft("2.1.1", "2.1"), s3 = draft("3.1.1", "3.1");
        for (RowDraft d : List.of(s1, s2, s3)) d.hasAreaColumn = false;
        s1.serial = "1";
        s2.serial = "8";                           // ০২ misread
        s3.serial = null;                          // unreadable
        CodeSequence.repair(new ArrayList<>(List.of(a)));
        CodeSequence.repair(new ArrayList<>(List.of(s1, s2, s3)));
        assertThat(a.areaCode).isEqualTo("2");
        assertThat(a.problems).anyMatch(p -> p.contains("disagrees"));
        assertThat(List.of(s1.serial, s2.serial, s3.serial)).containsExactly("1", "2", "3");
        assertThat(s1.problems).isEmpty();
        assertThat(s2.problems).anyMatch(p -> p.contains("read as 8"));
        assertThat(s3.problems).anyMatch(p -> p.contains("not read"));
    }

    @Test
    void unitIsInferredFromTargetsWhenTheCellIsUnreadable() {
        RowDraft d = new RowDraft();
        d.targets.putAll(Map.of(Level.THREE.get(0), "১৬/০৫/২০২৪", Level.THREE.get(1), "২৩-০৫-২৪"));
        assertThat(RowNormaliser.inferUnit(d)).isEqualTo("date");
        d.targets.clear();
        d.targets.putAll(Map.of(Level.THREE.get(0), "৮৫%", Level.THREE.get(1), "৮০%"));
        assertThat(RowNormaliser.inferUnit(d)).isEqualTo("percent");
    }
}
