package org.suchi.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeakValueTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" shaped: {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            ৮০%	true
            ৭.৫	true
            ১২	true
            ১৫/০৫/২০২৫	true
            ১৫-০৫-২৫	true
            -	true
            ১০০%	true
            ৬০৯	false
            ১০০৯	false
            ৮০০	false
            ৯	true
            ৯০	true
            ১৫/০%১/২০২৫	false
            ৬৪৭২//২৪২৪.৭৮৪৯.	false
            //৩	false
            ৩ / -	false
            ৪.- ১	false
            \uFFFD	false
            """)
    void shape(String text, boolean shaped) {
        assertThat(WeakValue.shaped(text)).isEqualTo(shaped);
        assertThat(WeakValue.weak(text, ValueVote.of(text, 0.9, text, 0.9))).isEqualTo(!shaped);
    }

    @ParameterizedTest(name = "[{index}] tesseract \"{0}\", glyphs \"{1}\" ({2}): weak {3}")
    @CsvSource(delimiter = '\t', textBlock = """
            ৮০%	৮৪%	0.17	true
            ৮০%	৮০%	0.17	false
            	৫	0.9	false
            	৫	0.3	true
            ৫		0	true
            ৩	৩	0.7	false
            """)
    void aVoteInDoubtIsWeak(String tess, String glyph, double gConf, boolean weak) {
        ValueVote v = ValueVote.of(tess, 0.8, glyph, gConf);
        assertThat(WeakValue.weak(v.text(), v)).isEqualTo(weak);
    }
}
