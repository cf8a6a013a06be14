package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edit distances over code points; the word first, the text it is looked for in second, everywhere. */
class FuzzyTest {
    @ParameterizedTest(name = "distance({0}, {1}) = {2}")
    @CsvSource({
            "লক্ষ্যমাত্রা, লক্ষ্যমাত্রা, 0",
            "লক্ষ্যমাত্রা, লক্ষমাত্রা, 2",
            "অর্জন, অজর্ন, 2",
            "'', সূচক, 4",
            "abc, abd, 1"})
    void distance(String a, String b, int d) {
        assertThat(Fuzzy.distance(a, b)).isEqualTo(d);
        assertThat(Fuzzy.distance(b, a)).as("symmetric").isEqualTo(d);
    }

    @ParameterizedTest(name = "substringDistance({0} in {1}) = {2}")
    @CsvSource({
            "দক্ষতা, প্রাতিষ্ঠানিক দক্ষতা বৃদ্ধি, 0",
            // ক্ষ is three code points (ক ্ ষ), খ one
            "দক্ষতা, প্রাতিষ্ঠানিক দখতা বৃদ্ধি, 3",
            "কর্মসম্পাদন, কর্মসম্পাদনসূচক, 0",
            "সূচক, '', 4"})
    void substringDistanceHasAFreeStartAndEndInTheText(String word, String text, int d) {
        assertThat(Fuzzy.substringDistance(word, text)).isEqualTo(d);
    }

    // up to 3 code points: exact only; then one error in four code points (12 code points: up to 3)
    @ParameterizedTest(name = "occursIn({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            একক             | কার্যক্রমএককমান                   | true
            একক             | কার্যক্রমএকখমান                   | false
            লক্ষ্যমাত্রা      | ২০২৩-২৪লক্ষমাত্রা                  | true
            অর্জন            | মোটঅর্জণমান                       | true
            অর্জন            | মোটঅকনমান                        | false
            কর্মসম্পাদনসূচক   | ক্রমিককার্যক্রমকর্মসম্পাদনসুচকএকক     | true
            কর্মসম্পাদনসূচক   | ক্রমিককার্যক্রমএকক                 | false
            """)
    void occursInAllowsAboutOneErrorInFour(String word, String text, boolean expected) {
        assertThat(Fuzzy.occursIn(word, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "best({0}) = {1}")
    @CsvSource({"সংখ্যা, count", "সংখা, count", "তারিখ, date", "তারিক, date", "ক্রম, ''"})
    void bestPicksTheNearestWithinTolerance(String word, String expected) {
        Map<String, String> table = Map.of("সংখ্যা", "count", "তারিখ", "date", "শতাংশ", "percent");
        assertThat(Fuzzy.best(word, table)).isEqualTo(expected.isEmpty() ? null : expected);
    }
}
