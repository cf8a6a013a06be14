package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.suchi.model.Row;
import org.suchi.normalise.FiscalYear;
import org.suchi.normalise.Numbers;

class LevelOrderTest {
    private static final List<String> KEYS = List.of("excellent", "very_good", "good", "fair", "poor");

    @ParameterizedTest(name = "[{index}] {0}: in order {1}")
    @CsvSource(delimiter = ';', textBlock = """
            100,90,80,70,60; true
            60,70,80,90,100; true
            80,80,70,null,60; true
            null,null,null,null,null; true
            80,8,70,65,60; false
            2025-03-01,2025-03-08,2025-03-15,null,2025-04-01; true
            2025-03-01,2025-03-28,2025-03-15,null,2025-04-01; false
            4,2025-03-08,3,2,1; false
            """)
    void inOrder(String values, boolean expected) {
        assertThat(LevelOrder.inOrder(parse(values))).isEqualTo(expected);
    }

    private static List<Object> parse(String csv) {
        List<Object> out = new ArrayList<>();
        for (String v : csv.split(",")) {
            v = v.strip();
            if (v.equals("null")) out.add(null);
            else if (v.contains("-")) out.add(v);
            else out.add(Numbers.parse(v).value());
        }
        return out;
    }

    /** The readings of each level's cell ("" = the level had no second readings), as in {@link ReadingChoiceTest}. */
    static Stream<Arguments> table() {
        return Stream.of(
                // the first reading of "excellent" (৮, glyphs) beats 80 % (Tesseract only) on its own; in the
                // row, only 80 puts the targets in order
                Arguments.of("৮%@0.3 | ৭৫%@0.9 | ৭০%@0.9 | ৬৫%@0.9 | ৬০%@0.9",
                        new String[]{"T:৮০%@0.6", "", "", "", ""}, "80,75,70,65,60", "excellent"),
                // a wrong second reading taken alone (৯ for ১) is undone: the first reading keeps the order
                Arguments.of("৪@0.9 | ৩@0.9 | ২@0.9 | ১@0.2 | -@0.9",
                        new String[]{"", "", "", "T:৯@0.5 | G:৯@0.3", ""}, "4,3,2,1,null", "fair"),
                // in order already: nothing changes
                Arguments.of("৪@0.9 | ৩@0.9 | ২@0.9 | ১@0.2 | -@0.9",
                        new String[]{"", "", "", "T:১@0.9", ""}, "4,3,2,1,null", ""),
                // no reading puts the row in order: nothing changes
                Arguments.of("৪@0.9 | ৩@0.9 | ২@0.9 | ৮@0.2 | -@0.9",
                        new String[]{"", "", "", "T:৯@0.2", ""}, "4,3,2,8,null", ""));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {2}")
    @MethodSource("table")
    void theReadingsThatPutTheRowInOrderWin(String firsts, String[] rereads, String expected, String changed) {
        String[] first = firsts.split(" \\| ");
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, ReadingChoice.Choice> choices = new LinkedHashMap<>();
        String unit = first[0].contains("%") ? Row.UNIT_PERCENT : Row.UNIT_COUNT;
        for (int i = 0; i < 5; i++) {
            int at = first[i].lastIndexOf('@');
            String text = first[i].substring(0, at);
            double conf = Double.parseDouble(first[i].substring(at + 1));
            if (rereads[i].isEmpty()) {
                values.put(KEYS.get(i), Numbers.isNil(text) ? null : Numbers.parse(text).value());
                continue;
            }
            ReadingChoice.Choice c = ReadingChoice.choose(text, conf, ReadingChoiceTest.rereads(rereads[i]),
                    s -> unit.equals(Row.UNIT_PERCENT) ? Numbers.parsePercent(s) : Numbers.parseCount(s),
                    v -> RowNormaliser.fits(v, unit, new FiscalYear(2024)));
            values.put(KEYS.get(i), c.value());
            choices.put(KEYS.get(i), c);
        }
        Map<String, ReadingChoice.Choice> fix = LevelOrder.repair(values, choices);
        assertThat(String.join(",", fix.keySet())).isEqualTo(changed);
        for (var e : fix.entrySet()) {
            values.put(e.getKey(), e.getValue().value());
            assertThat(e.getValue().changed()).isEqualTo(!ReadingChoice.same(e.getValue().value(), choices.get(e.getKey()).firstValue()));
        }
        assertThat(Arrays.toString(values.values().toArray())).isEqualTo(Arrays.toString(parse(expected).toArray()));
    }
}
