package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DatesTest {

    static Stream<Arguments> table() {
        return Tsv.args("dates.tsv");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("table")
    void parse(String source, String text, String expected) {
        Parsed<LocalDate> p = Dates.parse(text);
        Expect.parsed(p, expected, e -> {
            assertThat(p.ok()).as(p.toString()).isTrue();
            assertThat(p.value()).isEqualTo(LocalDate.parse(e));
        });
    }

    static Stream<Arguments> inText() {
        return Tsv.args("dates-in-text.tsv");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("inText")
    void findAll(String source, String text, String expected) {
        List<String> found = Dates.findAll(text).stream()
                .map(f -> f.date() == null ? "X" : f.date().toString()).toList();
        assertThat(String.join(",", found)).isEqualTo(expected);
    }

    @Test
    void impossibleDateMessageNamesTheDate() {
        assertThat(Dates.parse("৩৬/২/২০২৪").problem()).isEqualTo("date 36/02/2024 is not a calendar date");
        assertThat(Dates.parse("31/04").problem()).isNotNull();
        assertThat(Dates.parseCell("৩৬/০২/২০২৪", new FiscalYear(2023)).value()).isNull();
    }

    // ---------------------------------------------------------------------------------------------------
    // property tests

    private static final String[] GREG_BN = {"জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
            "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"};
    private static final String[] GREG_BN_ALT = {"জানুয়ারী", "ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগষ্ট",
            "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"};

    /** Every printed style, as functions of the date (digits ASCII; the digit script is applied later). */
    private static List<Function<LocalDate, String>> styles() {
        List<Function<LocalDate, String>> s = new ArrayList<>();
        s.add(d -> String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        s.add(d -> String.format("%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        s.add(d -> String.format("%02d/%02d/%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100));
        s.add(d -> String.format("%d-%d-%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100));
        s.add(d -> String.format("%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        s.add(d -> String.format("%d / %d / %04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        s.add(d -> String.format("%02d – %02d – %04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        s.add(d -> String.format("%02d/%02d/%04d খ্রি:", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        s.add(d -> String.format("%02d %s, %04d খ্রি:", d.getDayOfMonth(), GREG_BN[d.getMonthValue() - 1], d.getYear()));
        s.add(d -> String.format("%d %s %04d খ্রিষ্টাব্দ", d.getDayOfMonth(), GREG_BN_ALT[d.getMonthValue() - 1], d.getYear()));
        s.add(d -> String.format("তারিখ: %02d %s %04d", d.getDayOfMonth(), GREG_BN[d.getMonthValue() - 1], d.getYear()));
        s.add(d -> {
            BanglaCalendar.BanglaDate b = BanglaCalendar.fromGregorian(d);
            return String.format("%02d %s %d বঙ্গাব্দ", b.day(), BanglaCalendar.MONTHS.get(b.month() - 1), b.year());
        });
        return s;
    }

    private static String digits(String s, int mode, Random r) {
        return switch (mode) {
            case 0 -> s;
            case 1 -> BanglaText.toBanglaDigits(s);
            default -> { // mixed, digit by digit
                StringBuilder b = new StringBuilder();
                for (char c : s.toCharArray()) b.append(Character.isDigit(c) && r.nextBoolean() ? BanglaText.toBanglaDigits(String.valueOf(c)) : String.valueOf(c));
                yield b.toString();
            }
        };
    }

    private static LocalDate randomDate(Random r) {
        return LocalDate.of(2015, 1, 1).plusDays(r.nextInt(21 * 365 + 5));
    }

    @RepeatedTest(value = 10, name = "every style, batch {currentRepetition}")
    void randomDatesInEveryStyleParseBack(RepetitionInfo info) {
        Random r = new Random(104729L * info.getCurrentRepetition());
        List<Function<LocalDate, String>> styles = styles();
        for (int i = 0; i < 120; i++) {
            LocalDate d = randomDate(r);
            for (Function<LocalDate, String> style : styles) {
                String text = digits(style.apply(d), r.nextInt(3), r);
                Parsed<LocalDate> p = Dates.parse(text);
                assertThat(p.value()).as(text + " -> " + p).isEqualTo(d);
                assertThat(p.ok()).as(text + " -> " + p).isTrue();
                assertThat(Dates.parseCell(text, FiscalYear.containing(d)).ok()).as(text).isTrue();
            }
        }
    }

    @RepeatedTest(value = 5, name = "lost separators, batch {currentRepetition}")
    void lostSeparatorsAreReconstructedWhenTheDigitCountIsUnambiguous(RepetitionInfo info) {
        Random r = new Random(1299709L * info.getCurrentRepetition());
        for (int i = 0; i < 500; i++) {
            LocalDate d = randomDate(r);
            String eight = BanglaText.toBanglaDigits(String.format("%02d%02d%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
            String six = BanglaText.toBanglaDigits(String.format("%02d%02d%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100));
            for (String s : new String[]{eight, six}) {
                Parsed<LocalDate> p = Dates.parseCell(s);
                assertThat(p.value()).as(s + " -> " + p).isEqualTo(d);
                assertThat(p.ok()).as(s + " -> " + p).isTrue();
            }
        }
    }

    @RepeatedTest(value = 5, name = "misread separators, batch {currentRepetition}")
    void misreadSeparatorsAreSeparators(RepetitionInfo info) {
        Random r = new Random(15485863L * info.getCurrentRepetition());
        String noise = "।,'`~ _:;|";
        for (int i = 0; i < 500; i++) {
            LocalDate d = randomDate(r);
            char a = noise.charAt(r.nextInt(noise.length()));
            char b = noise.charAt(r.nextInt(noise.length()));
            String s = BanglaText.toBanglaDigits(d.getDayOfMonth() + "" + a + d.getMonthValue() + b + d.getYear());
            Parsed<LocalDate> p = Dates.parseCell(s);
            assertThat(p.value()).as(s + " -> " + p).isEqualTo(d);
        }
    }

    @RepeatedTest(value = 5, name = "impossible dates, batch {currentRepetition}")
    void impossibleDatesAreNeverGuessed(RepetitionInfo info) {
        Random r = new Random(32452843L * info.getCurrentRepetition());
        for (int i = 0; i < 300; i++) {
            int y = 2015 + r.nextInt(21);
            int m = 1 + r.nextInt(12);
            int len = java.time.YearMonth.of(y, m).lengthOfMonth();
            int d = len + 1 + r.nextInt(32 - len > 0 ? 32 - len : 1);
            if (d > 99) continue;
            if (r.nextInt(4) == 0) {
                d = 1 + r.nextInt(28);
                m = 13 + r.nextInt(87); // month out of range
            }
            String s = BanglaText.toBanglaDigits(String.format("%02d/%02d/%04d", d, m, y));
            assertThat(Dates.parse(s).value()).as(s).isNull();
            assertThat(Dates.parse(s).problem()).as(s).contains("not a calendar date");
            assertThat(Dates.parseCell(s, new FiscalYear(y)).value()).as(s).isNull();
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // tolerant cells and fiscal years

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # cell | fiscal year start | expected ISO, FAIL, or ISO? (value with a problem)
            ২২৪             | 2023 | FAIL
            ২২-৭-২৪         | 2023 | 2024-07-22?
            ২২-৭-২৪         | 2024 | 2024-07-22
            ১৬০৫২০২৪        | 2023 | 2024-05-16
            ১৬০৫২৪          | 2023 | 2024-05-16
            ১৬।০৫।২০২৪      | 2023 | 2024-05-16
            ১৬ ০৫ ২০২৪      | 2023 | 2024-05-16
            ১৬'০৫'২৪        | 2023 | 2024-05-16
            ১১২২৪           | 2023 | 2024-02-11?
            ১১২২৪           | 2024 | 2024-12-01?
            ১১২২৩           | 2021 | FAIL
            ১২৫২৪           | 2023 | 2024-05-12?
            ৭৪২৪            | 2023 | 2024-04-07?
            ১৬/০৫২০২৪       | 2023 | 2024-05-16?
            ১৬/০৫১২০২৪      | 2023 | 2024-05-16?
            ১০৭/০৯/২০২৩     | 2023 | FAIL
            ১৬/০৫/২০২৪      | 2023 | 2024-05-16
            ১৬/০৫/২০২৪      | 2021 | 2024-05-16?
            ১৬/o৫/২০২৪      | 2023 | 2024-05-16
            ২৫/০৬/২০২৪ খ্রি: | 2023 | 2024-06-25
            -               | 2023 | EMPTY
            ক্রম            | 2023 | FAIL
            """)
    void tolerantCells(String cell, int fyStart, String expected) {
        Parsed<LocalDate> p = Dates.parseCell(cell, new FiscalYear(fyStart));
        if (expected.equals("FAIL")) {
            assertThat(p.value()).as(p.toString()).isNull();
            assertThat(p.problem()).isNotBlank();
        } else if (expected.equals("EMPTY")) {
            assertThat(p.isEmpty()).as(p.toString()).isTrue();
        } else {
            boolean doubtful = expected.endsWith("?");
            assertThat(p.value()).as(p.toString()).isEqualTo(LocalDate.parse(expected.replace("?", "")));
            assertThat(p.ok()).as(p.toString()).isEqualTo(!doubtful);
        }
    }

    @Test
    void readingsOfADigitString() {
        assertThat(Dates.readings("11224", java.util.Set.of()))
                .containsExactly(LocalDate.of(2024, 2, 11), LocalDate.of(2024, 12, 1));
        assertThat(Dates.readings("16052024", java.util.Set.of())).containsExactly(LocalDate.of(2024, 5, 16));
        assertThat(Dates.readings("224", java.util.Set.of())).isEmpty();
        assertThat(Dates.readings("11224", java.util.Set.of(1))).containsExactly(LocalDate.of(2024, 12, 1));
    }

    // ---------------------------------------------------------------------------------------------------
    // memo dates

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # letter date text | expected ISO, FAIL, or ISO? (kept with a problem)
            ১৯ জ্যৈষ্ঠ ১৪৩২ বঙ্গাব্দ/ ০২ জুন ২০২৫ খ্রিষ্টাব্দ          | 2025-06-02
            ২৭ পৌষ ১৪৩০ বঙ্গাব্দ ১১ জানুয়ারি ২০২৪ খ্রিষ্টাব্দ          | 2024-01-11
            ২৭ পৌষ ১৪৩০ বঙ্গাব্দ ১২ জানুয়ারি ২০২৪ খ্রিষ্টাব্দ          | 2024-01-12?
            ১১ জানুয়ারি ২০২৪ খ্রিষ্টাব্দ / ২৭ পৌষ ১৪৩০ বঙ্গাব্দ         | 2024-01-11
            ১৯ জ্যৈষ্ঠ ১৪৩২ বঙ্গাব্দ                                   | 2025-06-02
            ৩২ জ্যৈষ্ঠ ১৪৩২ বঙ্গাব্দ/ ০২ জুন ২০২৫ খ্রিষ্টাব্দ          | 2025-06-02?
            ১৯ জ্যৈষ্ঠ ১৪৩২ বঙ্গাব্দ/ ৩১ জুন ২০২৫ খ্রিষ্টাব্দ          | 2025-06-02?
            ০৬ এপ্রিল, ২০২২ খ্রি:।                                   | 2022-04-06
            ৩৬/২/২০২৪                                              | FAIL
            ৩১/৪/২০২২                                              | FAIL
            ২০/০১/২০২৪ খ্রি.                                         | 2024-01-20
            ০৭ জু লাই ২০২৪ খ্রিঃ                                     | 2024-07-07
            ২০ জানুয়ারি ২০২২ রি:                                    | 2022-01-20
            সংযুক্তি                                                 | FAIL
            """)
    void memoDates(String text, String expected) {
        Parsed<LocalDate> p = Dates.parseMemoDate(text);
        if (expected.equals("FAIL")) {
            assertThat(p.value()).as(p.toString()).isNull();
            assertThat(p.problem()).isNotBlank();
        } else {
            boolean doubtful = expected.endsWith("?");
            assertThat(p.value()).as(p.toString()).isEqualTo(LocalDate.parse(expected.replace("?", "")));
            assertThat(p.ok()).as(p.toString()).isEqualTo(!doubtful);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            জানুয়ারি, 1
            জানুয়ারী, 1
            ফেব্রুয়ারি, 2
            ফেব্রুয়ারী, 2
            মার্চ, 3
            এপ্রিল, 4
            মে, 5
            জুন, 6
            জুলাই, 7
            জেলাই, 7
            আগস্ট, 8
            আগষ্ট, 8
            সেপ্টেম্বর, 9
            সেপ্টেমবর, 9
            অক্টোবর, 10
            নভেম্বর, 11
            ডিসেম্বর, 12
            ডিসেম্বার, 12
            December, 12
            জানু, 1
            ফেব, 2
            সেপ্ট, 9
            এপ্রি, 4
            জুল, 7
            আগ, 8
            সেপ, 9
            অক্টো, 10
            নভে, 11
            ডিসে, 12
            পৌষ, 0
            মাস, 0
            """)
    void gregorianMonthNames(String name, int month) {
        assertThat(Dates.gregorianMonth(name)).isEqualTo(month);
    }
}
