package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Progress texts whose stated value was misread by OCR: a slip that the unit makes unique is
 * repaired and named; a value that did not read is a doubt, never a silent null.
 */
class AchievementDoubtsTest {
    private static final FiscalYear FY = FiscalYear.of("2023-24");

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # unit   | progress text (OCR as read)                                  | value, or EMPTY | doubt contains, or NONE
            count    | গত ১৯/০৬/২০২৪ তারিখসহ মোট হটি কর্মশালা অনুষ্ঠিত হয়েছে।         | 2     | OCR reads ২ as হ
            count    | হটি সম্পন্ন হয়েছে।                                             | 2     | ২টি
            count    | মোট €টি সভা অনুষ্ঠিত হয়েছে                                       | EMPTY | did not read
            count    | ৪ টি কর্মশালা অনুষ্ঠিত হয়েছে                                     | 4     | NONE
            count    | সভাটি অনুষ্ঠিত হয়েছে                                             | EMPTY | NONE
            count    | কর্মশালা আয়োজন করা হবে                                          | EMPTY | NONE
            percent  | বরাদ্দকৃত অর্থের ১০০০ ব্যয় হয়েছে।                               | 100   | % is often read as ০
            percent  | বরাদ্দকৃত অর্থের ৮২০% ব্যয় হয়েছে।                               | 82    | misread %
            percent  | বরাদ্দকৃত অর্থের ৮২% ব্যয় হয়েছে।                                | 82    | NONE
            percent  | 57217                                                        | EMPTY | no percent
            percent  | কাজ চলমান                                                     | EMPTY | NONE
            date     | তারিখে কর্মপরিকল্পনা প্রণয়ন করা হয়েছে।                          | EMPTY | did not read
            date     | ২৭/০২/২০২৪ তারিখে কর্মপরিকল্পনা প্রণয়ন করা হয়েছে।               | 2024-02-27 | NONE
            date     | নির্ধারিত তারিখে সম্পন্ন হয়েছে                                     | EMPTY | NONE
            count    | ২ কোয়ার্টারে ২টি করা হয়েছে এবং প্রমাণক দাখিল করা হয়েছে। ৩য় কোয়ার্টারের প্রমাণক সংযুক্ত | 2 | several quarters
            count    | ১ম কোয়ার্টারে ১টি, ২য় কোয়ার্টারে ২টি সভা হয়েছে                   | 1     | several quarters (2 named
            count    | ২য় কোয়ার্টারে ৩টি সভা অনুষ্ঠিত হয়েছে                               | 3     | NONE
            count    | আওতাধীন ৪৯২টি অফিসকে তথ্য বাতায়ন হালনাগাদের জন্য পত্র প্রদান করা হয়েছে। | EMPTY | counts something else
            count    | ২৫এরার হালনাগাদকরণ নিশ্চিত করা হয়েছে।                          | EMPTY | holds a number (25)
            count    | খ) বার হালনাগাদকরণ নিশ্চিত করা হয়েছে।                           | EMPTY | before বার did not read
            count    | আওতাধীন ৬৪ জেলার অফিসসমূহে পত্র প্রদান করা হয়েছে।                 | EMPTY | NONE
            count    | ৩য় কোয়ার্টারের প্রমাণক সংযুক্ত করা হলো।                          | EMPTY | NONE
            date     | ০৫.০৮.২০২৩ গ্রি. তারিখে মন্ত্রিপরিষদ বিভাগে প্রেরণ করা হয়েছে।        | 2023-08-05 | did not read as খ্রি
            date     | ৩০/০%২৪ তারিখে বাস্তবায়িত হয়েছে                                   | EMPTY | date
            date     | গত ২৫/০৩/২০২৪ তারিখ অবধি করা হয়েছে                               | EMPTY | not as the day it was done
            date     | ২৭/১৫/২০২৪ তারিখে কর্মপরিকল্পনা প্রণয়ন করা হয়েছে।               | EMPTY | did not read as a calendar date
            count    | ৯০% নোট ই-নথিতে নিষ্পত্তি হয়েছে।                                  | EMPTY | states a percent (90%) but the unit is count
            percent  | ৯০% নোট ই-নথিতে নিষ্পত্তি হয়েছে।                                  | 90    | NONE
            date     | ১৫-০২-২৪ তাবিখে পরিদর্শন সম্পন্ন হয়েছে।                          | 2024-02-15 | "তাবিখে" after the date taken for "তারিখে"
            date     | ১৭/১২/২০২৩ খ্রি: ভারিখে সম্পন্ন করা হয়েছে।                          | 2023-12-17 | "ভারিখে" after the date
            date     | ১৫/০২/২০২৪ সালের মধ্যে সম্পন্ন হবে                                | EMPTY | NONE
            """)
    void slipsAreRepairedOrDoubted(String unit, String text, String value, String doubt) {
        Optional<Object> got = Achievements.fromText(text, unit, FY);
        if (value.equals("EMPTY")) assertThat(got).isEmpty();
        else if (unit.equals("date")) assertThat(got).contains(value);
        else assertThat(got).contains(Integer.parseInt(value));
        Optional<String> d = Achievements.doubt(text, unit, FY, got.orElse(null));
        if (doubt.equals("NONE")) assertThat(d).isEmpty();
        else assertThat(d).hasValueSatisfying(m -> assertThat(m).contains(doubt));
    }
}
