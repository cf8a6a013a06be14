package org.suchi.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.AffineTransform;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayerTest {
    private static TextLine.Word w(String t, double l, double r, double top, double bottom) {
        return new TextLine.Word(t, l, top, r, bottom);
    }

    @Test
    void wordsAreUtf16HexInLogicalOrder() {
        // কি: KA then the pre-base vowel sign I, stored after it (logical order) whatever the drawing order
        assertThat(TextLayer.utf16Hex("কি")).isEqualTo("099509BF");
        assertThat(TextLayer.utf16Hex("ক্ষে")).isEqualTo("099509CD09B709C7");
        assertThat(TextLayer.utf16Hex("a\u0000b😀")).as("controls and non-BMP dropped").isEqualTo("00610062");
    }

    @Test
    void tightLinesGetAFontNoLargerThanTheirSpacingAndWordsNeverOverlap() {
        // two lines 30 px apart whose letters are 40 px tall (overlapping boxes as OCR gives them)
        TextLine a = new TextLine(List.of(w("এক", 100, 200, 60, 100), w("দুই", 190, 300, 60, 100)), 100, 60);
        TextLine b = new TextLine(List.of(w("তিন", 100, 250, 90, 130)), 130, 90);
        List<TextLayer.Placed> placed = TextLayer.place(List.of(a, b));
        TextLayer.Placed lower = placed.stream().filter(p -> p.baseline() == 130).findFirst().orElseThrow();
        assertThat(lower.size()).isLessThanOrEqualTo(30.0);
        TextLayer.Placed upper = placed.stream().filter(p -> p.baseline() == 100).findFirst().orElseThrow();
        assertThat(upper.words()).hasSize(2);
        assertThat(upper.words().get(1).left()).as("second word starts where the first ends").isGreaterThanOrEqualTo(upper.words().get(0).right());
    }

    @Test
    void aWordBoxRunningOverItsNeighboursIsCutNotTheNeighboursDropped() {
        TextLine l = new TextLine(List.of(w("প্রাণিসম্পদ", 100, 700, 60, 100), w("বিষয়ক", 300, 400, 60, 100),
                w("মানিকগঞ্জ", 420, 600, 60, 100), w("শ্রেষ্ঠ", 710, 800, 60, 100)), 100, 60);
        List<TextLine.Word> ws = TextLayer.place(List.of(l)).get(0).words();
        assertThat(ws).extracting(TextLine.Word::text).containsExactly("প্রাণিসম্পদ", "বিষয়ক", "মানিকগঞ্জ", "শ্রেষ্ঠ");
        for (int i = 0; i + 1 < ws.size(); i++) assertThat(ws.get(i).right()).isLessThanOrEqualTo(ws.get(i + 1).left());
        assertThat(ws.get(0).right()).isEqualTo(300.0);
    }

    @Test
    void oddTableColumnsAreSmallerThanEvenOnes() {
        TextLine even = new TextLine(List.of(w("ক", 0, 50, 0, 40)), 40, 0, 2);
        TextLine odd = new TextLine(List.of(w("খ", 100, 150, 0, 40)), 40, 0, 3);
        List<TextLayer.Placed> p = TextLayer.place(List.of(even, odd));
        assertThat(p.get(1).size() / p.get(0).size()).isCloseTo(TextLayer.ODD_COLUMN, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void operatorsPlaceEachWordOnTheLineBaselineScaledToItsBox() {
        TextLine l = new TextLine(List.of(w("ক", 100, 200, 60, 100), w("খগ", 220, 320, 60, 100)), 100, 60);
        // 300 dpi image of 1000 x 1000 px on a page of 240 x 240 pt
        AffineTransform t = PageGeometry.imageToUser(1000, 1000, 0, 0, 240, 240);
        String ops = TextLayer.operators(List.of(l), t, "F1", 500);
        assertThat(ops).startsWith("BT\n3 Tr\n").endsWith("ET\n");
        // first word at x = 24 pt, baseline y = 240 - 24 = 216; a space after it fills the gap to the next word
        // font size: the letters' 40 px = 9.6 pt; the first word and its space span 120 px = 28.8 pt: 2 units of
        // half an em are 9.6 pt, so Tz 300
        assertThat(ops).contains("/F1 9.6 Tf").contains("1 0 0 1 24 216 Tm 300 Tz <09950020> Tj");
        assertThat(ops).contains("1 0 0 1 52.8 216 Tm 250 Tz <09960997> Tj");
        // a column gap (wider than a font size) gets no space
        TextLine far = new TextLine(List.of(w("ক", 100, 150, 60, 100), w("খ", 900, 950, 60, 100)), 100, 60);
        assertThat(TextLayer.operators(List.of(far), t, "F1", 500)).contains("<0995> Tj");
    }

    @Test
    void geometryUndoesTheQuarterTurnAndTheSkew() {
        AffineTransform m = PageGeometry.rawToPrepared(1000, 600, 90, 0);
        java.awt.geom.Point2D p = m.transform(new java.awt.geom.Point2D.Double(0, 0), null);
        assertThat(p.getX()).isEqualTo(600.0); // raw top-left goes to the top-right of the upright page
        assertThat(p.getY()).isEqualTo(0.0);
        AffineTransform s = PageGeometry.rawToPrepared(1000, 1000, 0, 2.0);
        java.awt.geom.Point2D c = s.transform(new java.awt.geom.Point2D.Double(500, 500), null);
        assertThat(c.getX()).isCloseTo(500, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.getY()).isCloseTo(500, org.assertj.core.data.Offset.offset(1e-9));
    }
}
