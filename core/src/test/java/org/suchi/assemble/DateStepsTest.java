package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suchi.model.Level;
import org.suchi.model.Warning;

/** Date targets set by the step the others keep. */
class DateStepsTest {
    /**
     * {@code read}: the five levels' values as read (a date, {@code -} for none), {@code cells}: the cells' texts
     * ({@code .} for empty); {@code want}: the targets after, {@code doubted}: the levels warned.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // all on the step: nothing to do
            "even       | 2024-03-20 2024-03-27 2024-04-03 2024-04-10 2024-04-17 | ১ ২ ৩ ৪ ৫ | 2024-03-20 2024-03-27 2024-04-03 2024-04-10 2024-04-17 | ",
            // a cell that did not read as a date
            "unread     | 2024-03-20 2024-03-27 - 2024-04-10 2024-04-17 | ১ ২ ৩৯/১৪/২৫২৪ ৪ ৫ | 2024-03-20 2024-03-27 2024-04-03 2024-04-10 2024-04-17 | good",
            // a gap between two dates, its cell empty
            "gap        | 2024-03-20 - 2024-04-03 2024-04-10 - | ১ . ৩ ৪ . | 2024-03-20 2024-03-27 2024-04-03 2024-04-10 - | very_good",
            // the lowest levels left empty or dashed by the plan stay so
            "tail       | 2024-03-20 2024-03-27 2024-04-03 - - | ১ ২ ৩ - . | 2024-03-20 2024-03-27 2024-04-03 - - | ",
            "tail marks | 2024-03-20 2024-03-27 2024-04-03 - - | ১ ২ ৩ -/ ২৮১ | 2024-03-20 2024-03-27 2024-04-03 - - | ",
            // an unread last date is not inferred: real plans leave the step at the ends
            "tail date  | 2024-03-20 2024-03-27 2024-04-03 - - | ১ ২ ৩ ১০/০৪/২৫২৪ - | 2024-03-20 2024-03-27 2024-04-03 - - | ",
            // a misread year is the step's; a day off the step is as read (the seeds' last date, 15 June)
            "year       | 2024-03-20 2024-03-27 2024-04-03 2023-04-10 2024-04-17 | ১ ২ ৩ ৪ ৫ | 2024-03-20 2024-03-27 2024-04-03 2024-04-10 2024-04-17 | fair",
            "day        | 2024-05-16 2024-05-23 2024-05-30 2024-06-06 2024-06-15 | ১ ২ ৩ ৪ ৫ | 2024-05-16 2024-05-23 2024-05-30 2024-06-06 2024-06-15 | ",
            // two dates, or two off the step: no step to trust
            "two        | 2024-03-20 2024-03-27 - - - | ১ ২ ৩৯/১৪ . . | 2024-03-20 2024-03-27 - - - | ",
            "two off    | 2024-03-20 2024-03-27 2024-04-03 2024-05-10 2024-06-17 | ১ ২ ৩ ৪ ৫ | 2024-03-20 2024-03-27 2024-04-03 2024-05-10 2024-06-17 | ",
    })
    void theStepSpeaksForTheOthers(String name, String read, String cells, String want, String doubted) {
        Map<String, Object> targets = new LinkedHashMap<>();
        Map<Level, String> raw = new LinkedHashMap<>();
        String[] r = read.trim().split(" "), c = cells.trim().split(" ");
        for (int i = 0; i < 5; i++) {
            Level l = Level.FIVE.get(i);
            targets.put(l.key(), r[i].equals("-") ? null : r[i]);
            raw.put(l, c[i].equals(".") ? "" : c[i]);
        }
        List<Warning> w = new ArrayList<>();
        DateSteps.repair(targets, Level.FIVE, raw, "1.1.1", 2, w);
        List<String> got = new ArrayList<>();
        for (Level l : Level.FIVE) got.add(targets.get(l.key()) == null ? "-" : (String) targets.get(l.key()));
        assertThat(String.join(" ", got)).isEqualTo(want.trim());
        List<String> expected = doubted == null ? List.of() : List.of(doubted.trim().split(","));
        assertThat(w).extracting(x -> x.field().substring("targets.".length())).containsExactlyElementsOf(expected);
        assertThat(w).allSatisfy(x -> assertThat(x.indicator()).isEqualTo("1.1.1"));
    }
}
