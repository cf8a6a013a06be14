package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;

/** The office: missing is a warning, leading punctuation is dropped with a warning, a clean name passes. */
class OfficeCheckTest {
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # office as read                     | office after          | warning contains, or NONE
            জাতীয় মহিলা সংস্থা                  | জাতীয় মহিলা সংস্থা    | NONE
            ', মৎস্য ও প্রাণিসম্পদ মন্ত্রণালয়'     | মৎস্য ও প্রাণিসম্পদ মন্ত্রণালয় | leading ","
            '। জেলা প্রশাসকের কার্যালয়, খুলনা'     | জেলা প্রশাসকের কার্যালয়, খুলনা | leading "।"
            '(প্রশাসন) শাখা'                     | (প্রশাসন) শাখা         | NONE
            NULL                                 | NULL                   | no reporting office
            ' , '                                | NULL                   | nothing is left
            """)
    void officeIsCleanOrWarned(String read, String expected, String warning) {
        List<Warning> w = new ArrayList<>();
        DocumentInfo doc = OfficeCheck.apply(new DocumentInfo(null, read, null, "2023-24", "Q1", null, null), w);
        assertThat(doc.office()).isEqualTo(expected);
        if (warning.equals("NONE")) {
            assertThat(w).isEmpty();
        } else {
            assertThat(w).singleElement().satisfies(x -> {
                assertThat(x.field()).isEqualTo("office");
                assertThat(x.indicator()).isNull();
                assertThat(x.message()).contains(warning);
            });
        }
    }

    static final org.suchi.config.NameDirectory DIR = org.suchi.config.NameDirectory.of(java.util.Map.of(
            "districts", List.of("খুলনা", "কুমিল্লা"),
            "agencies", List.of("মৎস্য অধিদপ্তর", "জাতীয় মহিলা সংস্থা"),
            "field_offices", List.of("জেলা প্রশাসকের কার্যালয়")));

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # office as read                     | office after                    | warning contains, or NONE
            জাতীয় মহিলা সংস্থা                  | জাতীয় মহিলা সংস্থা              | NONE
            জেলা প্রশাসকের কার্যালয়, কুমিল্লা      | জেলা প্রশাসকের কার্যালয়, কুমিল্লা | NONE
            মতস্য অধিদপ্তব                       | মৎস্য অধিদপ্তর                  | "অধিদপ্তব" read as "অধিদপ্তর"
            জেলা প্রশাসকের কার্যালয়, কৃমিল্লা      | জেলা প্রশাসকের কার্যালয়, কুমিল্লা | office read as "জেলা প্রশাসকের কার্যালয়, কৃমিল্লা"
            ', মৎস্য অধিদপ্তর-এব'                 | মৎস্য অধিদপ্তর                  | "-এব" dropped
            সোনালী মৎস্য অধিদপ্তর                | সোনালী মৎস্য অধিদপ্তর            | the word "সোনালী" not in the office-name directory
            """)
    void officeIsCheckedAgainstTheDirectory(String read, String expected, String warning) {
        List<Warning> w = new ArrayList<>();
        DocumentInfo doc = OfficeCheck.apply(new DocumentInfo(null, read, null, "2023-24", "Q1", null, null), DIR, w);
        assertThat(doc.office()).isEqualTo(org.suchi.normalise.BanglaText.normalize(expected));
        if (warning.equals("NONE")) {
            assertThat(w).isEmpty();
        } else {
            assertThat(w).isNotEmpty().allMatch(x -> x.indicator() == null && "office".equals(x.field()));
            assertThat(w).anyMatch(x -> x.message().contains(warning));
        }
    }
}
