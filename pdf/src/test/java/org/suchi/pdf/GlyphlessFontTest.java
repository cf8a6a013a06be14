package org.suchi.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class GlyphlessFontTest {
    @Test
    void fontProgramHasOneBlankGlyphBesideNotdefHalfAnEmWide() throws Exception {
        byte[] ttf = GlyphlessFont.trueType();
        try (TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            assertThat(f.getNumberOfGlyphs()).isEqualTo(2);
            assertThat(f.getUnitsPerEm()).isEqualTo(1000);
            assertThat(f.getAdvanceWidth(1)).isEqualTo(GlyphlessFont.ADVANCE);
            assertThat(f.getGlyph().getGlyph(1).getPath().getBounds2D().isEmpty()).as("glyph 1 draws nothing").isTrue();
            assertThat(f.getGlyph().getGlyph(0).getPath().getBounds2D().isEmpty()).as(".notdef is a box").isFalse();
        }
        // the whole-font checksum comes out at the magic number once checkSumAdjustment is in
        assertThat(GlyphlessFont.checksum(ttf)).isEqualTo(0xB1B0AFBAL);
    }

    @Test
    void everyBmpCodeMapsToItselfAndToGlyphOne() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            COSDictionary dict = GlyphlessFont.create(doc);
            PDType0Font font = new PDType0Font(dict);
            for (int code : new int[] {0x0995, 0x09CD, 0x09B7, 0x09C7, 0x09CB, 0x09E7, 0x0020, 0x0041, 0x2013, 0xFFFD}) {
                assertThat(font.toUnicode(code)).as("code %04X", code).isEqualTo(new String(Character.toChars(code)));
                assertThat(font.codeToGID(code)).isEqualTo(1);
                assertThat(font.getWidth(code)).isEqualTo(GlyphlessFont.ADVANCE);
            }
            assertThat(GlyphlessFont.toUnicodeCMap()).doesNotContain("<D800>");
        }
    }
}
