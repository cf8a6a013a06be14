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

    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # fiscal year | period | memo number                  | memo date  | warned fields (, between) or NONE
            2023-24       | Q2     | 32.02.0000.006.16.018.19-840 | 2024-01-10 | NONE
            2023-24       | Q2     | 32.02.0000.006.16.018.19-840 | 2024-04-25 | NONE
            2023-24       | Q2     | 32.02.0000.006.16.018.19-840 | 2021-01-10 | memo_date
            2023-24       | Q2     | 32.02.0000.006.16.018.19-840 | 2024-10-01 | memo_date
            2023-24       | Q2     | 32.02.0000.006.16.018.19-840 | 2023-09-30 | memo_date
            2023-24       | Q4     | 32.02.0000.006.16.018.19-840 | 2024-06-20 | NONE
            2023-24       | NULL   | NULL                         | 2023-08-01 | NONE
            2023-24       | NULL   | NULL                         | 2022-08-01 | memo_date
            NULL          | Q1     | NULL                         | 2022-08-01 | NONE
            2021-22       | Q3     | 55.00.0000.118.36.011.18-29  | 2022-04-06 | NONE
            """)
    void memoDateConstraints(String fy, String period, String memo, String date, String warned) {
        List<Warning> w = new ArrayList<>();
        DocumentChecks.constraints(new DocumentInfo(null, "অফিস", null, fy, period, memo, date), List.of(), w);
        if (warned.equals("NONE")) assertThat(w).isEmpty();
        else assertThat(w).extracting(Warning::field).containsExactly(warned.split(","));
    }

    @org.junit.jupiter.api.Test
    void dateReadOtherwiseInTheCopyListIsWarned() {
        List<String> letter = List.of("স্মারক নম্বর: ৫৫.০০.০০০০.১১৮.৩৬.০১১.১৮-২৯", "তারিখ: ০৬ এপ্রিল, ২০২২ খ্রি:",
                "বিষয়: প্রতিবেদন প্রেরণ", "স্মারক নম্বর: ৫৫.০০.০০০০.১১৮.৩৬.০১১.১৮-২৯", "তারিখ: ০৮ এপ্রিল, ২০২২ খ্রি:");
        List<Warning> w = new ArrayList<>();
        DocumentChecks.constraints(new DocumentInfo(null, "অফিস", null, "2021-22", "Q3", "55.00.0000.118.36.011.18-29",
                "2022-04-06"), letter, w);
        assertThat(w).extracting(Warning::field).containsExactly("memo_date");
        assertThat(w.get(0).message()).contains("2022-04-08");
        List<Warning> same = new ArrayList<>();
        List<String> agreeing = new ArrayList<>(letter);
        agreeing.set(4, "তারিখ: ০৬ এপ্রিল, ২০২২ খ্রি:");
        DocumentChecks.constraints(new DocumentInfo(null, "অফিস", null, "2021-22", "Q3", "55.00.0000.118.36.011.18-29",
                "2022-04-06"), agreeing, same);
        assertThat(same).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # field     | confidence | how        | warned
            office      | 0.95       | ocr        | false
            office      | 0.40       | ocr        | true
            office      | 0.40       | text-layer | false
            memo_number | 0.55       | ocr        | false
            memo_number | 0.34       | ocr        | true
            memo_date   | 0.20       | ocr        | true
            """)
    void lowConfidenceLineIsWarned(String field, double conf, String how, boolean warned) {
        var e = new org.suchi.model.Evidence(1, List.of(0.1, 0.1, 0.5, 0.12), "x", conf, how);
        DocumentInfo d = new DocumentInfo(null, "মৎস্য অধিদপ্তর", null, "2023-24", "Q1", "32.02.0000.006.16.018.19-840",
                "2023-10-10").withEvidence(java.util.Map.of(field, e));
        List<Warning> w = new ArrayList<>();
        assertThat(DocumentChecks.lowConfidence(d, w)).isEqualTo(warned);
        assertThat(w).extracting(Warning::field).containsExactlyElementsOf(warned ? List.of(field) : List.of());
        // a field already warned about gets no second warning
        List<Warning> already = new ArrayList<>(List.of(Warning.document(field, "earlier doubt")));
        DocumentChecks.lowConfidence(d, already);
        assertThat(already).hasSize(1);
    }
}
