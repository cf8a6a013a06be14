package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.model.Row;
import org.suchi.model.Warning;

class ScoreGapsTest {
    private static Row row(String code, Object achievement, Number score) {
        return new Row(new Row.Area("1", null, null), new Row.Activity("1.1", null), new Row.Indicator(code, null), "count", 5,
                new LinkedHashMap<>(), achievement, null, score, 1, 0.9);
    }

    private static List<Warning> flag(Row... rows) {
        List<Warning> w = new ArrayList<>();
        ScoreGaps.flag(List.of(rows), w);
        return w;
    }

    @Test
    void anAchievementWithoutAScoreWhereOtherRowsHaveOneIsADoubt() {
        List<Warning> w = flag(row("1.1.1", "2023-08-09", null), row("2.1.1", null, 0), row("5.1.2", 2, 3));
        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.indicator()).isEqualTo("1.1.1");
            assertThat(x.field()).isEqualTo("reported_score");
        });
    }

    @Test
    void noDoubtWithoutScoresAtAllOrWithoutAnAchievement() {
        assertThat(flag(row("1.1.1", 4, null), row("2.1.1", 3, null))).as("a table that prints no scores").isEmpty();
        assertThat(flag(row("1.1.1", null, null), row("2.1.1", 3, 5))).as("nothing achieved, nothing scored").isEmpty();
        List<Warning> w = new ArrayList<>(List.of(new Warning(1, "1.1.1", "reported_score", "first read as …")));
        ScoreGaps.flag(List.of(row("1.1.1", 4, null), row("2.1.1", 3, 5)), w);
        assertThat(w).as("already in doubt").hasSize(1);
    }
}
