package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suchi.model.Level;

/** Cells that count up by one across a row are the column-number row, not values. */
class ColumnNumberRunTest {
    @ParameterizedTest(name = "[{index}] {0} | {1} | {2}")
    @CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
            # weight; targets (excellent..poor, | between); score; fields taken out (, between) or NONE
            ৭ ; ৮|৯|১০|১১|১২ ; NULL ; weight,targets.excellent,targets.very_good,targets.good,targets.fair,targets.poor
            ৪ ; ৪|৩|২|১|-    ; NULL ; NONE
            ৬ ; ৭|৮|৯|১০|১১ ; ১৪   ; weight,targets.excellent,targets.very_good,targets.good,targets.fair,targets.poor
            ৩ ; ৮|৯|১০|-|-   ; NULL ; targets.excellent,targets.very_good,targets.good
            ১০ ; ১৬/০৫/২০২৪|২৩/০৫/২০২৪|৩০/০৫/২০২৪|০৬/০৬/২০২৪|১৫/০৬/২০২৪ ; NULL ; NONE
            ৫ ; ৮০%|৭৫%|৭০%|৬৫%|৬০% ; ৫ ; NONE
            ২ ; ৩|২|১|NULL|NULL ; NULL ; NONE
            ২ ; ৩|৪|NULL|NULL|NULL ; NULL ; weight,targets.excellent,targets.very_good
            ১১ ; ১২|১৩|১|১|- ; NULL ; weight,targets.excellent,targets.very_good
            """)
    void runsOfColumnNumbersAreNotValues(String weight, String targets, String score, String removed) {
        RowDraft d = new RowDraft();
        d.indicatorCode = "1.1.1";
        d.weight = weight.strip();
        String[] t = targets.strip().split("\\|");
        for (int i = 0; i < t.length; i++) d.targets.put(Level.FIVE.get(i), t[i].equals("NULL") ? null : t[i]);
        d.score = score == null ? null : score.strip();
        List<String> before = new ArrayList<>(d.targets.values().stream().map(String::valueOf).toList());
        Map<String, String> got = ColumnNumberRun.remove(d, Level.FIVE);
        if (removed.strip().equals("NONE")) {
            assertThat(got).isEmpty();
            assertThat(d.targets.values().stream().map(String::valueOf).toList()).isEqualTo(before);
            assertThat(d.weight).isEqualTo(weight.strip());
            return;
        }
        List<String> fields = Arrays.asList(removed.strip().split(","));
        assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(fields);
        assertThat(got.values()).allMatch(m -> m.contains("column-number row"));
        for (int i = 0; i < Level.FIVE.size(); i++) {
            Level l = Level.FIVE.get(i);
            if (fields.contains("targets." + l.key())) assertThat(d.targets.get(l)).as(l.key()).isNull();
            else assertThat(String.valueOf(d.targets.get(l))).as(l.key()).isEqualTo(before.get(i));
        }
        assertThat(d.weight == null).isEqualTo(fields.contains("weight"));
    }
}
