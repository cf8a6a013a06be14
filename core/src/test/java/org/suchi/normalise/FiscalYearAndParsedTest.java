package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearAndParsedTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            2023-07-01, 2023-24
            2024-06-30, 2023-24
            2024-07-01, 2024-25
            2022-01-20, 2021-22
            2099-12-31, 2099-00
            """)
    void containing(LocalDate d, String label) {
        FiscalYear fy = FiscalYear.containing(d);
        assertThat(fy.label()).isEqualTo(label);
        assertThat(fy.contains(d)).isTrue();
        assertThat(fy.contains(fy.start().minusDays(1))).isFalse();
        assertThat(fy.contains(fy.end().plusDays(1))).isFalse();
        assertThat(FiscalYear.of(label)).isEqualTo(fy);
    }

    @Test
    void labels() {
        assertThat(new FiscalYear(2023).start()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(new FiscalYear(2023).end()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThatThrownBy(() -> FiscalYear.of("2023-25")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.of("২০২৩-২৪")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsedStates() {
        Parsed<Integer> ok = Parsed.of(4, "৪");
        Parsed<Integer> empty = Parsed.empty("-");
        Parsed<Integer> fail = Parsed.fail("not a number", "ক");
        Parsed<Integer> doubt = Parsed.doubtful(65, "percent over 100", "৬৫০%");
        assertThat(ok.ok() && ok.present() && !ok.isEmpty()).isTrue();
        assertThat(empty.ok() && !empty.present() && empty.isEmpty()).isTrue();
        assertThat(!fail.ok() && !fail.present() && !fail.isEmpty()).isTrue();
        assertThat(!doubt.ok() && doubt.present()).isTrue();
        assertThat(doubt.map(v -> v * 2).value()).isEqualTo(130);
        assertThat(doubt.map(v -> v * 2).problem()).isEqualTo("percent over 100");
        assertThat(ok.withProblem("outside").problem()).isEqualTo("outside");
        assertThat(doubt.withProblem("x").problem()).isEqualTo("percent over 100; x");
        assertThat(fail.orElse(7)).isEqualTo(7);
        assertThat(empty.asOptional()).isEmpty();
    }
}
