package org.suchi.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.suchi.image.GrayImage;
import org.suchi.image.OpenCvPagePreprocessor;
import org.suchi.image.PreparedPage;
import org.suchi.image.Rect;
import org.suchi.image.TestPages;

/**
 * {@link RulingLayoutAnalyzer} on synthetic tables drawn with Java2D. Needs the OpenCV natives and
 * fails (does not skip) without them.
 */
class RulingLayoutAnalyzerTest {
    static final int DPI = 150;
    static final int W = 1754, H = 1240; // A4 landscape at 150 dpi
    static RulingLayoutAnalyzer analyzer;

    @BeforeAll
    static void setUp() {
        analyzer = new RulingLayoutAnalyzer();
    }

    /**
     * The action-plan table: 13 columns; a 3-row header (columns 0-6 and 12 span it, the target
     * heading spans the five level columns, level labels, a percent row), a column-number row, and
     * body rows where the area cell spans all rows and the activity cell spans two.
     */
    static SyntheticTable actionPlan() {
        int[] cw = {45, 110, 45, 130, 160, 55, 75, 95, 95, 95, 95, 95, 160};
        int[] rh = {32, 30, 26, 24, 95, 70, 110, 70, 80};
        SyntheticTable t = new SyntheticTable(DPI, 80, 160, cw, rh);
        for (int c : new int[] {0, 1, 2, 3, 4, 5, 6, 12}) t.merge(0, c, 3, 1);
        t.merge(0, 7, 1, 5);
        t.merge(4, 0, 5, 1).merge(4, 1, 5, 1).merge(4, 2, 5, 1);
        t.merge(5, 3, 2, 1);
        return t;
    }

    static Grid onlyTable(PageLayout layout) {
        assertThat(layout.tables()).hasSize(1);
        return layout.tables().get(0);
    }

    static PreparedPage render(SyntheticTable t) {
        BufferedImage img = TestPages.page(W, H);
        Graphics2D g = TestPages.graphics(img);
        t.draw(g);
        g.dispose();
        return SyntheticTable.binaryPage(img, DPI);
    }

    @Test
    void actionPlanTableWithMergedHeaderAndRowspans() {
        SyntheticTable t = actionPlan();
        PreparedPage p = render(t);
        Grid g = onlyTable(analyzer.analyze(p));
        t.assertMatches(g, 2);
        assertThat(g.cellAt(0, 9).colSpan()).isEqualTo(5);
        assertThat(g.cellAt(7, 1).rowSpan()).isEqualTo(5);
        assertThat(g.bounds().x()).isCloseTo(80, within(2));
        assertThat(g.bounds().y()).isCloseTo(160, within(2));
    }

    @Test
    void stackedIndicatorsWithARulingOnlyAcrossTheValueColumns() {
        // row 6 and 7 are one row for columns 0..4 (activity, indicator text) and split for 5..12
        SyntheticTable t = actionPlan();
        t.merges.removeIf(m -> m[0] == 5 && m[1] == 3);
        for (int c = 3; c <= 4; c++) t.merge(6, c, 2, 1);
        Grid g = onlyTable(analyzer.analyze(render(t)));
        t.assertMatches(g, 2);
        assertThat(g.cellAt(6, 4).rowSpan()).isEqualTo(2);
        assertThat(g.cellAt(6, 5).rowSpan()).isEqualTo(1);
        assertThat(g.cellAt(7, 5).rowSpan()).isEqualTo(1);
    }

    @Test
    void headlineOfTextWhereARulingIsMissingDoesNotSplitTheCell() {
        // text in the tall merged activity cell (rows 5-6) whose lines cross the height of the
        // row line between rows 5 and 6 of the other columns: some headline lies on that line
        SyntheticTable t = actionPlan();
        t.text = false;
        BufferedImage img = TestPages.page(W, H);
        Graphics2D g = TestPages.graphics(img);
        t.draw(g);
        int[] ry = t.rowY(), cx = t.colX();
        g.setFont(TestPages.banglaFont(9, DPI));
        var fm = g.getFontMetrics();
        String words = "কর্মপরিকল্পনা";
        // where the headline of this word lies relative to its baseline: render it once and look
        BufferedImage probe = TestPages.page(300, 100);
        Graphics2D pg = TestPages.graphics(probe);
        pg.setFont(g.getFont());
        pg.drawString(words, 10, 60);
        pg.dispose();
        int best = 0, bestInk = -1;
        for (int y = 0; y < 100; y++) {
            int n = TestPages.ink(GrayImage.of(probe), new Rect(0, y, 300, 1));
            if (n > bestInk) { bestInk = n; best = y; }
        }
        int headlineAboveBaseline = 60 - best;
        // a paragraph in the merged cell (rows 5-6 of column 3) with one headline exactly on the
        // height where the other columns have their ruling
        int lineY = ry[6];
        for (int k = -2; k <= 2; k++) {
            g.drawString(words, cx[3] + 8, lineY + headlineAboveBaseline + k * fm.getHeight());
        }
        g.dispose();
        Grid grid = onlyTable(analyzer.analyze(SyntheticTable.binaryPage(img, DPI)));
        t.assertMatches(grid, 2);
        assertThat(grid.cellAt(5, 3).rowSpan()).isEqualTo(2);
    }

    @Test
    void tableCutAtThePageBottomKeepsItsLastRow() {
        SyntheticTable t = actionPlan();
        t.openBottomTo = H - 4; // frame runs to the page edge, no closing line
        t.rowH[8] = H - 4 - (t.rowY()[8]);
        Grid g = onlyTable(analyzer.analyze(render(t)));
        t.assertMatches(g, 2);
        assertThat(g.rowLines().get(g.rows())).isCloseTo(H - 4, within(2));
    }

    @Test
    void cutTableIsClosedBelowTextThatRunsOnPastTheFrame() {
        SyntheticTable t = actionPlan();
        int frameEnd = t.rowY()[8] + 50;
        t.openBottomTo = frameEnd;
        t.rowH[8] = 50;
        BufferedImage img = TestPages.page(W, H);
        Graphics2D g = TestPages.graphics(img);
        t.draw(g);
        g.setFont(TestPages.banglaFont(9, DPI));
        g.drawString("বাস্তবায়ন", t.colX()[3] + 8, frameEnd + 18); // the cut cell's last line, below the frame
        g.dispose();
        Grid grid = onlyTable(analyzer.analyze(SyntheticTable.binaryPage(img, DPI)));
        assertThat(grid.rows()).isEqualTo(t.rows());
        int bottom = grid.rowLines().get(grid.rows());
        assertThat(bottom).isBetween(frameEnd + 18, frameEnd + 30);
        assertThat(grid.cellAt(8, 3).box().bottom()).isGreaterThan(frameEnd + 14);
    }

    @Test
    void brokenFaintRulingsAfterAScan() {
        SyntheticTable t = actionPlan();
        t.ink = 150;          // faint grey rulings
        t.dashPeriod = 23;    // broken every 23 px by a 3 px gap
        t.dashGap = 3;
        BufferedImage img = TestPages.page(W, H);
        Graphics2D g = TestPages.graphics(img);
        t.draw(g);
        g.dispose();
        GrayImage scan = TestPages.scan(GrayImage.of(img), 200, 235, 5, 11);
        PreparedPage p = new OpenCvPagePreprocessor().prepare(1, scan, DPI);
        Grid grid = onlyTable(analyzer.analyze(p));
        t.assertMatches(grid, 3);
    }

    @Test
    void doubleOuterBorderIsOneLine() {
        SyntheticTable t = actionPlan();
        t.doubleGap = 3;
        Grid g = onlyTable(analyzer.analyze(render(t)));
        assertThat(g.rows()).isEqualTo(t.rows());
        assertThat(g.cols()).isEqualTo(t.cols());
        SyntheticTable.assertCoversOnce(g);
        assertThat(g.cellAt(0, 9).colSpan()).isEqualTo(5);
    }

    @Test
    void thickRulingsAndTwoHundredDpi() {
        int[] cw = {80, 200, 120, 300, 150};
        int[] rh = {60, 90, 90, 120};
        SyntheticTable t = new SyntheticTable(200, 150, 200, cw, rh);
        t.thick = 5;
        t.merge(1, 0, 3, 1);
        BufferedImage img = TestPages.page(2339, 1654);
        Graphics2D g = TestPages.graphics(img);
        t.draw(g);
        g.dispose();
        Grid grid = onlyTable(analyzer.analyze(SyntheticTable.binaryPage(img, 200)));
        t.assertMatches(grid, 2);
    }

    @Test
    void sealOverRulingsChangesNothing() {
        SyntheticTable t = actionPlan();
        BufferedImage img = TestPages.page(W, H);
        Graphics2D g = TestPages.graphics(img);
        t.draw(g);
        int[] ry = t.rowY(), cx = t.colX();
        g.setStroke(new BasicStroke(3f));
        int r = 85; // a seal ~1.1 inch across, centred on a crossing in the value columns
        g.drawOval(cx[10] - r, ry[6] - r, 2 * r, 2 * r);
        g.setStroke(new BasicStroke(2f));
        g.drawOval(cx[10] - r + 14, ry[6] - r + 14, 2 * r - 28, 2 * r - 28);
        g.setFont(TestPages.banglaFont(7, DPI));
        g.drawString("উপজেলা কৃষি অফিস", cx[10] - 50, ry[6] - 40);
        g.dispose();
        Grid grid = onlyTable(analyzer.analyze(SyntheticTable.binaryPage(img, DPI)));
        t.assertMatches(grid, 2);
    }

    @Test
    void signatureStrokeCrossingAColumnIsNotARuling() {
        SyntheticTable t = actionPlan();
        BufferedImage img = TestPages.page(W, H);
        Graphics2D g = TestPages.graphics(img);
        t.draw(g);
        int[] ry = t.rowY(), cx = t.colX();
        // a scribble over a value column with its straight underline crossing both column lines
        int y = (ry[6] + ry[7]) / 2 + 20;
        g.setStroke(new BasicStroke(3f));
        g.drawLine(cx[8] - 25, y, cx[9] + 30, y + 2);
        Path2D wave = new Path2D.Double();
        wave.moveTo(cx[8] - 20, y - 5);
        for (int k = 0; k < 8; k++) wave.quadTo(cx[8] + k * 16 + 8, y - 40 + (k % 2) * 30, cx[8] + k * 16 + 16, y - 8);
        g.draw(wave);
        // and a long slanted pen stroke through a whole row of cells
        g.drawLine(cx[5] + 10, ry[4] + 20, cx[9], ry[4] + 60);
        g.dispose();
        Grid grid = onlyTable(analyzer.analyze(SyntheticTable.binaryPage(img, DPI)));
        t.assertMatches(grid, 2);
    }

    @Test
    void slightlyBentRulings() {
        SyntheticTable t = actionPlan();
        t.text = false;
        // draw the table, then move every column of pixels down by a smooth sag of up to 4 px (a
        // bent page), so horizontal rulings bow
        BufferedImage flat = TestPages.page(W, H);
        Graphics2D fg = TestPages.graphics(flat);
        t.draw(fg);
        fg.dispose();
        BufferedImage img = TestPages.page(W, H);
        var src = flat.getRaster();
        var dst = img.getRaster();
        for (int x = 0; x < W; x++) {
            int sag = (int) Math.round(4 * Math.sin(Math.PI * x / W));
            for (int y = 0; y + sag < H; y++) dst.setSample(x, y + sag, 0, src.getSample(x, y, 0));
        }
        Grid grid = onlyTable(analyzer.analyze(SyntheticTable.binaryPage(img, DPI)));
        assertThat(grid.rows()).isEqualTo(t.rows());
        assertThat(grid.cols()).isEqualTo(t.cols());
        SyntheticTable.assertCoversOnce(grid);
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.cols(); c++) {
                assertThat(grid.cellAt(r, c).rowSpan()).isEqualTo(t.cellAt(r, c)[2]);
                assertThat(grid.cellAt(r, c).colSpan()).isEqualTo(t.cellAt(r, c)[3]);
            }
        }
        // boxes follow the local position of the bent ruling: no ruling ink inside any box
        for (Cell c : grid.cells()) assertThat(inkAlongBorder(img, c.box())).as("box %s", c).isZero();
    }

    @Test
    void rotatedNoisyScanEndToEnd() {
        SyntheticTable t = actionPlan();
        BufferedImage img = TestPages.page(W, H);
        Graphics2D g = TestPages.graphics(img);
        g.setFont(TestPages.banglaFont(13, DPI));
        g.drawString(TestPages.BANGLA_LINES.get(0), 300, 100); // a title above the table
        t.draw(g);
        g.dispose();
        GrayImage scan = TestPages.scan(TestPages.rotate(GrayImage.of(img), -1.2), 190, 235, 7, 12);
        PreparedPage p = new OpenCvPagePreprocessor().prepare(1, scan, DPI);
        assertThat(p.skewDegrees()).isCloseTo(-1.2, within(0.1));
        Grid grid = onlyTable(analyzer.analyze(p));
        t.assertMatches(grid, 3);
        assertThat(grid.bounds().y()).as("the title is not part of the table").isGreaterThan(150);
    }

    @Test
    void coverLetterHasNoTable() {
        BufferedImage img = TestPages.letter(DPI);
        Graphics2D g = TestPages.graphics(img);
        g.fillRect(120, 150, 1000, 3);                      // letterhead rule
        g.setStroke(new BasicStroke(2f));
        g.drawLine(800, 1500, 1100, 1497);                  // signature underline
        g.drawRect(900, 1600, 200, 120);                     // a framed note: one box is no table
        g.dispose();
        PreparedPage p = new OpenCvPagePreprocessor().prepare(1, GrayImage.of(img), DPI);
        assertThat(analyzer.analyze(p).tables()).isEmpty();
        assertThat(analyzer.tables(p.binary(), null, DPI)).isEmpty();
    }

    @Test
    void twoTablesTopToBottom() {
        int[] cw = {150, 250, 200};
        SyntheticTable a = new SyntheticTable(DPI, 100, 700, cw, new int[] {60, 60});
        SyntheticTable b = new SyntheticTable(DPI, 300, 150, new int[] {200, 200, 200, 200}, new int[] {50, 70, 70});
        b.merge(1, 1, 2, 2);
        BufferedImage img = TestPages.page(W, H);
        Graphics2D g = TestPages.graphics(img);
        a.draw(g);
        b.draw(g);
        g.dispose();
        List<Grid> tables = analyzer.analyze(SyntheticTable.binaryPage(img, DPI)).tables();
        assertThat(tables).hasSize(2);
        b.assertMatches(tables.get(0), 2);
        a.assertMatches(tables.get(1), 2);
    }

    @Test
    void blankPageHasNoTable() {
        PreparedPage p = SyntheticTable.binaryPage(TestPages.page(W, H), DPI);
        assertThat(analyzer.analyze(p).tables()).isEmpty();
    }

    @Test
    void fixedInsetIsHonoured() {
        SyntheticTable t = actionPlan();
        PreparedPage p = render(t);
        Grid tight = new RulingLayoutAnalyzer(0).analyze(p).tables().get(0);
        Grid loose = new RulingLayoutAnalyzer(5).analyze(p).tables().get(0);
        Rect a = tight.cellAt(5, 5).box(), b = loose.cellAt(5, 5).box();
        assertThat(b.x() - a.x()).isEqualTo(5);
        assertThat(a.right() - b.right()).isEqualTo(5);
        assertThat(b.height()).isEqualTo(a.height() - 10);
    }

    /** Dark pixels on the outline of a box (a ruling inside the box would show there). */
    static int inkAlongBorder(BufferedImage img, Rect r) {
        int n = 0;
        var ras = img.getRaster();
        for (int x = r.x(); x < r.right(); x++) {
            if (ras.getSample(x, r.y(), 0) < 128) n++;
            if (ras.getSample(x, r.bottom() - 1, 0) < 128) n++;
        }
        for (int y = r.y(); y < r.bottom(); y++) {
            if (ras.getSample(r.x(), y, 0) < 128) n++;
            if (ras.getSample(r.right() - 1, y, 0) < 128) n++;
        }
        return n;
    }
}
