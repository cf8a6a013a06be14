package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueCoreTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '\t', nullValues = "NONE", textBlock = """
            ৮০% /	৮০%
            ২৪ /	২৪
            /৪	৪
            -৮২	৮২
            ০২/০৩/২৪ /.	০২/০৩/২৪
            // ১৫/০৫/২০২৫ --	১৫/০৫/২০২৫
            ৬৫%/	৬৫%
            ৩ / -	৩
            ৭.৫ -	৭.৫
            ১ ০	NONE
            ২ ---৭--	NONE
            ২১/০২/২৪ /৭	NONE
            ৮০%	NONE
            ১৫/০৫/২০২৫	NONE
            ক ৪	NONE
            --	NONE
            """)
    void theOneValueAmongMarks(String text, String core) {
        assertThat(ValueCore.of(text).orElse(null)).isEqualTo(core);
    }
}
