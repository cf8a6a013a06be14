package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suchi.config.NameDirectory;

/** The office checked word by word against a directory: repairs of OCR slips, unknown words, clean names. */
class OfficeWordsTest {
    // a small directory of our own, written for this test
    static final NameDirectory DIR = NameDirectory.of(Map.of(
            "districts", List.of("কুমিল্লা", "বরিশাল", "নোয়াখালী"),
            "agencies", List.of("মৎস্য অধিদপ্তর", "ভূমি রেকর্ড ও জরিপ অধিদপ্তর", "বাংলাদেশ রেলওয়ে", "কৃষি সম্প্রসারণ অধিদপ্তর"),
            "field_offices", List.of("জেলা প্রশাসকের কার্যালয়", "উপজেলা মৎস্য কর্মকর্তার কার্যালয়"),
            "words", List.of("কর্মকর্তা", "জেলা", "উপজেলা", "অফিস")));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // read                                   | value                               | repairs | unknown
            "মৎস্য অধিদপ্তর                              | মৎস্য অধিদপ্তর                        | 0 | 0",
            "জেলা প্রশাসকের কার্যালয়, কুমিল্লা            | জেলা প্রশাসকের কার্যালয়, কুমিল্লা      | 0 | 0",
            "কুমিল্লার জেলা অফিস                         | কুমিল্লার জেলা অফিস                   | 0 | 0",
            "মতস্য অধিদপ্তব                              | মৎস্য অধিদপ্তর                        | 2 | 0",
            "মত্স্য অধিদপ্তর                             | মৎস্য অধিদপ্তর                        | 1 | 0",
            "জেলা প্রশাসকের কার্যালয়, কৃমিল্লা            | জেলা প্রশাসকের কার্যালয়, কুমিল্লা      | 1 | 0",
            "ভুমি রেকর্ড ও জরিপ অধিদপ্তর                 | ভূমি রেকর্ড ও জরিপ অধিদপ্তর           | 1 | 0",
            "বাংলাদেশ বেলওযেব                            | বাংলাদেশ রেলওয়ে                      | 1 | 0",
            "জেলা প্রশাসকের কার্যাল্য                     | জেলা প্রশাসকের কার্যালয়               | 1 | 0",
            "মৎস্য অধিদপ্তর-এব                           | মৎস্য অধিদপ্তর                        | 1 | 0",
            "উপজেলা মৎস্য কর্মকর্তাব কার্যালয়             | উপজেলা মৎস্য কর্মকর্তার কার্যালয়       | 1 | 0",
            // a mark no office name holds, between words: dropped
            "বাংলাদেশ রেলওয়ে! অফিস                       | বাংলাদেশ রেলওয়ে অফিস                 | 1 | 0",
            "মৎস্য;অধিদপ্তর                              | মৎস্য অধিদপ্তর                        | 1 | 0",
            // too far from any directory word: kept, and named as unknown
            "ভুমি বেকর্ড ও ডবিপ অধিদপ্তব                 | ভূমি রেকর্ড ও ডবিপ অধিদপ্তর           | 3 | 1",
            "সোনালী ইলিশ অধিদপ্তর                        | সোনালী ইলিশ অধিদপ্তর                  | 0 | 2",
    })
    void checksEachWord(String read, String value, int repairs, int unknown) {
        OfficeWords.Result r = OfficeWords.check(read, DIR);
        assertThat(r.value()).isEqualTo(BanglaText.normalize(value));
        assertThat(r.repairs()).hasSize(repairs);
        assertThat(r.unknown()).hasSize(unknown);
        assertThat(r.clean()).isEqualTo(repairs == 0 && unknown == 0);
    }

    @Test
    void repairQuotesWhatWasRead() {
        OfficeWords.Result r = OfficeWords.check("মতস্য অধিদপ্তর", DIR);
        assertThat(r.repairs()).containsExactly(new OfficeWords.Repair("মতস্য", BanglaText.key("মৎস্য")));
    }

    @Test
    void twoEquallyNearWordsAreNotARepair() {
        NameDirectory dir = NameDirectory.of(Map.of("words", List.of("কামাল", "জামাল")));
        OfficeWords.Result r = OfficeWords.check("ঝামাল", dir);
        assertThat(r.repairs()).isEmpty();
        assertThat(r.unknown()).containsExactly("ঝামাল");
    }

    @ParameterizedTest
    @CsvSource({"ভূমি, ভুমি", "মৎস্য, মত্স্য", "কুমিল্লা, কৃমিল্লা", "রেলওয়ে, রেলওযে", "কার্যালয়, কার্যাল্য"})
    void skeletonFoldsWhatOcrConfuses(String printed, String read) {
        assertThat(OfficeWords.skeleton(read)).isEqualTo(OfficeWords.skeleton(printed));
    }

    @Test
    void projectDirectoryHasThePlacesAndOfficeWords() {
        NameDirectory d = NameDirectory.loadDefault();
        for (String w : List.of("ঢাকা", "কুমিল্লা", "নোয়াখালী", "অধিদপ্তর", "কার্যালয়", "উপজেলা", "মন্ত্রণালয়", "বিভাগীয়")) {
            assertThat(d.hasWord(w)).as(w).isTrue();
        }
        assertThat(d.isPlace("সিলেট")).isTrue();
        assertThat(d.isName("বাংলাদেশ রেলওয়ে")).isTrue();
        assertThat(d.sources()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
        assertThat(OfficeWords.check("উপজেলা নির্বাহী অফিসারের কার্যালয়, বরিশাল", d).clean()).isTrue();
    }
}
