package org.suchi.synth;

import java.time.LocalDate;
import java.time.Month;

/** Bangla digits, month names, dates in the styles of the reports, and the বঙ্গাব্দ calendar. */
public final class Bangla {
    private Bangla() {}

    public static final String[] MONTHS = {"জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
        "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"};

    /** Months of the revised Bangladesh calendar (from 14 April). */
    public static final String[] BANGLA_MONTHS = {"বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক",
        "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"};

    /** Replaces ASCII digits by Bangla digits (০-৯); everything else is kept. */
    public static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('০' + (c - '0')) : c);
        }
        return b.toString();
    }

    public static String digits(long n) {
        return digits(Long.toString(n));
    }

    /** Replaces Bangla digits by ASCII digits. */
    public static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '০' && c <= '৯' ? (char) ('0' + (c - '০')) : c);
        }
        return b.toString();
    }

    /** Numeric date styles seen in the reports. */
    public enum DateStyle {
        /** ১৬/০৫/২০২৪ */ SLASH,
        /** ১৬-০৫-২০২৪ */ DASH,
        /** ১৬/০৫/২৪ */ SLASH_SHORT,
        /** ১৬-৫-২৪ */ DASH_SHORT_NOPAD,
        /** ১৬.০৫.২০২৪ */ DOT;

        public String format(LocalDate d) {
            return digits(formatAscii(d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        }

        /** Formats a possibly impossible date (day 36, 30 February) the same way. */
        public String formatAscii(int day, int month, int year) {
            return switch (this) {
                case SLASH -> String.format("%02d/%02d/%04d", day, month, year);
                case DASH -> String.format("%02d-%02d-%04d", day, month, year);
                case SLASH_SHORT -> String.format("%02d/%02d/%02d", day, month, year % 100);
                case DASH_SHORT_NOPAD -> String.format("%d-%d-%02d", day, month, year % 100);
                case DOT -> String.format("%02d.%02d.%04d", day, month, year);
            };
        }
    }

    /** "২১ অক্টোবর ২০২৪" or with a comma "২১ অক্টোবর, ২০২৪". */
    public static String words(LocalDate d, boolean comma, boolean pad) {
        String day = pad ? String.format("%02d", d.getDayOfMonth()) : Integer.toString(d.getDayOfMonth());
        return digits(day) + " " + MONTHS[d.getMonthValue() - 1] + (comma ? ", " : " ") + digits(d.getYear());
    }

    public static String month(Month m) {
        return MONTHS[m.getValue() - 1];
    }

    /** A date of the revised Bangladesh calendar: day, month index 0-11 and year বঙ্গাব্দ. */
    public record BanglaDate(int day, int month, int year) {
        public String text() {
            return digits(day) + " " + BANGLA_MONTHS[month] + " " + digits(year);
        }
    }

    /**
     * Converts to the revised Bangladesh calendar (2019): 1 বৈশাখ = 14 April; the first six months have 31 days,
     * ফাল্গুন 29 (30 when the Gregorian February is a leap month), the others 30.
     */
    public static BanglaDate toBangla(LocalDate d) {
        LocalDate newYear = LocalDate.of(d.getYear(), 4, 14);
        if (d.isBefore(newYear)) {
            newYear = newYear.minusYears(1);
        }
        int year = newYear.getYear() - 593;
        int idx = (int) (d.toEpochDay() - newYear.toEpochDay());
        boolean leap = LocalDate.of(newYear.getYear() + 1, 1, 1).isLeapYear();
        int[] len = {31, 31, 31, 31, 31, 31, 30, 30, 30, 30, leap ? 30 : 29, 30};
        int m = 0;
        while (idx >= len[m]) {
            idx -= len[m];
            m++;
        }
        return new BanglaDate(idx + 1, m, year);
    }

    /**
     * The genitive of an office name: "মন্ত্রণালয়" → "মন্ত্রণালয়ের", "সংস্থা" → "সংস্থার"; names ending in a place
     * ("…, রাজশাহী") take "-এর".
     */
    public static String genitive(String name) {
        if (name.contains(",")) {
            return name + "-এর";
        }
        char last = name.charAt(name.length() - 1);
        boolean vowelSign = (last >= '\u09BE' && last <= '\u09CC') || last == '\u09D7';
        boolean vowel = last >= '\u0985' && last <= '\u0994';
        return name + (vowelSign || vowel ? "র" : "ের");
    }

    /** Ordinal of a quarter: ১ম ২য় ৩য় ৪র্থ. */
    public static String ordinal(int n) {
        return switch (n) {
            case 1 -> "১ম";
            case 2 -> "২য়";
            case 3 -> "৩য়";
            case 4 -> "৪র্থ";
            default -> digits(n) + "ম";
        };
    }

    /** Ordinal in words: প্রথম দ্বিতীয় তৃতীয় চতুর্থ. */
    public static String ordinalWord(int n) {
        return switch (n) {
            case 1 -> "প্রথম";
            case 2 -> "দ্বিতীয়";
            case 3 -> "তৃতীয়";
            case 4 -> "চতুর্থ";
            default -> ordinal(n);
        };
    }

    /** Counting words used in progress texts: একটি, দুইটি, তিনটি. */
    public static String countWord(int n) {
        return switch (n) {
            case 1 -> "একটি";
            case 2 -> "দুইটি";
            case 3 -> "তিনটি";
            case 4 -> "চারটি";
            default -> digits(n) + "টি";
        };
    }
}
