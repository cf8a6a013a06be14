package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suchi.config.NameDirectory;

/**
 * Which letterhead line is the office (our own example letterheads, lines separated by "/"): address and contact
 * lines are skipped, the more specific line under a ministry is taken, and an unclear choice is a doubt.
 */
class LetterheadChoiceTest {
    static final NameDirectory DIR = NameDirectory.of(Map.of(
            "divisions", List.of("ঢাকা", "খুলনা"),
            "districts", List.of("কুমিল্লা", "বরিশাল"),
            "upazilas", List.of("সেগুনবাগিচা"),
            "ministries", List.of("রেলপথ মন্ত্রণালয়", "ভূমি মন্ত্রণালয়", "স্থানীয় সরকার বিভাগ"),
            "agencies", List.of("বাংলাদেশ রেলওয়ে", "ভূমি রেকর্ড ও জরিপ অধিদপ্তর"),
            "field_offices", List.of("জেলা প্রশাসকের কার্যালয়")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // letterhead lines                                                                                  | ministry            | office                             | doubt
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার/ভূমি মন্ত্রণালয়/ভূমি রেকর্ড ও জরিপ অধিদপ্তর/প্রধান কার্যালয়, ঢাকা।        | ভূমি মন্ত্রণালয়        | ভূমি রেকর্ড ও জরিপ অধিদপ্তর          | false",
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার/ভূমি মন্ত্রণালয়/ভূমি রেকর্ড ও জরিপ অধিদপ্তর/সেগুনবাগিচা, ঢাকা             | ভূমি মন্ত্রণালয়        | ভূমি রেকর্ড ও জরিপ অধিদপ্তর          | false",
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার/রেলপথ মন্ত্রণালয়/বাংলাদেশ রেলওয়ে/প্রধান কার্যালয়, ঢাকা                  | রেলপথ মন্ত্রণালয়       | বাংলাদেশ রেলওয়ে                    | false",
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার/রেলপথ মন্ত্রণালয়/বাংলাদেশ বেলওযে/ওয়েবসাইট: railway.gov.bd             | রেলপথ মন্ত্রণালয়       | বাংলাদেশ বেলওযে                     | false",
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার/জেলা প্রশাসকের কার্যালয়, কুমিল্লা/ই-মেইল: dckumilla@example.org        |                     | জেলা প্রশাসকের কার্যালয়, কুমিল্লা     | false",
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার/স্থানীয় সরকার বিভাগ/আইসিটি শাখা/বাংলাদেশ সচিবালয়, ঢাকা               | স্থানীয় সরকার বিভাগ   | স্থানীয় সরকার বিভাগ                  | false",
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার/বিভাগীয় কমিশনারের কার্যালয়/খুলনা বিভাগ/ফোন: ০৪১-৭২০১২৩                 |                     | বিভাগীয় কমিশনারের কার্যালয়          | false",
            // the office word garbled past recognition: the line under the ministry is taken, with a doubt
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার/ভূমি মন্ত্রণালয়/ভূমি রেকর্ড ও জরিপ অপদকতব/প্রধান কার্যালয়, ঢাকা          | ভূমি মন্ত্রণালয়        | ভূমি রেকর্ড ও জরিপ অপদকতব            | true",
    })
    void choosesTheOfficeLine(String lines, String ministry, String office, boolean doubt) {
        Offices.Letterhead lh = Offices.letterhead(Arrays.asList(lines.split("/")), DIR);
        assertThat(lh.ministry()).isEqualTo(ministry == null ? null : BanglaText.normalize(ministry));
        assertThat(lh.office()).isEqualTo(BanglaText.normalize(office));
        assertThat(lh.doubt() != null).as("doubt: %s", lh.doubt()).isEqualTo(doubt);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "প্রধান কার্যালয়, ঢাকা।            | true",
            "সদর দপ্তর                        | true",
            "সেগুনবাগিচা, ঢাকা                 | true",
            "খুলনা বিভাগ                       | true",
            "ওয়েবসাইট: www.example.gov.bd      | true",
            "ফোন: ৯৫৫৫৫৫৫                     | true",
            "জেলা প্রশাসকের কার্যালয়, বরিশাল    | false",
            "ভূমি রেকর্ড ও জরিপ অধিদপ্তর        | false",
            "স্থানীয় সরকার বিভাগ               | false",
    })
    void addressLines(String line, boolean address) {
        assertThat(Offices.isAddressLine(line, DIR)).isEqualTo(address);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // subject's office                            | letterhead's office                            | doubt
            "বিষয়: জেলা প্রশাসকের কার্যালয়, কুমিল্লার ২০২৩-২৪ অর্থবছরের প্রতিবেদন | জেলা প্রশাসকের কার্যালয়, কুমিল্লা | false",
            "বিষয়: ভূমি রেকর্ড ও জরিপ অধিদপ্তরের ২০২৩-২৪ অর্থবছরের প্রতিবেদন     | ভূমি রেকর্ড ও জরিপ অধিদপ্তর      | false",
            "বিষয়: ভূমি মন্ত্রণালয়ের ২০২৩-২৪ অর্থবছরের প্রতিবেদন              | ভূমি রেকর্ড ও জরিপ অধিদপ্তর      | true",
    })
    void subjectNamingAnotherOfficeIsADoubt(String subject, String office, boolean doubt) {
        List<String> letter = List.of("গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "ভূমি মন্ত্রণালয়", office, "প্রধান কার্যালয়, ঢাকা",
                "স্মারক নম্বর: ৩১.০০.০০০০.০৪২.১৬.০১৮.২৩-৫৫", subject);
        Parsed<String> p = Offices.office(List.of(), letter, DIR);
        assertThat(p.value()).isEqualTo(BanglaText.normalize(office));
        assertThat(p.problem() != null).as("problem: %s", p.problem()).isEqualTo(doubt);
    }
}
