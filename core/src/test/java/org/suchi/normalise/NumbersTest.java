package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumbersTest {

    static Stream<Arguments> table() {
        return Tsv.args("numbers.tsv");
    }

    @ParameterizedTest(name = "[{index}] {1} as {2}")
    @MethodSource("table")
    void numbers(String source, String cell, String kind, String expected) {
        Parsed<Number> p = switch (kind) {
            case "percent" -> Numbers.parsePercent(cell);
            case "count" -> Numbers.parseCount(cell);
            default -> Numbers.parse(cell);
        };
        Expect.parsed(p, expected, e -> {
            boolean doubtful = e.startsWith("DOUBTFUL:");
            String v = doubtful ? e.substring("DOUBTFUL:".length()) : e;
            assertThat(p.value()).as(p.toString()).isEqualTo(Numbers.toNumber(new BigDecimal(v)));
            assertThat(p.ok()).as(p.toString()).isEqualTo(!doubtful);
        });
    }

    @Test
    void integralValuesAreIntegers() {
        assertThat(Numbers.parse("৩৩").value()).isInstanceOf(Integer.class);
        assertThat(Numbers.parse("৭.০").value()).isEqualTo(7);
        assertThat(Numbers.parse("৮.৫").value()).isEqualTo(8.5);
    }

    /** Random numbers formatted in the ways the reports print them parse back to themselves. */
    @RepeatedTest(value = 20, name = "round trip batch {currentRepetition}")
    void roundTrip(RepetitionInfo info) {
        Random r = new Random(7919L * info.getCurrentRepetition());
        for (int i = 0; i < 200; i++) {
            boolean decimal = r.nextInt(4) == 0;
            BigDecimal v = decimal ? BigDecimal.valueOf(r.nextInt(1000), 1) : BigDecimal.valueOf(r.nextInt(101));
            String text = v.toPlainString();
            if (!decimal && r.nextBoolean() && text.length() == 1) text = "0" + text; // ০৭
            boolean pct = r.nextBoolean();
            if (pct) text = text + (r.nextBoolean() ? "%" : " %");
            if (r.nextBoolean()) text = BanglaText.toBanglaDigits(text);
            if (r.nextInt(5) == 0) text = " " + text + "  ";
            Number expected = Numbers.toNumber(v);
            Parsed<Number> p = pct ? Numbers.parsePercent(text) : Numbers.parse(text);
            assertThat(p.ok()).as(text + " -> " + p).isTrue();
            assertThat(p.value()).as(text).isEqualTo(expected);
        }
    }

    @Test
    void garbageIsAProblemNeverAGuess() {
        for (String g : new String[]{"৪৫ক", "১২-১২", "%", "৫.৫.৫", "x৪", "ক্রম"}) {
            Parsed<Number> p = Numbers.parse(g);
            assertThat(p.value()).as(g).isNull();
            assertThat(p.problem()).as(g).isNotNull();
        }
    }
}
