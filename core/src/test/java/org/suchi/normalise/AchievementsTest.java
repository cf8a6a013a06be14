package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The achievement a progress text states ({@code seeds-strings/achievements.tsv}, texts of the reference seeds). */
class AchievementsTest {
    static Stream<Arguments> seeds() {
        return Tsv.args("achievements.tsv");
    }

    @ParameterizedTest(name = "[{index}] {1} {3}")
    @MethodSource("seeds")
    void seedTexts(String seed, String unit, String fy, String text, String expected) {
        Optional<Object> got = Achievements.fromText(text, unit, FiscalYear.of(fy));
        if (expected.isEmpty()) {
            assertThat(got).as(seed).isEmpty();
        } else if (unit.equals("date")) {
            assertThat(got).as(seed).contains(expected);
        } else {
            assertThat(got).as(seed).contains(Numbers.parse(expected).value());
        }
    }
}
