package org.suchi.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.image.GrayImage;
import org.suchi.image.PreparedPage;
import org.suchi.image.Rect;
import org.suchi.image.TestPages;
import org.suchi.layout.Cell;
import org.suchi.layout.ColumnRole;
import org.suchi.layout.Grid;
import org.suchi.layout.TableColumns;
import org.suchi.model.Level;

/** A header printed again on the next page is recognised from its ink; a body row never is. */
class HeaderPrintTest {
    private static final int DPI = 300;
    private static final int[] COLS = {100, 700, 1500, 1800, 2300};
    private static final int[] ROWS = {300, 440, 540, 700};
    private static final String[][] HEADER = {
            {"কর্মসম্পাদন ক্ষেত্র", "কর্মসম্পাদন সূচক", "একক", "অর্জন"},
            {"১", "২", "৩", "৪"}};
    private static final String[] BODY = {"সেবা সহজিকরণ", "[১.১.১] উদ্ভাবনী ধারণা", "সংখ্যা", "৪"};
    private static final TableColumns COLUMNS = new TableColumns(
            List.of(ColumnRole.AREA, ColumnRole.INDICATOR, ColumnRole.UNIT, ColumnRole.ACHIEVEMENT),
            java.util.Collections.nCopies(4, (Level) null), 2);

    @Test
    void aRepeatedHeaderMatchesDespiteAShiftOfAFewPixels() {
        PreparedPage first = page(1, 0, 0, HEADER[0], HEADER[1], BODY);
        HeaderPrint print = HeaderPrint.of(first, grid(0, 0), COLUMNS, readings(first, grid(0, 0)));
        assertThat(print).isNotNull();

        PreparedPage next = page(2, 3, -2, HEADER[0], HEADER[1], new String[] {"ই-নথি", "[২.১.১] প্রশিক্ষণ", "%", "৮০"});
        List<CellReading> again = print.match(next, grid(3, -2));

        assertThat(again).isNotNull();
        assertThat(again).extracting(CellReading::text).containsExactly(
                "কর্মসম্পাদন ক্ষেত্র", "কর্মসম্পাদন সূচক", "একক", "অর্জন", "১", "২", "৩", "৪");
        assertThat(again.get(0).cell().box().x()).isEqualTo(grid(3, -2).cells().get(0).box().x());
    }

    @Test
    void bodyRowsAtTheTopOfAContinuationPageAreNotAHeader() {
        PreparedPage first = page(1, 0, 0, HEADER[0], HEADER[1], BODY);
        HeaderPrint print = HeaderPrint.of(first, grid(0, 0), COLUMNS, readings(first, grid(0, 0)));
        // the next page starts with body rows: the first row's texts differ from the header's
        PreparedPage next = page(2, 0, 0, BODY, new String[] {"", "[১.১.২] ই-সেবা চালু", "সংখ্যা", "২"}, BODY);
        assertThat(print.match(next, grid(0, 0))).isNull();
    }

    @Test
    void aDifferentColumnNumberRowIsNotTheSameHeader() {
        PreparedPage first = page(1, 0, 0, HEADER[0], HEADER[1], BODY);
        HeaderPrint print = HeaderPrint.of(first, grid(0, 0), COLUMNS, readings(first, grid(0, 0)));
        PreparedPage next = page(2, 0, 0, HEADER[0], new String[] {"৫", "৬", "৭", "৮"}, BODY);
        assertThat(print.match(next, grid(0, 0))).isNull();
    }

    @Test
    void aTableWithOtherColumnsDoesNotMatch() {
        PreparedPage first = page(1, 0, 0, HEADER[0], HEADER[1], BODY);
        HeaderPrint print = HeaderPrint.of(first, grid(0, 0), COLUMNS, readings(first, grid(0, 0)));
        Grid three = new Grid(new Rect(100, 300, 2200, 340), List.of(300, 440, 540, 700), List.of(100, 700, 1500, 2300),
                cells(new int[] {100, 700, 1500, 2300}, 0, 0));
        assertThat(print.match(first, three)).isNull();
    }

    @Test
    void correlationOfIdenticalThumbnailsIsOneAndOfFlatOnesZero() {
        float[] a = {0, 1, 0.5f, 0.2f};
        assertThat(HeaderPrint.correlation(a, a.clone())).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(HeaderPrint.correlation(a, new float[] {0.3f, 0.3f, 0.3f, 0.3f})).isZero();
    }

    private static List<CellReading> readings(PreparedPage page, Grid g) {
        List<CellReading> out = new ArrayList<>();
        for (Cell c : g.cells()) {
            if (c.row() < 2) out.add(new CellReading(c, ColumnRole.UNKNOWN, HEADER[c.row()][c.col()], 0.9, List.of(), false));
        }
        return out;
    }

    private static Grid grid(int dx, int dy) {
        int[] cols = new int[COLS.length];
        for (int i = 0; i < cols.length; i++) cols[i] = COLS[i] + dx;
        List<Integer> rl = new ArrayList<>(), cl = new ArrayList<>();
        for (int r : ROWS) rl.add(r + dy);
        for (int c : cols) cl.add(c);
        return new Grid(new Rect(cols[0], ROWS[0] + dy, cols[cols.length - 1] - cols[0], ROWS[ROWS.length - 1] - ROWS[0]),
                rl, cl, cells(cols, 0, dy));
    }

    private static List<Cell> cells(int[] cols, int dx, int dy) {
        List<Cell> out = new ArrayList<>();
        for (int r = 0; r + 1 < ROWS.length; r++) {
            for (int c = 0; c + 1 < cols.length; c++) {
                out.add(new Cell(r, c, 1, 1, new Rect(cols[c] + dx + 3, ROWS[r] + dy + 3,
                        cols[c + 1] - cols[c] - 6, ROWS[r + 1] - ROWS[r] - 6)));
            }
        }
        return out;
    }

    /** A page with the three rows of texts drawn in the grid shifted by (dx, dy). */
    private static PreparedPage page(int n, int dx, int dy, String[]... rows) {
        BufferedImage img = TestPages.page(2480, 1200);
        Graphics2D g = TestPages.graphics(img);
        g.setFont(TestPages.banglaFont(11, DPI));
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                g.drawString(rows[r][c], COLS[c] + dx + 20, ROWS[r + 1] + dy - 30);
            }
        }
        g.dispose();
        GrayImage gray = GrayImage.of(img);
        byte[] bin = gray.pixels().clone();
        for (int i = 0; i < bin.length; i++) bin[i] = (bin[i] & 0xff) < 128 ? 0 : (byte) 255;
        return new PreparedPage(n, gray, new GrayImage(gray.width(), gray.height(), bin), DPI, 0, 0);
    }
}
