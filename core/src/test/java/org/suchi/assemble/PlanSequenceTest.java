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
    void aCodeGuessedFromThePrintedSequenceGivesWayToThePlansOrder() {
        // [১.৫.১] and [১.৫.২] did not read; the printed sequence guessed 1.4.2 and 1.4.3 after 1.4.1
        List<Row> rows = new ArrayList<>();
        for (String code : "1.1.1 1.2.1 1.3.1 1.4.1 1.4.2 1.4.3".split(" ")) {
            rows.add(new Row(new Row.Area("1", null, null), new Row.Activity(code.substring(0, 3), null), new Row.Indicator(code, "x"),
                    "count", 4, new LinkedHashMap<>(), null, null, null, 1, 0.9));
        }
        List<Warning> w = new ArrayList<>();
        assertThat(PlanSequence.repair(rows, PLAN, w, java.util.Set.of(4, 5))).extracting(r -> r.indicator().code())
                .containsExactly("1.1.1", "1.2.1", "1.3.1", "1.4.1", "1.5.1", "1.5.2");
        assertThat(w).filteredOn(x -> "indicator.code".equals(x.field())).extracting(Warning::message)
                .allSatisfy(m -> assertThat(m).contains("guessed as"));
        // read codes two numbers away from the plan's next are kept as printed
        assertThat(PlanSequence.repair(rows, PLAN, new ArrayList<>())).extracting(r -> r.indicator().code())
                .containsExactly("1.1.1", "1.2.1", "1.3.1", "1.4.1", "1.4.2", "1.4.3");
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

    private static Row row(String code, String text) {
        String act = code == null ? null : code.substring(0, code.lastIndexOf('.'));
        String area = code == null ? null : code.substring(0, code.indexOf('.'));
        return new Row(new Row.Area(area, null, null), new Row.Activity(act, null), new Row.Indicator(code, text),
                "count", 4, new LinkedHashMap<>(), null, null, null, 1, 0.9);
    }

    /** The plan's wording of {@code code}, with a few OCR slips (a vowel sign, a conjunct). */
    private static String misread(String code) {
        String t = PLAN.entry(code).orElseThrow().indicator().text();
        return t.replaceFirst("ি", "ী").replaceFirst("্", "");
    }

    @org.junit.jupiter.api.Test
    void aCodeTheSequenceGuessedWrongIsTakenFromTheRowsText() {
        List<String> order = PLAN.entries().stream().map(e -> e.indicator().code()).toList();
        // four rows in plan order; the third's code lost its dots and the sequence guessed a code the plan lacks
        String a = order.get(0), b = order.get(1), c = order.get(2), d = order.get(3);
        List<Row> rows = List.of(row(a, misread(a)), row(b, misread(b)), row("9.9.9", misread(c)), row(d, misread(d)));
        List<Warning> w = new ArrayList<>();
        List<Row> out = PlanSequence.repair(rows, PLAN, w);
        assertThat(out.stream().map(r -> r.indicator().code()).toList()).containsExactly(a, b, c, d);
        assertThat(w).anySatisfy(x -> {
            assertThat(x.indicator()).isEqualTo(c);
            assertThat(x.field()).isEqualTo("indicator.code");
            assertThat(x.message()).contains("9.9.9").contains("wording");
        });
    }

    @org.junit.jupiter.api.Test
    void aTextIsNotEnoughWhenItBreaksThePlansOrderOrIsTakenOrUnlike() {
        List<String> order = PLAN.entries().stream().map(e -> e.indicator().code()).toList();
        String a = order.get(0), b = order.get(1), c = order.get(2), d = order.get(3);
        // the text of an indicator that comes before the row above: not taken from the text
        List<Row> early = List.of(row(a, misread(a)), row(c, misread(c)), row("9.9.9", misread(b)), row(d, misread(d)));
        List<Row> out = PlanSequence.byText(early, PLAN, order, new ArrayList<>());
        assertThat(out.get(2).indicator().code()).isEqualTo("9.9.9");
        // the text of an indicator another row has
        List<Row> twice = List.of(row(a, misread(a)), row(b, misread(b)), row("9.9.9", misread(b)), row(d, misread(d)));
        assertThat(PlanSequence.byText(twice, PLAN, order, new ArrayList<>()).get(2).indicator().code()).isEqualTo("9.9.9");
        // a text like no wording
        List<Row> unlike = List.of(row(a, misread(a)), row(b, misread(b)), row("9.9.9", "ক খ গ ঘ ঙ চ ছ জ ঝ"), row(d, misread(d)));
        assertThat(PlanSequence.byText(unlike, PLAN, order, new ArrayList<>()).get(2).indicator().code()).isEqualTo("9.9.9");
    }

    @org.junit.jupiter.api.Test
    void aRowWithoutTheWordingLosesTheCodeToTheRowThatHasIt() {
        List<String> order = PLAN.entries().stream().map(e -> e.indicator().code()).toList();
        String a = order.get(0), b = order.get(1), c = order.get(2);
        // the first row's code did not read; a row split from a stacked cell, with no text, was given the first code
        List<Row> rows = List.of(row(null, misread(a)), row(b, misread(b)), row(a, ""), row(c, misread(c)));
        List<Warning> w = new ArrayList<>();
        List<Row> out = PlanSequence.byText(rows, PLAN, order, w);
        assertThat(out.stream().map(r -> r.indicator().code()).toList()).containsExactly(a, b, null, c);
        assertThat(w).anySatisfy(x -> assertThat(x.message()).contains("this row's code is not known"));
        // a holder whose text is the wording keeps its code
        List<Row> both = List.of(row(null, misread(a)), row(b, misread(b)), row(a, misread(a)), row(c, misread(c)));
        assertThat(PlanSequence.byText(both, PLAN, order, new ArrayList<>()).get(2).indicator().code()).isEqualTo(a);
    }
}
