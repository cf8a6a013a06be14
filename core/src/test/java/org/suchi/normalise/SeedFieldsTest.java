package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fiscal years, periods, memo numbers and memo dates in the seeds' own strings ({@code seeds-strings/fields.tsv}). */
class SeedFieldsTest {
    static Stream<Arguments> seeds() {
        return Tsv.args("fields.tsv");
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @MethodSource("seeds")
    void seedField(String seed, String field, String text, String expected) {
        Parsed<?> p = switch (field) {
            case "fiscal_year" -> FiscalYears.fiscalYear(text).map(FiscalYear::label);
            case "period" -> Periods.period(text);
            case "memo_number" -> Memos.memoNumber(java.util.List.of(text)); // as a letter of one line
            case "memo_date" -> Dates.parseMemoDate(text).map(Object::toString);
            default -> throw new IllegalArgumentException(field);
        };
        switch (expected) {
            case "EMPTY" -> assertThat(p.isEmpty()).as(seed + " " + p).isTrue();
            case "FAIL" -> {
                assertThat(p.value()).as(seed + " " + p).isNull();
                assertThat(p.problem()).as(seed).isNotBlank();
            }
            default -> assertThat(p.value()).as(seed + " " + p).isEqualTo(expected);
        }
    }
}
