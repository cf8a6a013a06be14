package org.suchi.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting period: Q1..Q4, H1, annual, from a quarter ordinal with ত্রৈমাসিক/কোয়ার্টার, অর্ধ-বার্ষিক, a
 * month range, or বার্ষিক (weakest).
 */
public final class Periods {
    private Periods() {}


    public static final String Q1 = "Q1", Q2 = "Q2", Q3 = "Q3", Q4 = "Q4", H1 = "H1", ANNUAL = "annual";

    private static final Map<String, String> ORDINALS = new LinkedHashMap<>();
    /** What is left of an ordinal whose digit did not read, where only one quarter fits (২য়/৩য় share য়). */
    private static final Map<String, String> ORDINAL_SUFFIXES = new LinkedHashMap<>();
    private static final Map<String, Boolean> QUARTER_WORDS = new LinkedHashMap<>();
    private static final Map<String, Boolean> HALF_WORDS = new LinkedHashMap<>();

    static {
        String[][] ord = {
                // OCR confuses ২ with হ, ৩ with ও, ৪ with Latin 8; safe here because a quarter word must follow
                {Q1, "১ম", "প্রথম", "1st", "1ম"},
                {Q2, "২য়", "দ্বিতীয়", "2nd", "২য", "হয়", "2য়"},
                {Q3, "৩য়", "তৃতীয়", "3rd", "৩য", "ওয়", "3য়"},
                {Q4, "৪র্থ", "চতুর্থ", "4th", "৪থ", "8র্থ", "4র্থ"},
        };
        for (String[] row : ord) {
            for (int i = 1; i < row.length; i++) ORDINALS.put(BanglaText.key(row[i]), row[0]);
        }
        ORDINAL_SUFFIXES.put(BanglaText.key("ম"), Q1);
        ORDINAL_SUFFIXES.put(BanglaText.key("র্থ"), Q4);
        for (String s : new String[]{"ত্রৈমাসিক", "ত্রৈমাসিকের", "কোয়ার্টার", "কোয়ার্টারের", "কোয়াটার", "quarter", "quarterly"}) {
            QUARTER_WORDS.put(BanglaText.key(s), true);
        }
        for (String s : new String[]{"অর্ধবার্ষিক", "অর্ধ-বার্ষিক", "ষাণ্মাসিক", "ষান্মাসিক", "half-yearly", "halfyearly"}) {
            HALF_WORDS.put(BanglaText.key(s), true);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:-[\\p{L}\\p{M}\\p{Nd}]+)*");
    private static final String MONTH_WORD = "[\\p{L}\\p{M}]+(?:\\s[\\p{L}\\p{M}]+)?";
    private static final Pattern RANGE = Pattern.compile(
            "(" + MONTH_WORD + ")\\s*,?\\s*(?:\\d{2,4})?\\s*(?:-|_|" + BanglaText.nfc("হতে|থেকে|পর্যন্ত") + "|to)\\s*(" + MONTH_WORD + ")");

    private record Signal(String period, int strength, String evidence) {}

    /** Period from one text (a title or a subject line). */
    public static Parsed<String> period(String text) {
        return fromSignals(periodSignals(text == null ? "" : text), text);
    }

    /**
     * The period: from the title block if it says one, else from the letter's বিষয় line (with its
     * continuation), else from the whole letter.
     */
    public static Parsed<String> period(List<String> titleLines, List<String> letterLines) {
        List<String> title = LetterLines.lines(titleLines);
        List<String> letter = LetterLines.lines(letterLines);
        Parsed<String> p = period(String.join(" ", title));
        if (p.present()) return p;
        String subject = LetterLines.subject(letter);
        if (subject != null) {
            Parsed<String> s = period(subject);
            if (s.present()) return s;
        }
        Parsed<String> l = period(String.join(" ", letter));
        if (l.present()) return l;
        return p.problem() != null ? p : l;
    }

    private static Parsed<String> fromSignals(List<Signal> signals, String raw) {
        if (signals.isEmpty()) return Parsed.empty(raw);
        Signal best = signals.get(0);
        for (Signal s : signals) if (s.strength > best.strength) best = s;
        if (best.period == null) return Parsed.fail(best.evidence, raw);
        for (Signal s : signals) {
            if (s.period != null && !s.period.equals(best.period) && s.strength > 1) {
                return Parsed.doubtful(best.period, "period " + best.period + " (" + best.evidence + ") but also "
                        + s.period + " (" + s.evidence + ")", raw);
            }
        }
        return Parsed.of(best.period, raw);
    }

    private static List<Signal> periodSignals(String text) {
        List<Signal> out = new ArrayList<>();
        String t = BanglaText.foldDashes(BanglaText.cleanOcr(text));
        // অর্ধ- বার্ষিক split over a line, অর্ধ বার্ষিক
        t = t.replaceAll(BanglaText.nfc("অর্ধ\\s*-?\\s*বার্ষিক"), BanglaText.nfc("অর্ধবার্ষিক"));
        List<String> tokens = new ArrayList<>();
        Matcher tm = TOKEN.matcher(t);
        while (tm.find()) tokens.add(tm.group());
        for (int i = 0; i < tokens.size(); i++) {
            String k = BanglaText.key(tokens.get(i));
            if (isWord(k, QUARTER_WORDS) && i > 0) {
                String q = ORDINALS.get(BanglaText.key(tokens.get(i - 1)));
                if (q != null) out.add(new Signal(q, 3, tokens.get(i - 1) + " " + tokens.get(i)));
                else if ((q = ORDINAL_SUFFIXES.get(BanglaText.key(tokens.get(i - 1)))) != null) {
                    // the digit did not read ("€র্থ ত্রৈমাসিক"), but only one ordinal ends so
                    out.add(new Signal(q, 2, tokens.get(i - 1) + " " + tokens.get(i)));
                }
            } else if (isWord(k, HALF_WORDS)) {
                out.add(new Signal(H1, 3, tokens.get(i)));
            } else if (k.equals(BanglaText.key("বার্ষিক")) && (i == 0 || !BanglaText.key(tokens.get(i - 1)).equals(BanglaText.key("অর্ধ")))) {
                out.add(new Signal(ANNUAL, 1, tokens.get(i)));
            }
        }
        // years between the months ("জুলাই ২৩ – ডিসেম্বর ২৩") in ASCII digits for RANGE (same length)
        t = BanglaText.toAsciiDigits(t);
        Matcher m = RANGE.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            int a = month(m.group(1)), b = month(m.group(2));
            if (a == 0 || b == 0) {
                from = m.start() + 1;
                continue;
            }
            String p = a == 7 && b == 9 ? Q1 : a == 10 && b == 12 ? Q2 : a == 1 && b == 3 ? Q3 : a == 4 && b == 6 ? Q4
                    : a == 7 && b == 12 ? H1 : a == 7 && b == 6 ? ANNUAL : null;
            out.add(new Signal(p, p == null ? 0 : 2,
                    p == null ? "month range \"" + m.group() + "\" is not a quarter, H1 or the year" : m.group()));
            from = m.end();
        }
        return out;
    }

    private static boolean isWord(String key, Map<String, Boolean> table) {
        if (table.containsKey(key)) return true;
        return Fuzzy.best(key, table) != null;
    }

    /** Gregorian month of a one- or two-word group ("জুলাই", "জু লাই", "প্রতিবেদন জুলাই"), else 0. */
    private static int month(String group) {
        int m = Dates.gregorianMonth(group);
        if (m != 0) return m;
        int sp = group.lastIndexOf(' ');
        return sp < 0 ? 0 : Dates.gregorianMonth(group.substring(sp + 1));
    }

}
