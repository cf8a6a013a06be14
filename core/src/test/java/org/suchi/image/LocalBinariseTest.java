package org.suchi.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalBinariseTest {

    /** A w×h image of {@code paper} with a filled rectangle of {@code ink}. */
    private static GrayImage box(int w, int h, int paper, int ink, int x0, int y0, int x1, int y1) {
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean in = x >= x0 && x < x1 && y >= y0 && y < y1;
                px[y * w + x] = (byte) (in ? ink : paper);
            }
        }
        return new GrayImage(w, h, px);
    }

    @Test
    void otsuSeparatesInkFromPaperOnTheCropsOwnHistogram() {
        // a faint line: ink 150 on paper 200 (a page threshold of 110 would see no ink at all)
        GrayImage img = box(20, 10, 200, 150, 5, 2, 15, 8);
        int t = LocalBinarise.otsu(img);
        assertThat(t).isBetween(150, 199);
        GrayImage bin = LocalBinarise.threshold(img, t);
        assertThat(bin.get(6, 3)).isZero();
        assertThat(bin.get(1, 1)).isEqualTo(255);
    }

    @Test
    void theStricterThresholdLiesHalfwayFromTheInkToOtsu() {
        // 100 pixels of ink (40), a blurred rim of 10 pixels (150) and paper (220)
        byte[] px = new byte[20 * 10];
        java.util.Arrays.fill(px, (byte) 220);
        for (int i = 0; i < 100; i++) px[i] = 40;
        for (int i = 100; i < 110; i++) px[i] = (byte) 150;
        GrayImage img = new GrayImage(20, 10, px);
        // ink mean under 150: (40 * 100 + 150 * 10) / 110 = 50; halfway to 150: 100
        assertThat(LocalBinarise.thin(img, 150)).isEqualTo(100);
        assertThat(LocalBinarise.threshold(img, 150).get(5, 5)).isZero();
        assertThat(LocalBinarise.threshold(img, 100).get(5, 5)).isEqualTo(255);
        assertThat(LocalBinarise.threshold(img, 100).get(0, 0)).isZero();
        // no ink under the threshold: the threshold itself
        assertThat(LocalBinarise.thin(img, 10)).isEqualTo(10);
    }

    @Test
    void inkReachingANamedBorderGoesTheValuesOwnInkStays() {
        // a glyph in the middle and a stroke entering from the right border
        byte[] px = new byte[30 * 10];
        java.util.Arrays.fill(px, (byte) 255);
        for (int y = 3; y < 7; y++) for (int x = 5; x < 9; x++) px[y * 30 + x] = 0;
        for (int x = 20; x < 30; x++) px[5 * 30 + x] = 0;
        GrayImage bin = new GrayImage(30, 10, px);
        GrayImage kept = LocalBinarise.dropBorderInk(bin, true, true, true, true);
        assertThat(kept.get(6, 4)).isZero();
        assertThat(kept.get(25, 5)).isEqualTo(255);
        assertThat(kept.get(29, 5)).isEqualTo(255);
        // a side not named (the crop was cut there by the cell) keeps what touches it
        GrayImage cut = LocalBinarise.dropBorderInk(bin, true, true, false, true);
        assertThat(cut.get(25, 5)).isZero();
        // the input is not changed
        assertThat(bin.get(25, 5)).isZero();
    }
}
