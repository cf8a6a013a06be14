package org.suchi.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CellCleaner} on a synthetic page; needs the OpenCV natives (fails without them). */
class CellCleanerTest {
    static final int DPI = 200;
    static CellCleaner cleaner;
    // cells: x 100..500 and 500..900, y 100..300; text box of the first cell is inside the rulings
    static final Rect TEXT_CELL = new Rect(104, 104, 392, 192);
    static final Rect STAMP_CELL = new Rect(504, 104, 392, 192);
    static final Rect TEXT_AREA = new Rect(520, 130, 200, 50); // where the stamped cell's text is

    @BeforeAll
    static void setUp() {
        cleaner = new CellCleaner();
    }

    static PreparedPage page(boolean stamp) {
        BufferedImage img = TestPages.page(1100, 500);
        Graphics2D g = TestPages.graphics(img);
        // rulings
        for (int y : new int[] {100, 300}) g.fillRect(100, y - 1, 801, 3);
        for (int x : new int[] {100, 500, 900}) g.fillRect(x - 1, 100, 3, 201);
        g.setFont(TestPages.banglaFont(10, DPI));
        g.drawString("কর্মসম্পাদন সূচক", 120, 160);
        g.drawString("সেবা সহজিকরণ", 520, 160);
        if (stamp) {
            // a seal: a ring crossing the cell's right and bottom border, clear of the text
            g.setStroke(new BasicStroke(4f));
            g.drawOval(760, 200, 220, 220);
            g.setStroke(new BasicStroke(2f));
            g.drawOval(790, 230, 160, 160);
        }
        g.dispose();
        GrayImage gray = GrayImage.of(img);
        byte[] b = gray.pixels().clone();
        for (int i = 0; i < b.length; i++) b[i] = (byte) ((b[i] & 0xff) < 140 ? 0 : 255);
        return new PreparedPage(1, gray, new GrayImage(gray.width(), gray.height(), b), DPI, 0, 0);
    }

    @Test
    void cellWithOnlyTextIsReturnedUnchanged() {
        PreparedPage p = page(true);
        CellCleaner.CleanedCell c = cleaner.clean(p, TEXT_CELL);
        assertThat(c.removed()).isZero();
        assertThat(c.box()).isEqualTo(TEXT_CELL);
        assertThat(c.gray().pixels()).isEqualTo(p.gray().crop(TEXT_CELL).pixels());
        assertThat(c.binary().pixels()).isEqualTo(p.binary().crop(TEXT_CELL).pixels());
    }

    @Test
    void stampCrossingTheCellBorderIsRemovedAndTextKept() {
        PreparedPage p = page(true);
        PreparedPage clean = page(false);
        CellCleaner.CleanedCell c = cleaner.clean(p, STAMP_CELL);
        assertThat(c.removed()).isGreaterThanOrEqualTo(1);
        // no ink is left where the rings are (right part of the cell, below the text)
        Rect ringArea = new Rect(750 - STAMP_CELL.x(), 190 - STAMP_CELL.y(), STAMP_CELL.right() - 750, STAMP_CELL.bottom() - 190);
        assertThat(TestPages.ink(c.binary(), ringArea)).isZero();
        assertThat(TestPages.ink(p.binary(), new Rect(750, 190, STAMP_CELL.right() - 750, STAMP_CELL.bottom() - 190))).isGreaterThan(200);
        // the text is untouched
        Rect text = new Rect(TEXT_AREA.x() - STAMP_CELL.x(), TEXT_AREA.y() - STAMP_CELL.y(), TEXT_AREA.width(), TEXT_AREA.height());
        int before = TestPages.ink(clean.binary(), TEXT_AREA);
        assertThat(before).isGreaterThan(300);
        assertThat(TestPages.ink(c.binary(), text)).isEqualTo(before);
        // the grey crop is white where ink was removed
        for (int y = ringArea.y(); y < ringArea.bottom(); y++) {
            for (int x = ringArea.x(); x < ringArea.right(); x++) {
                if (p.binary().get(x + STAMP_CELL.x(), y + STAMP_CELL.y()) == 0) assertThat(c.gray().get(x, y)).isEqualTo(255);
            }
        }
    }

    @Test
    void rulingReachingIntoTheBoxIsRemoved() {
        PreparedPage p = page(false);
        // a box that (as if the ruling were bent) includes the top ruling in its first rows
        Rect box = new Rect(110, 98, 380, 150);
        CellCleaner.CleanedCell c = cleaner.clean(p, box);
        assertThat(TestPages.ink(p.binary(), new Rect(110, 98, 380, 4))).isGreaterThan(700);
        assertThat(TestPages.ink(c.binary(), new Rect(0, 0, 380, 5))).isZero();
        // the text stays
        assertThat(TestPages.ink(c.binary(), new Rect(10, 30, 300, 40))).isEqualTo(TestPages.ink(p.binary(), new Rect(120, 128, 300, 40)));
    }

    @Test
    void boxOutsideThePageIsRejected() {
        assertThatThrownBy(() -> cleaner.clean(page(false), new Rect(2000, 2000, 10, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
