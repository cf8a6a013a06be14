package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The serial of an e-Nothi memo number keeps the dot a letter prints before it; OCR's other separators become "-". */
class MemoSerialDotTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "নং ২৭.০০.০০০০.০৯৪.২২.০০১.২৩.৫৫—নির্দেশক্রমে জানানো|27.00.0000.094.22.001.23.55",
            "স্মারক নং 27.00.0000.094.22.001.23.55|27.00.0000.094.22.001.23.55",
            "স্মারক নম্বর: ৫৫.০০.০০০০.১১৮.৩৬.০১১.১৮-২৯|55.00.0000.118.36.011.18-29",
            "স্মারক নম্বর: ৫৫.০০.০০০০.১১৮.৩৬.০১১.১৮,২৯|55.00.0000.118.36.011.18-29",
            "স্মারক নম্বর: ৫৫,০০.০০০০.১১৮.৩৬.০১১.১৮.২৯|55.00.0000.118.36.011.18-29",
    })
    void serialSeparator(String line, String memo) {
        assertThat(Memos.memoNumber(line).value()).isEqualTo(memo);
    }
}
