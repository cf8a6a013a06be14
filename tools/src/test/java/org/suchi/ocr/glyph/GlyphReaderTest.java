package org.suchi.ocr.glyph;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;

/**
 * Accuracy on rendered values the model never saw: other seeds, sizes and noise than training
 * ({@link Rendered#HELD_OUT}), and a font left out of training. Errors are counted on the whole reading
 * (Levenshtein distance to the truth), so segmentation mistakes count as well as wrong symbols.
 */
@Tag("slow")
class GlyphReaderTest {
    private static final GlyphReader READER = new GlyphReader(DigitModel.load());
    private static final int VALUES = 250;

    /** Glyph accuracy of {@link #VALUES} random values in one font. */
    private static double accuracy(String font, long seed) {
        int errors = 0, glyphs = 0;
        for (int i = 0; i < VALUES; i++) {
            Random rnd = new Random(seed * 1_000 + i);
            String text = ValueSampler.next(rnd);
            ValueRenderer.Sample s = ValueRenderer.render(text, Rendered.font(font), Rendered.HELD_OUT, rnd);
            errors += Rendered.editDistance(READER.read(s.binary(), s.band()).text(), text);
            glyphs += text.length();
        }
        return 1 - errors / (double) glyphs;
    }

    @Test
    void readsAFontItNeverSaw() {
        assertThat(DigitModelBuilder.TRAINING_FONTS).noneMatch(f -> f.file().equals("JamrulNormal.ttf"));
        assertThat(accuracy("JamrulNormal.ttf", 11)).isGreaterThanOrEqualTo(0.98);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lohit-Bengali.ttf", "NotoSerifBengali-Regular.ttf", "NotoSerifBengali-Bold.ttf",
            "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", "FreeSerif.ttf"})
    void readsTheReportFontsAtOtherSizesAndNoise(String font) {
        assertThat(accuracy(font, 12)).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void readsTightlySpacedDisplayFontsReasonably() {
        // digits of these faces touch at most sizes: cut by the reader, less reliably
        assertThat(accuracy("Mukti.ttf", 13)).isGreaterThanOrEqualTo(0.92);
        assertThat(accuracy("Ani.ttf", 13)).isGreaterThanOrEqualTo(0.87);
    }

    @Test
    void readsShortValuesExactly() {
        for (String font : List.of("Lohit-Bengali.ttf", "NotoSerifBengali-Regular.ttf", "JamrulNormal.ttf")) {
            for (String text : List.of("৫", "৪", "১০", "৮৫%", "১৬/০৫/২০২৪", "১৬-৫-২৪", "১৬.০৫.২০২৪", "-", "--")) {
                ValueRenderer.Sample s = Rendered.render(text, font, Rendered.CLEAN, 3);
                GlyphReader.Reading r = READER.read(s.binary(), s.band());
                assertThat(r.text()).as(font).isEqualTo(text);
                assertThat(r.glyphConfidences()).hasSize(text.length());
                assertThat(r.confidence()).isEqualTo(r.glyphConfidences().stream().mapToDouble(d -> d).min().orElse(0));
            }
        }
    }

    @Test
    void anEmptyBandReadsAsNothing() {
        byte[] white = new byte[20 * 10];
        java.util.Arrays.fill(white, (byte) 255);
        GlyphReader.Reading r = READER.read(new GrayImage(20, 10, white), new Rect(0, 0, 20, 10));
        assertThat(r.text()).isEmpty();
        assertThat(r.confidence()).isZero();
        assertThat(r.glyphConfidences()).isEmpty();
    }

    @Test
    void doubtfulGlyphsGetLowerConfidence() {
        int right = 0, wrong = 0;
        double rightConf = 0, wrongConf = 0;
        DigitClassifier c = new DigitClassifier(DigitModel.load());
        var glyphs = DigitModelBuilder.glyphs(List.of(Rendered.font("FreeSerifItalic.ttf")), Rendered.HELD_OUT, 300, 5);
        for (var g : glyphs) {
            var p = c.classify(DigitModel.quantize(g.features()));
            if (DigitModel.SYMBOLS.charAt(g.label()) == p.symbol()) {
                right++;
                rightConf += p.confidence();
            } else {
                wrong++;
                wrongConf += p.confidence();
            }
        }
        assertThat(wrong).isPositive();
        assertThat(wrongConf / wrong).isLessThan(0.6 * rightConf / right);
    }
}
