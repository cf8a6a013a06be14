package org.suchi.textlayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.reading.OcrText;

class TextLinesTest {
    private static Glyph g(String t, double x, double base, double w) {
        return new Glyph(t, x, base, w, 30, "Test", false);
    }

    @Test
    void glyphsBecomeLinesWithWordGaps() {
        List<Glyph> gs = new ArrayList<>();
        // second line given first: lines are ordered by baseline, glyphs by x
        gs.add(g("সে", 100, 200, 40));
        gs.add(g("বা", 140, 200, 30));
        gs.add(g("ক", 100, 100, 30));
        gs.add(g("র্ম", 130, 100, 30));
        gs.add(g("", 160, 100, 10)); // a glyph whose text an earlier glyph of its cluster carries
        gs.add(g("দিন", 172, 100, 40)); // 2 px after the empty glyph: same word
        gs.add(g("এক", 260, 100, 40)); // 48 px gap: a new word
        OcrText t = TextLines.of(gs);
        assertThat(t.lines()).extracting(OcrText.Line::text).containsExactly("কর্মদিন এক", "সেবা");
        assertThat(t.text()).isEqualTo("কর্মদিন এক\nসেবা");
        assertThat(t.lines().get(0).box().y()).isLessThan(t.lines().get(1).box().y());
    }

    @Test
    void preBaseSignDrawnAsItsOwnGlyphMovesBehindItsCluster() {
        // visual order ক ি ল (a producer that maps each glyph on its own): কলি, not কিল
        List<Glyph> gs = List.of(g("ক", 100, 100, 30), g("ি", 130, 100, 10), g("ল", 140, 100, 30));
        assertThat(TextLines.of(gs).text()).isEqualTo("কলি");
    }

    @Test
    void paragraphsOfACellAreSplitAtWideGaps() {
        List<Glyph> gs = new ArrayList<>();
        gs.add(g("প্রথম", 100, 100, 80));
        gs.add(g("লাইন/", 100, 154, 80));
        gs.add(g("শেষ।", 100, 208, 80));
        gs.add(g("দ্বিতীয়", 100, 311, 80)); // gap of two line pitches: a new paragraph
        OcrText p = TextLines.paragraphs(TextLines.of(gs));
        assertThat(p.lines()).extracting(OcrText.Line::text).containsExactly("প্রথম লাইন/শেষ।", "দ্বিতীয়");
    }
}
