package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.suchi.model.Level;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/** A value of a stacked row that landed on the wrong indicator leaves the right one empty: that is flagged. */
class StackedShiftTest {
    private static final List<Level> LEVELS = List.of(Level.EXCELLENT, Level.VERY_GOOD, Level.GOOD, Level.FAIR, Level.POOR);

    private static RowDraft draft(boolean stacked, String... targets) {
        RowDraft d = new RowDraft();
        d.page = 2;
        d.stacked = stacked;
        for (int i = 0; i < targets.length; i++) d.targets.put(LEVELS.get(i), targets[i]);
        return d;
    }

    private static Row row(String code, String unit, Object... targets) {
        Map<String, Object> t = new HashMap<>();
        for (int i = 0; i < targets.length; i++) t.put(LEVELS.get(i).key(), targets[i]);
        return new Row(new Row.Area("1", "ক্ষেত্র", 10), new Row.Activity("1.5", "x"), new Row.Indicator(code, "y"), unit, 3,
                t, null, null, null, 2, 0.9);
    }

    @Test
    void theEmptyFieldOfTheNeighbourIsFlaggedWhenTheValueDidNotFitWhereItWent() {
        // the dates of [1.5.2]'s two lowest levels were handed to the count indicator [1.5.1] above it
        List<RowDraft> drafts = List.of(draft(true, "৩", "২", "১", "৫-৫-২৫", "১৭-৫-২৫"),
                draft(true, "৩০-৩-২৫", "১১-৪-২৫", "২৩-৪-২৫", null, null));
        List<Row> rows = List.of(row("1.5.1", "count", 3, 2, 1, null, null),
                row("1.5.2", "date", "2025-03-30", "2025-04-11", "2025-04-23", null, null));
        List<Warning> w = new ArrayList<>();
        StackedShift.flag(drafts, rows, LEVELS, w);
        assertThat(w).extracting(Warning::indicator, Warning::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.5.2", "targets.fair"),
                        org.assertj.core.groups.Tuple.tuple("1.5.2", "targets.poor"));
        assertThat(w.get(0).message()).contains("৫-৫-২৫").contains("[1.5.1]");
    }

    @Test
    void nothingIsSaidWhenEveryValueFitOrTheRowsAreNotStacked() {
        List<Warning> w = new ArrayList<>();
        // both parsed: nothing moved
        StackedShift.flag(List.of(draft(true, "৩", "২"), draft(true, "৪", "৫")),
                List.of(row("1.5.1", "count", 3, 2), row("1.5.2", "count", 4, 5)), LEVELS, w);
        // a failure in a row of its own: its neighbour has its own cells
        StackedShift.flag(List.of(draft(false, "৩", "x"), draft(false, "৪", null)),
                List.of(row("1.5.1", "count", 3, null), row("1.5.2", "count", 4, null)), LEVELS, w);
        // the neighbour read something of its own: not empty
        StackedShift.flag(List.of(draft(true, "৩", "x"), draft(true, "৪", "?")),
                List.of(row("1.5.1", "count", 3, null), row("1.5.2", "count", 4, null)), LEVELS, w);
        assertThat(w).isEmpty();
    }

    @Test
    void everyValueOfAStackThatShowedTooFewCodesIsADoubt() {
        RowDraft a = draft(true, "৩", "২"), b = draft(true, "৪", "৫"), alone = draft(false, "১", "২");
        a.codesShort = true;
        b.codesShort = true;
        List<Row> rows = List.of(row("5.1.2", "count", 3, 2), row("5.1.3", "count", 4, null), row("6.1.1", "count", 1, 2));
        List<Warning> w = new ArrayList<>();
        StackedShift.codesShort(List.of(a, b, alone), rows, w);
        assertThat(w).extracting(Warning::indicator, Warning::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("5.1.2", "unit"), org.assertj.core.groups.Tuple.tuple("5.1.2", "weight"),
                org.assertj.core.groups.Tuple.tuple("5.1.2", "targets.excellent"),
                org.assertj.core.groups.Tuple.tuple("5.1.2", "targets.very_good"),
                org.assertj.core.groups.Tuple.tuple("5.1.3", "unit"), org.assertj.core.groups.Tuple.tuple("5.1.3", "weight"),
                org.assertj.core.groups.Tuple.tuple("5.1.3", "targets.excellent"));
    }

    @Test
    void aStacksCellWithFewerValuesThanIndicatorsPutsThatFieldOfEachInDoubt() {
        // two stacked indicators, one score printed in the cell: handed out by height
        RowDraft a = draft(true, "৩"), b = draft(true, "৪"), c = draft(false, "১");
        a.stack = 7;
        b.stack = 7;
        c.stack = 8;
        a.byPosition.add("reported_score");
        b.byPosition.add("progress");
        c.byPosition.add("weight"); // a stack of one: nothing is guessed
        a.hasAchievementColumn = false;
        b.hasAchievementColumn = false;
        List<Row> rows = List.of(row("2.2.2", "percent", 100), row("2.2.3", "count", 3), row("2.2.4", "date"));
        List<Warning> w = new ArrayList<>();
        StackedShift.byPosition(List.of(a, b, c), rows, w);
        assertThat(w).extracting(Warning::indicator, Warning::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("2.2.2", "reported_score"), org.assertj.core.groups.Tuple.tuple("2.2.2", "achievement"),
                org.assertj.core.groups.Tuple.tuple("2.2.3", "reported_score"), org.assertj.core.groups.Tuple.tuple("2.2.3", "achievement"));
        // with an achievement column of its own, a split progress text says nothing of the achievement
        a.hasAchievementColumn = true;
        b.hasAchievementColumn = true;
        List<Warning> w2 = new ArrayList<>();
        StackedShift.byPosition(List.of(a, b, c), rows, w2);
        assertThat(w2).extracting(Warning::field).containsOnly("reported_score");
    }
}
