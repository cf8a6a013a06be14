package org.suchi.image;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The image stage on synthetic scans. These tests need the OpenCV natives and fail (they do not
 * skip) when those cannot be loaded.
 */
@Tag("slow")
class OpenCvPagePreprocessorTest {
    static final int DPI = 150;
    static OpenCvPagePreprocessor pre;
    static GrayImage table;   // a landscape ruled table page with Bangla text, upright
    static GrayImage letter;  // a portrait cover letter, upright

    @BeforeAll
    static void setUp() {
        pre = new OpenCvPagePreprocessor(); // throws if OpenCV cannot be loaded
        table = GrayImage.of(tablePage(DPI));
        letter = GrayImage.of(TestPages.letter(DPI));
    }

    /** A table with 6 columns and 8 rows of Bangla words, title above. */
    static BufferedImage tablePage(int dpi) {
        int w = (int) Math.round(11.69 * dpi), h = (int) Math.round(8.27 * dpi);
        BufferedImage img = TestPages.page(w, h);
        Graphics2D g = TestPages.graphics(img);
        g.setFont(TestPages.banglaFont(14, dpi));
        g.drawString(TestPages.BANGLA_LINES.get(0), (int) (1.5 * dpi), (int) (0.8 * dpi));
        g.setFont(TestPages.banglaFont(10, dpi));
        int x0 = (int) (0.5 * dpi), y0 = (int) (1.2 * dpi), cw = (int) (1.7 * dpi), rh = (int) (0.7 * dpi);
        int t = Math.max(2, dpi / 100);
        for (int i = 0; i <= 8; i++) g.fillRect(x0, y0 + i * rh, 6 * cw + t, t);
        for (int j = 0; j <= 6; j++) g.fillRect(x0 + j * cw, y0, t, 8 * rh + t);
        int k = 0;
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 6; j++) {
                g.drawString(TestPages.BANGLA_WORDS.get(k++ % TestPages.BANGLA_WORDS.size()), x0 + j * cw + dpi / 12, y0 + i * rh + dpi / 4);
                g.drawString(TestPages.BANGLA_WORDS.get(k++ % TestPages.BANGLA_WORDS.size()), x0 + j * cw + dpi / 12, y0 + i * rh + dpi / 2);
            }
        }
        g.dispose();
        return img;
    }

    @Test
    void nativesLoad() {
        OpenCvSupport.ensureLoaded();
        GrayImage img = new GrayImage(3, 2, new byte[] {1, 2, 3, 4, 5, (byte) 250});
        try (var m = OpenCvSupport.toMat(img)) {
            assertThat(m.cols()).isEqualTo(3);
            assertThat(m.rows()).isEqualTo(2);
            assertThat(OpenCvSupport.toGray(m).pixels()).containsExactly(1, 2, 3, 4, 5, (byte) 250);
        }
    }

    @Test
    void uprightCleanPageIsLeftAlone() {
        PreparedPage p = pre.prepare(3, table, DPI);
        assertThat(p.page()).isEqualTo(3);
        assertThat(p.dpi()).isEqualTo(DPI);
        assertThat(p.rotation()).isZero();
        assertThat(p.skewDegrees()).isCloseTo(0.0, within(0.05));
        assertThat(p.gray().width()).isEqualTo(table.width());
        assertThat(p.binary().height()).isEqualTo(table.height());
        // binary is strictly 0/255 and the ink sits where it was drawn
        for (byte b : p.binary().pixels()) assertThat(b == 0 || b == (byte) 255).isTrue();
        int x0 = (int) (0.5 * DPI), y0 = (int) (1.2 * DPI);
        assertThat(p.binary().get(x0 + 1, y0 + 40)).isZero();   // left border of the table
        assertThat(p.binary().get(x0 + 40, y0 + 1)).isZero();   // top border
        assertThat(p.binary().get(5, 5)).isEqualTo(255);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.6, -0.4, -1.3})
    void tableSkewIsMeasuredAndRemoved(double degrees) {
        GrayImage scan = TestPages.scan(TestPages.rotate(table, degrees), 205, 235, 6, 1);
        PreparedPage p = pre.prepare(1, scan, DPI);
        assertThat(p.skewDegrees()).isCloseTo(degrees, within(0.1));
        // the top border is horizontal again: same row at both ends of the table
        int y0 = (int) (1.2 * DPI);
        int left = darkestRow(p.binary(), (int) (0.8 * DPI), y0 - 60, y0 + 60);
        int right = darkestRow(p.binary(), (int) (10.3 * DPI), y0 - 60, y0 + 60);
        assertThat(Math.abs(left - right)).isLessThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.5, -0.9})
    void letterSkewIsMeasuredFromTextLines(double degrees) {
        GrayImage scan = TestPages.scan(TestPages.rotate(letter, degrees), 215, 235, 5, 2);
        PreparedPage p = pre.prepare(1, scan, DPI);
        assertThat(p.skewDegrees()).isCloseTo(degrees, within(0.2));
        assertThat(p.rotation()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void turnedTablePageIsTurnedBack(int turn) {
        GrayImage turned = TestPages.turn(table, turn);
        PreparedPage p = pre.prepare(1, turned, DPI);
        assertThat(p.rotation()).isEqualTo(turn);
        assertThat(p.binary().width()).isEqualTo(table.width());
        assertThat(agreement(p.binary(), pre.prepare(1, table, DPI).binary())).isGreaterThan(0.97);
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void turnedLetterIsTurnedBack(int turn) {
        GrayImage scan = TestPages.scan(TestPages.turn(letter, turn), 200, 240, 6, 3);
        PreparedPage p = pre.prepare(1, scan, DPI);
        assertThat(p.rotation()).isEqualTo(turn);
        assertThat(p.binary().width()).isEqualTo(letter.width());
    }

    @Test
    void blankPageStaysUpright() {
        GrayImage blank = TestPages.scan(GrayImage.of(TestPages.page(1200, 900)), 210, 230, 6, 4);
        PreparedPage p = pre.prepare(1, blank, DPI);
        assertThat(p.rotation()).isZero();
        assertThat(p.skewDegrees()).isZero();
        // noise on blank paper does not become ink
        assertThat(TestPages.ink(p.binary(), new Rect(0, 0, 1200, 900))).isLessThan(1200 * 900 / 1000);
    }

    @Test
    void unevenPaperIsFlattened() {
        // strong gradient: paper from 120 (dark corner) to 235
        GrayImage scan = TestPages.scan(table, 120, 235, 3, 5);
        PreparedPage p = pre.prepare(1, scan, DPI);
        // paper is white everywhere, also in the dark corner and inside the table
        assertThat(p.gray().get(20, 20)).isGreaterThan(225);
        assertThat(p.gray().get(table.width() - 20, table.height() - 20)).isGreaterThan(225);
        int inCell = p.gray().get((int) (0.5 * DPI) + 20, (int) (1.2 * DPI) + (int) (0.7 * DPI) - 10);
        assertThat(inCell).isGreaterThan(215);
        // and the rulings are ink on both sides of the page
        assertThat(TestPages.ink(p.binary(), new Rect((int) (0.5 * DPI) - 3, 300, 8, 100))).isGreaterThan(150);
        assertThat(TestPages.ink(p.binary(), new Rect((int) (0.5 * DPI) + 6 * (int) (1.7 * DPI) - 3, 300, 8, 100))).isGreaterThan(150);
        assertThat(TestPages.ink(p.binary(), new Rect(0, 0, 200, 150))).isZero();
    }

    @Test
    void darkScannerEdgesArePaintedWhite() {
        // a dark band along the top (a wedge: 12..30 px) and along the right (20 px)
        byte[] px = TestPages.scan(table, 215, 230, 4, 6).pixels().clone();
        int w = table.width(), h = table.height();
        for (int x = 0; x < w; x++) {
            int depth = 12 + 18 * x / w;
            for (int y = 0; y < depth; y++) px[y * w + x] = (byte) 30;
        }
        for (int y = 0; y < h; y++) for (int x = w - 20; x < w; x++) px[y * w + x] = (byte) 25;
        PreparedPage p = pre.prepare(1, new GrayImage(w, h, px), DPI);
        assertThat(TestPages.ink(p.binary(), new Rect(0, 0, w, 32))).isZero();
        assertThat(TestPages.ink(p.binary(), new Rect(w - 24, 0, 24, h))).isZero();
        assertThat(p.gray().get(w / 2, 5)).isGreaterThan(240);
        assertThat(p.gray().get(w - 5, h / 2)).isGreaterThan(240);
        // the table is still there
        assertThat(p.binary().get((int) (0.5 * DPI) + 1, h / 2)).isZero();
    }

    @Test
    void tableCutByThePageBottomKeepsItsRulingsAtTheEdge() {
        // vertical rulings that run into the bottom border are content, not a dark edge
        GrayImage cut = table.crop(new Rect(0, 0, table.width(), (int) (1.2 * DPI) + 5 * (int) (0.7 * DPI) + 40));
        PreparedPage p = pre.prepare(1, cut, DPI);
        int x0 = (int) (0.5 * DPI);
        assertThat(p.binary().get(x0 + 1, cut.height() - 3)).isZero();
    }

    @Test
    void implausibleDpiIsGuessedFromTheA4Size() {
        assertThat(OpenCvPagePreprocessor.effectiveDpi(1754, 1240, 0)).isEqualTo(150);
        assertThat(OpenCvPagePreprocessor.effectiveDpi(3508, 2479, -1)).isEqualTo(300);
        assertThat(OpenCvPagePreprocessor.effectiveDpi(3508, 2479, 200)).isEqualTo(200);
    }

    @Test
    void optionsCanSwitchStepsOff() {
        GrayImage scan = TestPages.turn(TestPages.rotate(table, 1.0), 180);
        PreparedPage p = new OpenCvPagePreprocessor(new OpenCvPagePreprocessor.Options(true, false, false, 5))
                .prepare(1, scan, DPI);
        assertThat(p.rotation()).isZero();
        assertThat(p.skewDegrees()).isZero();
    }

    /** The row with most ink in a 40-pixel wide strip around x. */
    static int darkestRow(GrayImage bin, int x, int y0, int y1) {
        int best = y0, bestN = -1;
        for (int y = y0; y <= y1; y++) {
            int n = TestPages.ink(bin, new Rect(x - 20, y, 40, 1));
            if (n > bestN) { bestN = n; best = y; }
        }
        return best;
    }

    /** Share of pixels on which two binary images agree, counted over ink pixels of either. */
    static double agreement(GrayImage a, GrayImage b) {
        assertThat(a.width()).isEqualTo(b.width());
        assertThat(a.height()).isEqualTo(b.height());
        long both = 0, either = 0;
        byte[] pa = a.pixels(), pb = b.pixels();
        for (int i = 0; i < pa.length; i++) {
            boolean ia = pa[i] == 0, ib = pb[i] == 0;
            if (ia || ib) either++;
            if (ia && ib) both++;
        }
        return either == 0 ? 1 : both / (double) either;
    }
}
