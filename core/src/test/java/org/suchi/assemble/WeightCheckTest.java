package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.suchi.model.Row;
import org.suchi.model.Warning;

class WeightCheckTest {
    private static Row row(String code, Number areaWeight, Number weight) {
        return new Row(new Row.Area(code.substring(0, 1), "ক্ষেত্র", areaWeight), new Row.Activity(code.substring(0, 3), "x"),
                new Row.Indicator(code, "y"), "count", weight, Map.of(), null, null, null, 1, 0.9);
    }

    @Test
    void aDisagreementFlagsBothSidesAndChangesNothing() {
        // ২ read as ৬ in an indicator weight is silent: the printed 21 is right, the sum 25 is not
        List<Warning> w = new ArrayList<>();
        List<Row> out = WeightCheck.apply(List.of(row("2.1.1", 21, 10), row("2.1.2", 21, 6), row("2.2.1", 21, 9)), w);
        assertThat(out).extracting(r -> r.area().weight()).containsOnly(21);
        assertThat(w).filteredOn(x -> x.field().equals("area.weight")).hasSize(3);
        assertThat(w).filteredOn(x -> x.field().equals("weight")).hasSize(3)
                .allMatch(x -> x.message().contains("not the sum 25"));
    }

    @Test
    void anUnreadAreaWeightIsTheSumWhenEveryIndicatorWeightIsSure() {
        List<Warning> w = new ArrayList<>();
        List<Row> out = WeightCheck.apply(List.of(row("2.1.1", null, 4), row("2.1.2", null, 4), row("2.2.1", null, 9)), w);
        assertThat(out).extracting(r -> r.area().weight()).containsOnly(17);
        assertThat(w).hasSize(3).allMatch(x -> x.field().equals("area.weight") && x.message().contains("taken as 17"));
    }

    @Test
    void withADoubtfulIndicatorWeightTheAreaWeightStaysAndIsFlagged() {
        List<Warning> w = new ArrayList<>(List.of(new Warning(1, "2.1.2", "weight", "not a number: \"৪৮\"")));
        List<Row> out = WeightCheck.apply(List.of(row("2.1.1", 1, 4), row("2.1.2", 1, 48)), w);
        assertThat(out).extracting(r -> r.area().weight()).containsOnly(1);
        assertThat(w).filteredOn(x -> x.field().equals("area.weight")).hasSize(2)
                .allMatch(x -> x.message().contains("cannot be checked"));
    }

    @Test
    void agreeingWeightsAddNoWarning() {
        List<Warning> w = new ArrayList<>();
        WeightCheck.apply(List.of(row("1.1.1", 10, 6), row("1.2.1", 10, 4)), w);
        assertThat(w).isEmpty();
    }
}
