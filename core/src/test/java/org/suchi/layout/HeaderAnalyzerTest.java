package org.suchi.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.model.Level;

/** Header texts as the seeds print them (and as OCR garbles them) name the right columns. */
class HeaderAnalyzerTest {
    private final HeaderAnalyzer a = new HeaderAnalyzer();

    @Test
    void ministryFormWithFiveLevelsAndPercentRow() {
        // seed 000 (পররাষ্ট্র মন্ত্রণালয়): the লক্ষ্যমাত্রা cell spans the five level columns
        String target = "লক্ষ্যমাত্রা ২০২৩-২০২৪ ";
        TableColumns t = a.analyze(List.of("ক্রম", "কর্মসম্পাদন ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", target + "অসাধারণ ১০০%", target + "অতি উত্তম ৯০%", target + "উত্তম ৮০%",
                target + "চলতি মান ৭০%", target + "চলতি মানের নিম্নে ৬০%", "অর্ধ-বার্ষিক স্ব-মূল্যায়ন প্রতিবেদন"), 3);
        assertThat(t.roles()).containsExactly(ColumnRole.SERIAL, ColumnRole.AREA, ColumnRole.AREA_WEIGHT,
                ColumnRole.ACTIVITY, ColumnRole.INDICATOR, ColumnRole.UNIT, ColumnRole.WEIGHT, ColumnRole.LEVEL,
                ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.PROGRESS);
        assertThat(t.levelSet()).containsExactlyElementsOf(Level.FIVE);
        assertThat(t.isReportTable()).isTrue();
    }

    @Test
    void threeLevelPlanKeysFollowThePercent() {
        // seed 001 (2021-22): অসাধারণ / উত্তম / চলতি মান, then মন্তব্য
        TableColumns t = a.analyze(List.of("ক্রম", "কর্মসম্পাদন ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা অসাধারণ ১০০%", "লক্ষ্যমাত্রা উত্তম ৮০%", "লক্ষ্যমাত্রা চলতি মান ৬০%",
                "মন্তব্য"), 3);
        assertThat(t.levelSet()).extracting(Level::key).containsExactly("excellent", "good", "poor");
        assertThat(t.find(ColumnRole.PROGRESS)).isEqualTo(10);
    }

    @Test
    void fieldFormWithAchievementAndScoreColumns() {
        TableColumns t = a.analyze(List.of("ক্রম", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান",
                "অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান", "চলতি মানের নিম্নে", "অর্জন", "অগ্রগতি/মন্তব্য", "স্কোর"), 2);
        assertThat(t.roles()).containsExactly(ColumnRole.SERIAL, ColumnRole.ACTIVITY, ColumnRole.INDICATOR,
                ColumnRole.UNIT, ColumnRole.WEIGHT, ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.LEVEL,
                ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.ACHIEVEMENT, ColumnRole.PROGRESS, ColumnRole.SCORE);
    }

    @Test
    void ocrNoiseAndAnUnreadableUnitHeaderAreTolerated() {
        // "কর্মসম্পাদন" split, "অসাধারন" with the wrong ন, the unit header lost entirely
        // and "ক্রম" read as "ঞুম" (dev scan): the first column of every form is the serial
        TableColumns t = a.analyze(List.of("ঞুম", "কার্যক্রম", "কর্ম সম্পাদন সূচক", "", "কর্মসম্পাদন সূচকের মান",
                "অসাধারন ১০০%", "অতি উত্তম ৯০%", "উত্তম ৮০%", "চলতি মান ৭০%", "চলতি মানের নিম্নে ৬০%", "অগ্রগতি"), 2);
        assertThat(t.roles().get(0)).isEqualTo(ColumnRole.SERIAL);
        assertThat(t.roles().get(3)).isEqualTo(ColumnRole.UNIT);
        assertThat(t.roles().get(5)).isEqualTo(ColumnRole.LEVEL);
        assertThat(t.levelSet()).hasSize(5);
    }

    @Test
    void aTableWithoutIndicatorOrLevelsIsNotAReportTable() {
        // seed 003: the evidence form ক্রম | হালনাগাদকরণের তারিখ | পূর্বে কি ছিল? | …
        TableColumns t = a.analyze(List.of("ক্রম", "হালনাগাদকরণের তারিখ", "পূর্বে কি ছিল?", "কী কী বিষয় হালনাগাদ করা হয়েছে",
                "সংশ্লিষ্ট ওয়েব লিংক"), 1);
        assertThat(t.isReportTable()).isFalse();
    }

    @Test
    void labelsAreRecognisedButLongBodyTextIsNot() {
        assertThat(HeaderAnalyzer.isLabel("কর্মসম্পাদন সূচক")).isTrue();
        assertThat(HeaderAnalyzer.isLabel("মন্ত্রণালয়/বিভাগ কর্তৃক সেবা/অফিস ব্যবস্থাপনা সহজিকরণ/ডিজিটাইজেশনের মাধ্যমে ন্যূনতম একটি উদ্ভাবনী ধারণা বাস্তবায়িত"))
                .isFalse();
    }

    // the header of a 150 dpi scan in small type as Tesseract read it: no word names the indicator column, and
    // "সূচকের মান" lost all but "মান" (which alone names the area weight)
    private static final List<String> GARBLED = List.of("কিরাম", "কার্ষক্বাম", "কর্মপম্পালন সুষ্ঠক", "", "কম সম্পাদন স্ছকের মান",
            "ক্ষমতা ২০২৩-২৪ অসাধারণ ১০০", "ক্ষমতা ২০২৩-২৪ অভিউন্তম ৯০০", "ক্ষমতা ২০২৩-২৪ উত্তম ৮০৪", "ক্ষমতা ২০২৩-২৪ ডঙ্গতি মান পি",
            "ক্ষমতা ২০২৩-২৪ চঙ্গতি মানের নিয়ে ৬০", "অল", "০৮১৯]");
    private static final List<int[]> FIVE_SPAN = List.<int[]>of(new int[] {5, 9});

    @Test
    void aHeaderWhoseWordsDidNotReadIsNamedFromTheTablesShape() {
        assertThat(a.analyze(GARBLED, 3).isReportTable()).as("the words alone").isFalse();
        List<String> body = List.of("১.", "(৯১1 সেবা সহজিকরণ/ ডিজিটাইজেশনের", "[১১.১1 সেবা/অফিস ব্যবস্থাপনা", "বারি", "১২",
                "১৭/০৩/২৪", "২৪/০২৪", "ত১/৩৩ক৪", "৯/০৪/২৪", "১৪/৩৯/২৪", "১২/১৯/ই৩", "১৭/১২/২৩ তারিখে সম্পন্ন করা হয়েছে।");
        HeaderAnalyzer.Inferred t = a.analyze(GARBLED, 3, FIVE_SPAN, body);
        assertThat(t.fromShape()).isTrue();
        assertThat(t.columns().roles()).containsExactly(ColumnRole.SERIAL, ColumnRole.ACTIVITY, ColumnRole.INDICATOR,
                ColumnRole.UNIT, ColumnRole.WEIGHT, ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.LEVEL,
                ColumnRole.LEVEL, ColumnRole.ACHIEVEMENT, ColumnRole.PROGRESS);
        assertThat(t.columns().levelSet()).containsExactlyElementsOf(Level.FIVE);
    }

    @Test
    void theShapeNamesNothingWithoutCodesOrWhenTheWordsSuffice() {
        List<String> noCodes = List.of("১.", "সেবা সহজিকরণ", "সেবা/অফিস ব্যবস্থাপনা", "তারিখ", "১২", "১৭/০৩/২৪", "২৪/০৩/২৪",
                "৩১/০৩/২৪", "০৭/০৪/২৪", "১৪/০৪/২৪", "১২/১২/২৩", "সম্পন্ন");
        assertThat(a.analyze(GARBLED, 3, FIVE_SPAN, noCodes).fromShape()).isFalse();
        assertThat(a.analyze(GARBLED, 3, FIVE_SPAN, noCodes).columns().isReportTable()).isFalse();
        // one bracketed cell alone (a progress text opening "(২) …") is not a code column
        List<String> oneBracket = new java.util.ArrayList<>(noCodes);
        oneBracket.set(2, "(২) সেবা/অফিস");
        assertThat(a.analyze(GARBLED, 3, FIVE_SPAN, oneBracket).fromShape()).isFalse();
        // a header that reads is named by its words, never by the shape
        List<String> good = List.of("ক্রম", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "অসাধারণ", "অতি উত্তম",
                "উত্তম", "চলতি মান", "চলতি মানের নিম্নে", "অর্জন", "অগ্রগতি/মন্তব্য");
        HeaderAnalyzer.Inferred words = a.analyze(good, 2, FIVE_SPAN, List.of("১", "[১.১] সেবা", "[১.১.১] সেবা", "তারিখ", "১২",
                "", "", "", "", "", "", ""));
        assertThat(words.fromShape()).isFalse();
        assertThat(words.columns().find(ColumnRole.INDICATOR)).isEqualTo(2);
    }

    @Test
    void theTailAfterTheLevelsFollowsTheFormsOrder() {
        // three unnamed columns after the levels: achievement, progress (the sentence), score
        List<String> header = new java.util.ArrayList<>(GARBLED);
        header.set(11, "");
        header.add("");
        List<String> body = List.of("১", "[১.১] সেবা", "[১.১.১] সেবা/অফিস", "তারিখ", "১২", "১৭/০৩/২৪", "২৪/০৩/২৪", "৩১/০৩/২৪",
                "০৭/০৪/২৪", "১৪/০৪/২৪", "১২/১২/২৩", "১২/১২/২০২৩ তারিখে সম্পন্ন করা হয়েছে।", "১২");
        HeaderAnalyzer.Inferred t = a.analyze(header, 3, FIVE_SPAN, body);
        assertThat(t.columns().roles().subList(10, 13)).containsExactly(ColumnRole.ACHIEVEMENT, ColumnRole.PROGRESS,
                ColumnRole.SCORE);
    }

    // a 150 dpi scan in Mukti as Tesseract read its header: "অসাধারণ" read as nothing, "চলতি মানের নিম্নে" as
    // "চশাতি মানের নিয়ে" (only "মান", the area weight's label, matches), "কার্যক্রম" as "কারক্রান" (taken for "ক্রম")
    private static final String TARGETS = "লক্ষামাযতা ২০২০-২০২৪ ";
    private static final List<String> MISNAMED = List.of("", "কাখস্মশাদার ক্ষে৩", "", "কারক্রান", "কামসম্পাদন সৃচক", "একক",
            "সুচকের মান", TARGETS + "০", TARGETS + "অতি উত্তম চে", TARGETS + "উত্তম ৬৩", TARGETS + "চলতি মান ০০",
            TARGETS + "চশাতি মানের নিয়ে ৩০৬", "আজন", "বাস্তবাল অগ্রগতি", "সকার (855");
    private static final List<String> MISNAMED_BODY = List.of("০০৭", "(ই. খাতার ও উদ্ভাতন", "০১০", "০ - -- --",
            "(১১৭ দগ্ডঝসংস্থা কতৃক সেবা! আফিস", "তারিখ", "১০", "১৯৮০৭/২০২৪", "২-/২০২৪", "--০২৪", "১২/-", "-০২৪", "০৬/৩৯৮০২৩",
            "প্রানাণারু সাংঘুক্ত করা হালা।", "১০");

    @Test
    void wordsThatNameColumnsAgainstTheFormsOrderGiveWayToTheShape() {
        List<int[]> span = List.<int[]>of(new int[] {7, 11});
        TableColumns words = a.analyze(MISNAMED, 3);
        assertThat(words.isReportTable()).as("the words alone name a report table").isTrue();
        assertThat(HeaderAnalyzer.consistent(words, span)).as("with the area weight among the levels").isFalse();
        HeaderAnalyzer.Inferred t = a.analyze(MISNAMED, 3, span, MISNAMED_BODY);
        assertThat(t.fromShape()).isTrue();
        assertThat(t.columns().roles()).containsExactly(ColumnRole.SERIAL, ColumnRole.AREA, ColumnRole.AREA_WEIGHT,
                ColumnRole.ACTIVITY, ColumnRole.INDICATOR, ColumnRole.UNIT, ColumnRole.WEIGHT, ColumnRole.LEVEL,
                ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.LEVEL, ColumnRole.ACHIEVEMENT,
                ColumnRole.PROGRESS, ColumnRole.SCORE);
        assertThat(t.columns().levelSet()).containsExactlyElementsOf(Level.FIVE);
    }

    @Test
    void consistencyFollowsTheFormsOrder() {
        List<String> good = List.of("ক্রম", "কর্মসম্পাদন ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক",
                "কর্মসম্পাদন সূচকের মান", "অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান", "চলতি মানের নিম্নে", "অর্জন", "অগ্রগতি", "স্কোর");
        TableColumns t = a.analyze(good, 2);
        assertThat(HeaderAnalyzer.consistent(t, List.<int[]>of(new int[] {7, 11}))).isTrue();
        assertThat(HeaderAnalyzer.consistent(t, List.of())).isTrue();
        // the span of the targets must hold levels only
        assertThat(HeaderAnalyzer.consistent(t, List.<int[]>of(new int[] {8, 12}))).isFalse();
        // a role twice, or out of order
        List<String> twice = new java.util.ArrayList<>(good);
        twice.set(13, "একক");
        assertThat(HeaderAnalyzer.consistent(a.analyze(twice, 2), List.of())).isFalse();
        // "ক্রম" is the first column or none
        List<String> serialLate = new java.util.ArrayList<>(good);
        serialLate.set(0, "");
        serialLate.set(3, "ক্রম");
        assertThat(HeaderAnalyzer.consistent(a.analyze(serialLate, 2), List.of())).isFalse();
    }
}
