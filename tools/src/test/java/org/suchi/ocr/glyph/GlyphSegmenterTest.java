package org.suchi.ocr.glyph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;

class GlyphSegmenterTest {
    private final GlyphSegmenter segmenter = new GlyphSegmenter();

    private List<Glyph> segment(String text, String font) {
        ValueRenderer.Sample s = Rendered.render(text, font, Rendered.CLEAN, 1);
        return segmenter.segment(s.binary(), s.band());
    }

    private static List<Glyph.Kind> kinds(List<Glyph> gs) {
        return gs.stream().map(Glyph::kind).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lohit-Bengali.ttf", "NotoSerifBengali-Regular.ttf", "NotoSansBengali-Regular.ttf"})
    void cutsAValueIntoItsGlyphsLeftToRight(String font) {
        List<Glyph> date = segment("১৬/০৫/২০২৪", font);
        assertThat(date).hasSize(10);
        assertThat(kinds(date)).containsOnly(Glyph.Kind.INK);
        for (int i = 1; i < date.size(); i++) {
            assertThat(date.get(i).box().x()).isGreaterThan(date.get(i - 1).box().x());
        }
        assertThat(segment("১০", font)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lohit-Bengali.ttf", "NotoSerifBengali-Regular.ttf", "NotoSansBengali-Regular.ttf",
            "FreeSans.ttf", "Mukti.ttf", "JamrulNormal.ttf"})
    void joinsThePartsOfPercent(String font) {
        List<Glyph> g = segment("৮৫%", font);
        assertThat(g).hasSize(3);
        Rect percent = g.get(2).box();
        assertThat(percent.width()).isGreaterThan(g.get(1).box().width() / 2);
        assertThat(g.get(2).kind()).isEqualTo(Glyph.Kind.INK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lohit-Bengali.ttf", "NotoSerifBengali-Regular.ttf", "NotoSansBengali-Regular.ttf"})
    void marksDashesAndDots(String font) {
        assertThat(kinds(segment("-", font))).containsExactly(Glyph.Kind.DASH);
        assertThat(kinds(segment("--", font))).containsExactly(Glyph.Kind.DASH, Glyph.Kind.DASH);
        assertThat(kinds(segment("১৬-৫-২৪", font))).containsExactly(Glyph.Kind.INK, Glyph.Kind.INK,
                Glyph.Kind.DASH, Glyph.Kind.INK, Glyph.Kind.DASH, Glyph.Kind.INK, Glyph.Kind.INK);
        List<Glyph.Kind> dotted = kinds(segment("১৬.০৫.২০২৪", font));
        assertThat(dotted).hasSize(10);
        assertThat(dotted.get(2)).isEqualTo(Glyph.Kind.DOT);
        assertThat(dotted.get(5)).isEqualTo(Glyph.Kind.DOT);
    }

    @Test
    void dropsSpecksAndJoinsStackedPiecesWithoutFonts() {
        Canvas c = new Canvas(80, 30);
        c.fill(5, 5, 8, 20);      // a tall glyph
        c.fill(20, 14, 10, 2);    // a dash at mid height
        c.fill(35, 5, 8, 8);      // upper and
        c.fill(36, 16, 6, 9);     // lower part of one glyph
        c.fill(60, 2, 1, 1);      // a speck
        c.fill(50, 5, 8, 20);
        List<Glyph> g = segmenter.segment(c.image(), new Rect(0, 0, 80, 30));
        assertThat(kinds(g)).containsExactly(Glyph.Kind.INK, Glyph.Kind.DASH, Glyph.Kind.INK, Glyph.Kind.INK);
        assertThat(g.get(2).box()).isEqualTo(new Rect(35, 5, 8, 20));
        assertThat(g.get(0).line().height()).isEqualTo(20);
        assertThat(segmenter.segment(new Canvas(10, 10).image(), new Rect(0, 0, 10, 10))).isEmpty();
    }

    @Test
    void offersCutsOfAWideGlyph() {
        Canvas c = new Canvas(60, 30);
        c.fill(5, 5, 16, 20);
        c.fill(21, 14, 3, 2);     // a thin bridge between two blobs
        c.fill(24, 5, 16, 20);
        Glyph wide = segmenter.segment(c.image(), new Rect(0, 0, 60, 30)).get(0);
        List<List<Glyph>> cuts = segmenter.splits(wide, 0.9);
        assertThat(cuts).isNotEmpty();
        List<Glyph> first = cuts.get(0);
        assertThat(first.get(0).box().right()).isLessThanOrEqualTo(24);
        assertThat(first.get(1).box().x()).isGreaterThanOrEqualTo(21);
        assertThat(segmenter.splits(segmenter.segment(c.image(), new Rect(0, 0, 21, 30)).get(0), 0.9)).isEmpty();
    }

    /** A white image to draw black boxes on. */
    private static final class Canvas {
        private final int w, h;
        private final byte[] px;

        Canvas(int w, int h) {
            this.w = w;
            this.h = h;
            this.px = new byte[w * h];
            Arrays.fill(px, (byte) 255);
        }

        void fill(int x, int y, int bw, int bh) {
            for (int j = y; j < y + bh; j++) for (int i = x; i < x + bw; i++) px[j * w + i] = 0;
        }

        GrayImage image() {
            return new GrayImage(w, h, px.clone());
        }
    }
}
