package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodesTest {

    static Stream<Arguments> codes() {
        return Tsv.args("codes.tsv");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("codes")
    void splitsCodeFromText(String source, String cell, String code, String rest) {
        Codes.Coded c = Codes.split(cell);
        assertThat(c.code()).as("code").isEqualTo(code.isEmpty() ? null : code);
        assertThat(c.text()).as("text").isEqualTo(BanglaText.nfc(rest));
        if (rest.isEmpty() && !code.isEmpty()) {
            assertThat(Codes.code(cell).value()).isEqualTo(code);
        }
    }

    static Stream<Arguments> splits() {
        return Tsv.args("code-split.tsv");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("splits")
    void splitsStackedIndicators(String source, String cell, String pieces) {
        List<String> actual = Codes.splitAll(cell).stream()
                .map(c -> (c.code() == null ? "-" : c.code()) + "|" + c.text()).toList();
        List<String> expected = Stream.of(pieces.split(" \\|\\| ")).map(BanglaText::nfc).toList();
        assertThat(actual).isEqualTo(expected);
    }

    static Stream<Arguments> serials() {
        return Tsv.args("serials.tsv");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("serials")
    void serials(String source, String cell, String expected) {
        Parsed<String> p = Codes.serial(cell);
        if (expected.equals("FAIL")) {
            assertThat(p.value()).isNull();
            assertThat(p.problem()).isNotNull();
        } else {
            assertThat(p.ok()).isTrue();
            assertThat(p.value()).isEqualTo(expected);
        }
    }

    @Test
    void doubtfulReadingsCarryAProblem() {
        assertThat(Codes.code("[১.১.১1").problem()).contains("closing bracket");
        assertThat(Codes.code("[১.১.2]").problem()).contains("mixed");
        assertThat(Codes.code("[১.১.১] সেবা").problem()).contains("text after code");
        assertThat(Codes.code("সেবা সহজিকরণ").problem()).contains("not a code");
        assertThat(Codes.code("").isEmpty()).isTrue();
        // a year or a count is not a code component
        assertThat(Codes.split("২০২৩.২৪ সাল").code()).isNull();
        // an indicator code that lost its dots opens the cell: one digit a part, with the doubt
        assertThat(Codes.split("[১১১] মন্ত্রণালয়/বিভাগ কর্তৃক").code()).isEqualTo("1.1.1");
        assertThat(Codes.split("[১১১] মন্ত্রণালয়/বিভাগ কর্তৃক").problem()).contains("without its dots");
        assertThat(Codes.split("[১৫২ স্মার্ট বাংলাদেশ").code()).isEqualTo("1.5.2");
        assertThat(Codes.split("(১২৫) জন").code()).as("not in square brackets").isNull();
        assertThat(Codes.split("[১২৫০] টাকা").code()).as("four digits").isNull();
        assertThat(Codes.splitAll("২০ জনকে [১২০] টাকা")).as("inside a text").extracting(Codes.Coded::code).containsOnlyNulls();
        // a Latin 1 after Latin digits stays a digit
        assertThat(Codes.code("[1.1.11]").value()).isEqualTo("1.1.11");
    }

    @Test
    void depthAndParent() {
        assertThat(Codes.depth("1")).isEqualTo(1);
        assertThat(Codes.depth("1.1")).isEqualTo(2);
        assertThat(Codes.depth("1.5.2")).isEqualTo(3);
        assertThat(Codes.depth(null)).isZero();
        assertThat(Codes.parent("1.5.2")).isEqualTo("1.5");
        assertThat(Codes.parent("1")).isNull();
    }
}
