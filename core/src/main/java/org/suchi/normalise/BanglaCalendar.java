package org.suchi.normalise;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Bangladesh revised Bangla calendar (বঙ্গাব্দ), as revised in 2019: বৈশাখ to আশ্বিন have 31 days,
 * কার্তিক to মাঘ and চৈত্র 30, ফাল্গুন 29, or 30 when the Gregorian year in which that ফাল্গুন falls is a leap
 * year. ১ বৈশাখ (পহেলা বৈশাখ) of year Y is 14 April of Gregorian year Y + 593, so every Bangla date has a
 * fixed Gregorian date.
 */
public final class BanglaCalendar {
    private BanglaCalendar() {}

    /** Offset between the Bangla year and the Gregorian year in which its ১ বৈশাখ falls. */
    public static final int YEAR_OFFSET = 593;

    /** Canonical month names, index 0 = বৈশাখ (month 1). NFC. */
    public static final List<String> MONTHS = List.of(
            "বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন",
            "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র").stream().map(BanglaText::nfc).toList();

    /** Spellings (as {@link BanglaText#key}) to month number 1-12. */
    static final Map<String, Integer> MONTH_NAMES = new LinkedHashMap<>();

    static {
        String[][] spellings = {
                {"বৈশাখ", "বোশেখ"},
                {"জ্যৈষ্ঠ", "জৈষ্ঠ", "জৈষ্ঠ্য", "জ্যেষ্ঠ", "জ্যৈষ্ঠ্য"},
                {"আষাঢ়", "আষাড়", "আষাঢ"},
                {"শ্রাবণ", "শ্রাবন"},
                {"ভাদ্র"},
                {"আশ্বিন", "আশ্বীন"},
                {"কার্তিক", "কার্ত্তিক", "কার্তীক"},
                {"অগ্রহায়ণ", "অগ্রহায়ন", "অঘ্রাণ", "অঘ্রান"},
                {"পৌষ"},
                {"মাঘ"},
                {"ফাল্গুন", "ফালগুন", "ফাল্গুণ"},
                {"চৈত্র"},
        };
        for (int m = 0; m < 12; m++) {
            for (String s : spellings[m]) MONTH_NAMES.put(BanglaText.key(s), m + 1);
        }
    }

    /** A date in the Bangla calendar. */
    public record BanglaDate(int year, int month, int day) {
        @Override
        public String toString() {
            return BanglaText.toBanglaDigits(day + " " + MONTHS.get(month - 1) + " " + year);
        }
    }

    /** The Gregorian date of ১ বৈশাখ of Bangla year {@code year}. */
    public static LocalDate newYear(int year) {
        return LocalDate.of(year + YEAR_OFFSET, 4, 14);
    }

    /** Days in {@code month} (1-12) of Bangla year {@code year}. */
    public static int monthLength(int year, int month) {
        if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month);
        if (month <= 6) return 31;
        if (month == 11) {
            // ফাল্গুন of year Y runs from 14 February of Gregorian Y + 594
            return java.time.Year.isLeap(year + YEAR_OFFSET + 1) ? 30 : 29;
        }
        return 30;
    }

    /** True when day/month/year is a date of the revised calendar. */
    public static boolean isValid(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
    }

    /** The Gregorian date; throws {@link IllegalArgumentException} for an impossible Bangla date. */
    public static LocalDate toGregorian(int year, int month, int day) {
        if (!isValid(year, month, day)) {
            throw new IllegalArgumentException("not a date of the revised Bangla calendar: " + day + "/" + month + "/" + year);
        }
        int offset = day - 1;
        for (int m = 1; m < month; m++) offset += monthLength(year, m);
        return newYear(year).plusDays(offset);
    }

    public static BanglaDate fromGregorian(LocalDate d) {
        int year = d.getYear() - YEAR_OFFSET;
        if (d.isBefore(newYear(year))) year--;
        long offset = ChronoUnit.DAYS.between(newYear(year), d);
        int month = 1;
        while (offset >= monthLength(year, month)) {
            offset -= monthLength(year, month);
            month++;
        }
        return new BanglaDate(year, month, (int) offset + 1);
    }

    /** Month number 1-12 for a Bangla month name (exact spelling, then edit distance), else 0. */
    public static int month(String name) {
        String k = BanglaText.key(name).replace(" ", "");
        Integer m = MONTH_NAMES.get(k);
        if (m == null) m = Fuzzy.best(k, MONTH_NAMES);
        return m == null ? 0 : m;
    }
}
