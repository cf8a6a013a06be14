package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;

/** Document fields that every report (or every cover letter) has: a null is a warning on the field. */
class DocumentChecksTest {
    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3} letter={4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # fiscal year | period | memo number   | memo date  | cover letter | warned fields (, between) or NONE
            2023-24       | Q2     | 32.02.0000.006 | 2024-02-26 | true        | NONE
            2023-24       | Q2     | NULL           | NULL       | false       | NONE
            NULL          | Q2     | NULL           | NULL       | false       | fiscal_year
            2023-24       | NULL   | 32.02.0000.006 | NULL       | true        | period,memo_date
            2023-24       | H1     | NULL           | 2024-02-26 | true        | memo_number
            """)
    void missingFieldsAreWarned(String fy, String period, String memo, String date, boolean letter, String warned) {
        List<Warning> w = new ArrayList<>();
        DocumentChecks.apply(new DocumentInfo(null, "অফিস", null, fy, period, memo, date), letter, w);
        if (warned.equals("NONE")) assertThat(w).isEmpty();
        else assertThat(w).extracting(Warning::field).containsExactly(warned.split(","));
        assertThat(w).allMatch(x -> x.indicator() == null);
    }
}
