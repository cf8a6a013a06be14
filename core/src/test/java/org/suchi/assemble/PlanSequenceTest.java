package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suchi.config.Catalogue;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/** Indicator codes repaired from the plan's order: one misread number, a duplicate, a code that did not read. */
class PlanSequenceTest {
    private static final Catalogue.Template PLAN = Catalogue.loadDefault().template("2023-24-ministry");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # codes as read (- for none), after repair, indices of rows warned on indicator.code (or NONE)
            1.1.1 1.2.1 1.3.1 1.4.1 1.5.1 1.5.2 | 1.1.1 1.2.1 1.3.1 1.4.1 1.5.1 1.5.2 | NONE
            1.1.1 1.2.1 1.3.1 1.4.1 1.5.1 9.5.2 | 1.1.1 1.2.1 1.3.1 1.4.1 1.5.1 1.5.2 | 5
            9.1.1 1.2.1 1.3.1                   | 1.1.1 1.2.1 1.3.1                   | 0
            - - 1.3.1 1.4.1                     | 1.1.1 1.2.1 1.3.1 1.4.1             | 0 1
            1.1.1 1.2.1 1.1.1 1.4.1             | 1.1.1 1.2.1 1.3.1 1.4.1             | 2
            1.1.1 1.2.1 7.7.7 1.4.1             | 1.1.1 1.2.1 7.7.7 1.4.1             | NONE
            """)
    void codesFollowThePlan(String read, String after, String warned) {
        List<Row> rows = new ArrayList<>();
        for (String c : read.strip().split(" ")) {
            String code = c.equals("-") ? null : c;
            String act = code == null ? null : code.substring(0, code.lastIndexOf('.'));
            String area = code == null ? null : code.substring(0, code.indexOf('.'));
            rows.add(new Row(new Row.Area(area, null, null), new Row.Activity(act, null), new Row.Indicator(code, "x"),
                    "count", 4, new LinkedHashMap<>(), null, null, null, 1, 0.9));
        }
        List<Warning> w = new ArrayList<>();
        List<Row> out = PlanSequence.repair(rows, PLAN, w);
        assertThat(out.stream().map(r -> r.indicator().code()).toList()).containsExactly(after.strip().split(" "));
        for (Row r : out) {
            String c = r.indicator().code();
            if (PLAN.entry(c).isPresent()) {
                assertThat(r.activity().code()).isEqualTo(c.substring(0, c.lastIndexOf('.')));
                assertThat(r.area().code()).isEqualTo(c.substring(0, c.indexOf('.')));
            }
        }
        List<String> codes = Arrays.asList(after.strip().split(" "));
        List<String> expected = warned.strip().equals("NONE") ? List.of()
                : Arrays.stream(warned.strip().split(" ")).map(i -> codes.get(Integer.parseInt(i))).toList();
        assertThat(w.stream().filter(x -> "indicator.code".equals(x.field())).map(Warning::indicator).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void theWarningsOfARowWhoseCodeDidNotReadFollowItsNewCode() {
        List<Row> rows = new ArrayList<>();
        for (String code : new String[] {null, "1.2.1"}) {
            rows.add(new Row(new Row.Area(null, null, null), new Row.Activity(null, null), new Row.Indicator(code, "x"),
                    "count", null, new LinkedHashMap<>(), null, null, null, 1, 0.9));
        }
        List<Warning> w = new ArrayList<>(List.of(new Warning(1, null, "weight", "no weight was read for the indicator"),
                Warning.document("office", "no reporting office was found")));
        PlanSequence.repair(rows, PLAN, w);
        assertThat(w).contains(new Warning(1, "1.1.1", "weight", "no weight was read for the indicator"));
        assertThat(w.stream().filter(x -> "office".equals(x.field()))).hasSize(1);
    }
}
