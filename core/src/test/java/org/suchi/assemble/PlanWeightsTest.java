package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.config.Catalogue;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/** Indicator weights checked against the plan's (the field plan: no area weights to add up to). */
class PlanWeightsTest {
    private static final Catalogue.Template PLAN = Catalogue.loadDefault().template("2023-24-field");

    private static Row row(Catalogue.Indicator i, Number weight) {
        Catalogue.Entry e = PLAN.entry(i.code()).orElseThrow();
        return new Row(new Row.Area(e.area().code(), null, null), new Row.Activity(e.activity().code(), e.activity().text()),
                new Row.Indicator(i.code(), i.text()), i.unit(), weight, new LinkedHashMap<>(), null, null, null, 2, 0.9);
    }

    /** Every indicator of the plan, with the plan's weight except where {@code changed} says otherwise. */
    private static List<Row> table(String changedCode, Number changedWeight) {
        List<Row> rows = new ArrayList<>();
        for (Catalogue.Indicator i : PLAN.indicators()) rows.add(row(i, i.code().equals(changedCode) ? changedWeight : i.weight()));
        return rows;
    }

    private static List<Warning> check(List<Row> rows) {
        List<Warning> w = new ArrayList<>();
        PlanWeights.check(rows, PLAN, w);
        return w;
    }

    @Test
    void thePlansWeightsPassSilently() {
        assertThat(check(table(null, null))).isEmpty();
    }

    @Test
    void aWeightFarFromThePlansIsAWarningOnThatWeight() {
        Catalogue.Indicator first = PLAN.indicators().get(0);
        int far = first.weight() * 2 + 1;
        List<Row> rows = table(first.code(), far);
        List<Warning> w = check(rows);
        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.indicator()).isEqualTo(first.code());
            assertThat(x.field()).isEqualTo("weight");
            assertThat(x.message()).contains(String.valueOf(far), "plan's " + first.weight());
        });
        // half the plan's weight or more, twice or less: an office's own choice
        assertThat(check(table(first.code(), first.weight() * 2))).isEmpty();
        assertThat(check(table(first.code(), (first.weight() + 1) / 2))).isEmpty();
        assertThat(check(table(first.code(), first.weight() / 2 - 1))).hasSize(1);
    }

    @Test
    void weightsNearThePlansAreTheOfficesOwnEvenWhenTheyDoNotAddUp() {
        // a point moved, or added: offices do this (the dev corpus's tables add up to 48-52)
        Catalogue.Indicator second = PLAN.indicators().get(1);
        assertThat(check(table(second.code(), second.weight() + 1))).isEmpty();
    }

    @Test
    void rowsOutsideThePlanOrWithoutAWeightAreLeftToOtherChecks() {
        List<Row> rows = table(PLAN.indicators().get(0).code(), null);
        assertThat(check(rows)).as("a weight that did not read is another check's").isEmpty();
    }
}
