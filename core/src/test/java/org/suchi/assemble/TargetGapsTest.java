package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.suchi.config.Catalogue;
import org.suchi.model.Level;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/** Targets missing above a level that has one. */
class TargetGapsTest {
    private static final Catalogue.Template FIELD = Catalogue.loadDefault().template("2023-24-field");

    /** {@code pattern}: one character a level, x a target, - none. */
    private static Row row(String code, String pattern) {
        Map<String, Object> t = new LinkedHashMap<>();
        for (int i = 0; i < Level.FIVE.size(); i++) t.put(Level.FIVE.get(i).key(), pattern.charAt(i) == 'x' ? 5 - i : null);
        return new Row(new Row.Area("1", null, null), new Row.Activity("1.1", null), new Row.Indicator(code, null), "count", 5,
                t, null, null, null, 2, 0.9);
    }

    private static List<String> gaps(Row r, Optional<Catalogue.Template> plan) {
        List<Warning> w = new ArrayList<>();
        TargetGaps.flag(List.of(r), Level.FIVE, plan, w);
        return w.stream().map(x -> x.field().substring("targets.".length())).toList();
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "xxxxx|",
            "xxxx-|",
            "x----|",
            "-----|",
            "-xxxx|excellent",
            "--x--|excellent,very_good",
            "x-x-x|very_good,fair",
            "xx-x-|good",
    })
    void everyLevelAboveOneWithATargetHasOne(String pattern, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(","));
        assertThat(gaps(row("9.9.9", pattern), Optional.empty())).containsExactlyElementsOf(want);
    }

    @Test
    void aDashThePlanPrintsIsNoGap() {
        // the field plan's [6.1.1] prints ২ - ১ - -
        Catalogue.Indicator i = FIELD.indicator("6.1.1").orElseThrow();
        assertThat(i.targets().get("very_good")).isNull();
        assertThat(gaps(row("6.1.1", "x-x--"), Optional.of(FIELD))).isEmpty();
        assertThat(gaps(row("6.1.1", "x-x--"), Optional.empty())).containsExactly("very_good");
        assertThat(gaps(row("6.1.1", "--x--"), Optional.of(FIELD))).containsExactly("excellent");
    }

    @Test
    void aTargetAlreadyInDoubtIsNotWarnedTwice() {
        List<Warning> w = new ArrayList<>(List.of(new Warning(2, "9.9.9", "targets.excellent", "first read as …")));
        TargetGaps.flag(List.of(row("9.9.9", "-xxxx")), Level.FIVE, Optional.empty(), w);
        assertThat(w).hasSize(1);
    }
}
