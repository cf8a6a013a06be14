package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An indicator code fixes its activity's and area's: a disagreement is repaired, with a warning on the field. */
class CodeHierarchyTest {
    @ParameterizedTest(name = "[{index}] [{0}] under {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # indicator | activity read | area read | activity after | area after | warned fields (, between) or NONE
            1.1.1       | 1.1           | 1         | 1.1            | 1          | NONE
            2.1.1       | 12.1          | 12        | 2.1            | 2          | activity.code,area.code
            1.1.1       | 9.1           | 1         | 1.1            | 1          | activity.code
            1.1.1       | 1.9           | 1         | 1.1            | 1          | activity.code
            2.1.1       | 2.1           | 1         | 2.1            | 2          | area.code
            2.1.1       | 2.1           | NULL      | 2.1            | 2          | area.code
            """)
    void codesAgreeWithTheIndicator(String ind, String act, String area, String actAfter, String areaAfter, String warned) {
        RowDraft d = new RowDraft();
        d.indicatorCode = ind;
        d.activityCode = act;
        d.areaCode = area;
        d.hasAreaColumn = true;
        CodeSequence.repair(new ArrayList<>(List.of(d)));
        assertThat(d.indicatorCode).isEqualTo(ind);
        assertThat(d.activityCode).isEqualTo(actAfter);
        assertThat(d.areaCode).isEqualTo(areaAfter);
        if (warned.equals("NONE")) assertThat(d.doubts).isEmpty();
        else assertThat(d.doubts.keySet()).containsExactlyInAnyOrder(warned.split(","));
    }

    @ParameterizedTest(name = "[{index}] serials {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # serials as read (, between) | serials after | rows warned on area.code (index, between) or NONE
            1,2,3                         | 1,2,3         | NONE
            1,8,3                         | 1,2,3         | 1
            1,7,7                         | 1,2,3         | 1,2
            """)
    void serialFollowsTheActivityWithAWarning(String read, String after, String warned) {
        List<RowDraft> rows = new ArrayList<>();
        String[] s = read.split(",");
        for (int i = 0; i < s.length; i++) {
            RowDraft d = new RowDraft();
            d.indicatorCode = (i + 1) + ".1.1";
            d.activityCode = (i + 1) + ".1";
            d.serial = s[i];
            rows.add(d);
        }
        CodeSequence.repair(rows);
        assertThat(rows.stream().map(d -> d.serial).toList()).containsExactly(after.split(","));
        for (int i = 0; i < rows.size(); i++) {
            boolean w = !warned.equals("NONE") && List.of(warned.split(",")).contains(String.valueOf(i));
            assertThat(rows.get(i).doubts.containsKey("area.code")).as("row " + i).isEqualTo(w);
        }
    }
}
