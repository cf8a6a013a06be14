package org.suchi.ocr.glyph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DigitModelTest {
    private static final DigitModel MODEL = DigitModel.load();

    @Test
    void loadsTheShippedModel() throws IOException {
        assertThat(MODEL.size()).isGreaterThanOrEqualTo(10 * DigitModel.SYMBOLS.length());
        try (var in = DigitModel.class.getResourceAsStream(DigitModel.RESOURCE)) {
            assertThat(in).as("the model is a classpath resource").isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(1 << 20);
        }
    }

    @Test
    void roundTripKeepsBytesAndPredictions() throws IOException {
        byte[] bytes = bytes(MODEL);
        DigitModel back = DigitModel.read(new ByteArrayInputStream(bytes));
        assertThat(bytes(back)).isEqualTo(bytes);
        DigitClassifier a = new DigitClassifier(MODEL), b = new DigitClassifier(back);
        List<Glyph> glyphs = new ArrayList<>();
        GlyphSegmenter seg = new GlyphSegmenter();
        for (String text : List.of("১৬/০৫/২০২৪", "৮৫%", "৩৭.২৯", "--")) {
            ValueRenderer.Sample s = Rendered.render(text, "Lohit-Bengali.ttf", Rendered.HELD_OUT, text.hashCode());
            glyphs.addAll(seg.segment(s.binary(), s.band()));
        }
        assertThat(glyphs).hasSizeGreaterThan(15);
        for (Glyph g : glyphs) assertThat(b.classify(g)).isEqualTo(a.classify(g));
    }

    @Test
    void rejectsOtherData() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
            gz.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        assertThatThrownBy(() -> DigitModel.read(new ByteArrayInputStream(raw.toByteArray())))
                .isInstanceOf(IOException.class);
        byte[] good = bytes(MODEL);
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        assertThatThrownBy(() -> DigitModel.read(new ByteArrayInputStream(cut))).isInstanceOf(IOException.class);
    }

    @Test
    void trainingGlyphsDoNotDependOnThreads() {
        var fonts = List.of(Rendered.font("Lohit-Bengali.ttf"), Rendered.font("NotoSerifBengali-Regular.ttf"));
        var one = DigitModelBuilder.glyphs(fonts, DigitModelBuilder.AUGMENT, 40, 7);
        var two = DigitModelBuilder.glyphs(fonts, DigitModelBuilder.AUGMENT, 40, 7);
        assertThat(one).hasSizeGreaterThan(80).hasSameSizeAs(two);
        for (int i = 0; i < one.size(); i++) {
            assertThat(two.get(i).label()).isEqualTo(one.get(i).label());
            assertThat(two.get(i).features()).containsExactly(one.get(i).features());
        }
    }

    private static byte[] bytes(DigitModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }
}
