package org.suchi.textlayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerCheckTest {
    private static Glyph g(String text, String font) {
        return new Glyph(text, 0, 0, 10, 10, font, false);
    }

    @Test
    void unicodeBanglaWithDigitsAndPunctuationIsText() {
        List<Glyph> gs = List.of(g("স্মারক নম্বর: ", "NotoSerifBengali-Regular"), g("27.00.0000.094.22.001.23.55", "NikoshBAN"),
                g("তারিখ: ১৬/০৫/২০২৪ (সংশোধিত) ৮৫%", "Lohit-Bengali"), g("Annual Report", "TimesNewRoman"));
        assertThat(LayerCheck.garbage(gs)).isZero();
    }

    @Test
    void unconvertedLegacyCodePointsAreGarbage() {
        // SutonnyMJ text that was not converted: Windows-1252 punctuation and Latin-1 symbols
        assertThat(LayerCheck.garbage(List.of(g("†iwR÷vW© bs wW G-1 evsjv‡`k", "Unknown")))).isGreaterThan(LayerCheck.MAX_GARBAGE);
    }

    @Test
    void banglaFontGlyphsMappedToLatinAreGarbage() {
        // Nikosh re-encoded by Ghostscript: its glyphs come out as ASCII letters and punctuation
        assertThat(LayerCheck.garbage(List.of(g(": \"& ' ( \")*+ , -/ /+ 0 +/+1 23 -", "Nikosh"), g("He Q T `D", "Nikosh"))))
                .isGreaterThan(LayerCheck.MAX_GARBAGE);
        // PDFBox's own Bangla subsets: conjunct glyphs mapped to Latin Extended letters
        assertThat(LayerCheck.garbage(List.of(g("কƸমসŕাদন", "Lohit-Bengali")))).isGreaterThan(LayerCheck.MAX_GARBAGE);
    }

    @Test
    void countsVisibleAndInvisibleCharactersApart() {
        List<Glyph> gs = List.of(g("ab c", "X"), new Glyph("defg", 0, 0, 1, 1, "X", true));
        assertThat(LayerCheck.chars(gs, false)).isEqualTo(3);
        assertThat(LayerCheck.chars(gs, true)).isEqualTo(4);
    }
}
