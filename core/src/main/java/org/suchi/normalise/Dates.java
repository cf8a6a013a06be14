package org.suchi.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as printed in the reports, to {@link LocalDate}.
 *
 * <ul>
 *   <li>Numeric: ১৬/০৫/২০২৪, ১৬-০৫-২০২৪, ১৬/০৫/২৪, ১৬-৫-২৪, ১৬.০৫.২০২৪, spaces around separators, Bangla or
 *       Latin digits or both, dashes of any kind. Day first. Two-digit years are 20YY.</li>
 *   <li>Words: "০৬ এপ্রিল, ২০২২ খ্রি:", "২১ অক্টোবর ২০২৪ খ্রি:", "১লা জুলাই ২০২৪"; the usual Bangla spellings of the
 *       Gregorian months (and English names), with edit distance for OCR noise.</li>
 *   <li>The revised Bangla calendar: "১৯ জ্যৈষ্ঠ ১৪৩২ বঙ্গাব্দ" → 2025-06-02 ({@link BanglaCalendar}).</li>
 * </ul>
 *
 * <p>{@link #parse} reads a whole cell strictly; {@link #parseCell} adds the tolerant OCR mode (lost or misread
 * separators) and fiscal-year checks; {@link #parseMemoDate} handles the বঙ্গাব্দ/খ্রিষ্টাব্দ pair of a letter;
 * {@link #findAll} finds dates in running text.
 * An impossible date (৩৬/২/২০২৪, ৩১/০৪/২০২২) is never guessed: the value is null and the problem says
 * "date 36/02/2024 is not a calendar date".
 */
public final class Dates {
    private Dates() {}

    /** Which calendar a found date was printed in. */
    public enum Calendar { GREGORIAN, BANGLA }

    /**
     * A date found in text. {@code start}/{@code end} index into {@link BanglaText#normalize}{@code (text)}.
     * {@code date} is null (and {@code problem} set) for a date-shaped string that is not a calendar date.
     */
    public record Found(LocalDate date, Calendar calendar, int start, int end, String text, String problem) {}

    // ---------------------------------------------------------------------------------------------------
    // tables

    static final Map<String, Integer> GREGORIAN_MONTHS = new LinkedHashMap<>();

    static {
        String[][] spellings = {
                {"জানুয়ারি", "জানুয়ারী", "জানুয়ারি", "জানুযারি", "january", "jan"},
                {"ফেব্রুয়ারি", "ফেব্রুয়ারী", "ফেব্রুয়ারি", "ফেব্রুয়ারী", "february", "feb"},
                {"মার্চ", "march", "mar"},
                {"এপ্রিল", "april", "apr"},
                {"মে", "may"},
                {"জুন", "june", "jun"},
                {"জুলাই", "july", "jul"},
                {"আগস্ট", "আগষ্ট", "অগাস্ট", "অগাষ্ট", "august", "aug"},
                {"সেপ্টেম্বর", "সেপ্টেম্বার", "september", "sep", "sept"},
                {"অক্টোবর", "অক্টোবার", "october", "oct"},
                {"নভেম্বর", "নভেম্বার", "november", "nov"},
                {"ডিসেম্বর", "ডিসেম্বার", "december", "dec"},
        };
        for (int m = 0; m < 12; m++) {
            for (String s : spellings[m]) GREGORIAN_MONTHS.put(BanglaText.key(s), m + 1);
        }
        // ICU's Bangla month names, wide and abbreviated ("জুল", "আগ", "ডিসে"), so that an abbreviation is read
        // exactly instead of by edit distance (which takes "জুল" for জুন)
        com.ibm.icu.text.DateFormatSymbols icu = new com.ibm.icu.text.DateFormatSymbols(new com.ibm.icu.util.ULocale("bn"));
        for (int width : new int[] {com.ibm.icu.text.DateFormatSymbols.WIDE, com.ibm.icu.text.DateFormatSymbols.ABBREVIATED}) {
            for (int context : new int[] {com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.STANDALONE}) {
                String[] names = icu.getMonths(context, width);
                for (int m = 0; m < 12 && m < names.length; m++) {
                    GREGORIAN_MONTHS.putIfAbsent(BanglaText.key(names[m]).replace(" ", "").toLowerCase(Locale.ROOT), m + 1);
                }
            }
        }
    }

    private static final String GREG_ERA = "(?:খ্রিষ্টাব্দ|খ্রিস্টাব্দ|খৃষ্টাব্দ|খৃস্টাব্দ|খ্রীষ্টাব্দ|খ্রি|খ্রী|খৃ|ইংরেজি|ইং)";
    private static final String BANGLA_ERA = "(?:বঙ্গাব্দ|বঙ্গাব্দে|বাংলা|বাং)";
    private static final Pattern GREG_ERA_AFTER = Pattern.compile("^[\\s,.]*" + BanglaText.nfc(GREG_ERA));
    private static final Pattern BANGLA_ERA_AFTER = Pattern.compile("^[\\s,.]*" + BanglaText.nfc(BANGLA_ERA));

    /** Words that may surround a date in a date cell without making it "not a date". */
    private static final Pattern FILLER = Pattern.compile(BanglaText.nfc(
            "(?:তারিখে|তারিখঃ|তারিখ|তাং|" + GREG_ERA + "|" + BANGLA_ERA + "|গত)"
                    + "|[\\s,.:;\u0964()\\[\\]/\\-'\"ঃ]"));

    private static final String SEP = "[/.\\-]";
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\s*(" + SEP + ")\\s*(\\d{1,2})\\s*(" + SEP + ")\\s*(\\d{4}|\\d{2})(?!\\d|\\.\\d)");

    private static final Pattern O_FOR_ZERO = Pattern.compile("(?<=\\d)[oO]|[oO](?=\\d)");
    private static final Pattern ERA_AT_END = Pattern.compile(BanglaText.nfc(GREG_ERA) + "[\\s.:ঃ]*$");
    private static final Pattern LABEL_AT_START = Pattern.compile("^" + BanglaText.nfc("(?:তারিখ|তাং)") + "[\\s.:ঃ]*");
    /** Digits and the characters Tesseract puts where a date separator was. */
    private static final Pattern DIGITS_AND_NOISE = Pattern.compile("[\\d/.\\-\u0964,'`~_:;|\\\\\\s]+");

    private static final String ORDINAL = BanglaText.nfc("(?:ই|লা|শে|রা|ঠা|তম|st|nd|rd|th)");
    private static final String WORD = "[\\p{L}\\p{M}]+";
    private static final Pattern WORDS = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\s*" + ORDINAL + "?\\s*(" + WORD + ")(?:\\s+(" + WORD + "))?\\s*,?\\s*(\\d{4}|\\d{2})(?!\\d)");

    // ---------------------------------------------------------------------------------------------------
    // whole cells

    /**
     * A cell or value that should be exactly one date, possibly with তারিখ / খ্রি: / বঙ্গাব্দ around it.
     * "-", "--", "" give {@link Parsed#empty}.
     */
    public static Parsed<LocalDate> parse(String raw) {
        if (Numbers.isNil(raw)) return Parsed.empty(raw);
        String t = BanglaText.normalize(raw);
        List<Found> found = findAll(t);
        if (found.isEmpty()) return Parsed.fail("not a date: \"" + t + "\"", raw);
        if (found.size() > 1) return Parsed.fail("several dates in \"" + t + "\"", raw);
        Found f = found.get(0);
        String rest = FILLER.matcher(t.substring(0, f.start()) + " " + t.substring(f.end())).replaceAll("");
        if (!rest.isEmpty()) return Parsed.fail("text around the date: \"" + t + "\"", raw);
        return f.date() == null ? Parsed.fail(f.problem(), raw) : Parsed.of(f.date(), raw);
    }

    /** {@link #parseCell(String, FiscalYear)} without a fiscal year. */
    public static Parsed<LocalDate> parseCell(String raw) {
        return parseCell(raw, null);
    }

    /**
     * A date cell of the plan table, read tolerantly. First {@link #parse}; failing that, separators that
     * Tesseract dropped or misread (। , ' ` ~ _ : ; | space) are reconstructed: every split of the digits into
     * day (1-2), month (1-2) and year (2 or 4) that respects the separators still visible is tried, and
     * a reading is used when it is the only valid one (a plain 8-digit ddMMyyyy or 6-digit ddMMyy gives a clean
     * value; other lengths give the value with a problem). With several readings, the one inside
     * {@code fy} wins when it is the only one there. A date outside {@code fy} is returned with a problem.
     *
     * @param fy the plan's fiscal year, or null
     */
    public static Parsed<LocalDate> parseCell(String raw, FiscalYear fy) {
        if (Numbers.isNil(raw)) return Parsed.empty(raw);
        Parsed<LocalDate> strict = parse(raw);
        if (strict.present() || (strict.problem() != null && strict.problem().contains("not a calendar date"))) {
            return checkFiscalYear(strict, fy);
        }
        String t = BanglaText.foldDashes(BanglaText.toAsciiDigits(BanglaText.normalize(raw)));
        t = O_FOR_ZERO.matcher(t).replaceAll("0");
        t = ERA_AT_END.matcher(t).replaceAll("").trim();
        t = LABEL_AT_START.matcher(t).replaceAll("");
        if (!DIGITS_AND_NOISE.matcher(t).matches()) return strict;
        List<String> groups = new ArrayList<>();
        for (String g : t.split("[^\\d]+")) if (!g.isEmpty()) groups.add(g);
        if (groups.isEmpty()) return strict;
        if (groups.size() > 3) return Parsed.fail("not a date: \"" + BanglaText.normalize(raw) + "\"", raw);
        String digits = String.join("", groups);
        Set<Integer> cuts = new LinkedHashSet<>();
        int pos = 0;
        for (int i = 0; i < groups.size() - 1; i++) {
            pos += groups.get(i).length();
            cuts.add(pos);
        }
        if (groups.size() == 3) {
            if (groups.get(0).length() > 2 || groups.get(1).length() > 2
                    || (groups.get(2).length() != 2 && groups.get(2).length() != 4)) {
                return Parsed.fail("cannot read a date from \"" + BanglaText.normalize(raw) + "\"", raw);
            }
            LocalDate d = build(groups.get(0), groups.get(1), groups.get(2));
            if (d == null) return Parsed.fail(impossible(groups.get(0), groups.get(1), groups.get(2)), raw);
            return checkFiscalYear(Parsed.of(d, raw), fy);
        }
        List<LocalDate> rs = readings(digits, cuts);
        boolean separatorAsDigit = false;
        if (rs.isEmpty()) {
            // a separator read as a digit: ১৬/০৫১২০২৪ ("/" → ১), 16-05720 24
            rs = readingsDroppingOne(digits, cuts);
            separatorAsDigit = !rs.isEmpty();
        }
        String shown = BanglaText.normalize(raw);
        if (rs.isEmpty()) {
            return Parsed.fail("cannot read a date from \"" + shown + "\" (" + digits.length() + " digits)", raw);
        }
        LocalDate pick = null;
        String why = null;
        if (rs.size() == 1) {
            pick = rs.get(0);
        } else if (fy != null) {
            List<LocalDate> inside = rs.stream().filter(fy::contains).toList();
            if (inside.size() == 1) {
                pick = inside.get(0);
                why = "separators lost in \"" + shown + "\"; of " + rs + " took the one in fiscal year " + fy;
            }
        }
        if (pick == null) return Parsed.fail("ambiguous date \"" + shown + "\": " + rs, raw);
        if (separatorAsDigit) why = "a separator in \"" + shown + "\" read as a digit; read as " + pick;
        else if (why == null && !(cuts.isEmpty() && (digits.length() == 8 || digits.length() == 6)) && cuts.size() < 2) {
            why = "separators lost in \"" + shown + "\"; read as " + pick;
        }
        Parsed<LocalDate> p = why == null ? Parsed.of(pick, raw) : Parsed.doubtful(pick, why, raw);
        return checkFiscalYear(p, fy);
    }

    private static Parsed<LocalDate> checkFiscalYear(Parsed<LocalDate> p, FiscalYear fy) {
        if (fy == null || !p.present() || fy.contains(p.value())) return p;
        return p.withProblem("date " + p.value() + " is outside fiscal year " + fy);
    }

    /**
     * Every valid reading of a digit string as day, month, year (day 1-2 digits, month 1-2, year 2 digits →
     * 20YY or 4 digits 2000-2099), where each position in {@code cuts} must be a field boundary. Sorted.
     */
    public static List<LocalDate> readings(String digits, Set<Integer> cuts) {
        Set<LocalDate> out = new LinkedHashSet<>();
        int n = digits.length();
        for (int dl = 1; dl <= 2; dl++) {
            for (int ml = 1; ml <= 2; ml++) {
                int yl = n - dl - ml;
                if (yl != 2 && yl != 4) continue;
                for (int c : cuts) {
                    if (c != dl && c != dl + ml) {
                        yl = -1;
                        break;
                    }
                }
                if (yl < 0) continue;
                String y = digits.substring(dl + ml);
                if (yl == 4 && (y.compareTo("2000") < 0 || y.compareTo("2099") > 0)) continue;
                LocalDate d = build(digits.substring(0, dl), digits.substring(dl, dl + ml), y);
                if (d != null) out.add(d);
            }
        }
        List<LocalDate> list = new ArrayList<>(out);
        list.sort(Comparator.naturalOrder());
        return list;
    }

    private static List<LocalDate> readingsDroppingOne(String digits, Set<Integer> cuts) {
        Set<LocalDate> out = new LinkedHashSet<>();
        for (int i = 1; i < digits.length() - 1; i++) {
            char c = digits.charAt(i);
            if (c != '1' && c != '7') continue; // look-alikes of "/" and "-"
            String shorter = digits.substring(0, i) + digits.substring(i + 1);
            Set<Integer> cs = new LinkedHashSet<>();
            for (int k : cuts) cs.add(k > i ? k - 1 : k);
            cs.add(i);
            if (cs.size() > 2) continue;
            out.addAll(readings(shorter, cs));
        }
        List<LocalDate> list = new ArrayList<>(out);
        list.sort(Comparator.naturalOrder());
        return list;
    }

    // ---------------------------------------------------------------------------------------------------
    // memo dates

    /**
     * The তারিখ of a letter: one or two lines, possibly both calendars ("১৯ জ্যৈষ্ঠ ১৪৩২ বঙ্গাব্দ/ ০২ জুন ২০২৫
     * খ্রিষ্টাব্দ"). The Gregorian date is preferred; the বঙ্গাব্দ date is converted and used when it is the only
     * one; when they disagree the Gregorian date is returned with a problem. An impossible printed date
     * gives null and a problem.
     */
    public static Parsed<LocalDate> parseMemoDate(String raw) {
        if (raw == null || BanglaText.normalize(raw).isEmpty()) return Parsed.empty(raw);
        List<Found> found = findAll(raw);
        Found greg = null, bangla = null;
        for (Found f : found) {
            if (f.calendar() == Calendar.GREGORIAN && greg == null) greg = f;
            if (f.calendar() == Calendar.BANGLA && bangla == null) bangla = f;
        }
        if (greg == null && bangla == null) {
            return Parsed.fail("no date in \"" + BanglaText.normalize(raw) + "\"", raw);
        }
        if (greg != null && greg.date() != null) {
            if (bangla != null && bangla.date() != null && !bangla.date().equals(greg.date())) {
                return Parsed.doubtful(greg.date(), "বঙ্গাব্দ date \"" + bangla.text() + "\" is " + bangla.date()
                        + " but the খ্রিষ্টাব্দ date says " + greg.date(), raw);
            }
            if (bangla != null && bangla.date() == null) {
                return Parsed.doubtful(greg.date(), bangla.problem(), raw);
            }
            return Parsed.of(greg.date(), raw);
        }
        if (bangla != null && bangla.date() != null) {
            Parsed<LocalDate> p = Parsed.of(bangla.date(), raw);
            return greg == null ? p : Parsed.doubtful(bangla.date(), greg.problem() + "; used the বঙ্গাব্দ date", raw);
        }
        return Parsed.fail(greg != null ? greg.problem() : bangla.problem(), raw);
    }

    // ---------------------------------------------------------------------------------------------------
    // running text

    /** The first date in running text, or empty. */
    public static Parsed<LocalDate> first(String text) {
        for (Found f : findAll(text)) {
            return f.date() == null ? Parsed.fail(f.problem(), text) : Parsed.of(f.date(), text);
        }
        return Parsed.empty(text);
    }

    /**
     * All dates in running text, in order: numeric (with a separator), in words, and বঙ্গাব্দ. Impossible
     * dates are included with a null date and a problem. Positions index into
     * {@code BanglaText.normalize(text)}.
     */
    public static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null) return out;
        String norm = BanglaText.normalize(text);
        String s = BanglaText.foldDashes(BanglaText.toAsciiDigits(norm)); // same length as norm
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            String d = m.group(1), mo = m.group(3), y = m.group(5);
            String after = s.substring(m.end());
            boolean banglaYear = y.length() == 4 && y.startsWith("14");
            if (banglaYear || BANGLA_ERA_AFTER.matcher(after).find()) {
                out.add(bangla(Integer.parseInt(d), Integer.parseInt(mo), Integer.parseInt(y), m.start(), m.end(), norm));
                continue;
            }
            LocalDate date = build(d, mo, y);
            out.add(new Found(date, Calendar.GREGORIAN, m.start(), m.end(), norm.substring(m.start(), m.end()),
                    date == null ? impossible(d, mo, y) : null));
        }
        Matcher w = WORDS.matcher(s);
        int from = 0;
        while (from < s.length() && w.find(from)) {
            Found f = wordDate(w, s, norm);
            if (f == null) {
                from = w.start() + 1;
                continue;
            }
            if (out.stream().noneMatch(o -> o.start() < f.end() && f.start() < o.end())) out.add(f);
            from = w.end();
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    private static Found wordDate(Matcher w, String s, String norm) {
        String dayS = w.group(1), w1 = w.group(2), w2 = w.group(3), y = w.group(4);
        int end = w.end();
        int greg = 0, bang = 0;
        if (w2 != null) {
            greg = gregorianMonth(w1 + w2);
            bang = BanglaCalendar.month(w1 + w2);
        }
        if (greg == 0 && bang == 0) {
            if (w2 != null) return null; // the second word is not part of the month: the year does not follow it
            greg = gregorianMonth(w1);
            bang = greg == 0 ? BanglaCalendar.month(w1) : 0;
        }
        if (greg == 0 && bang == 0) return null;
        int day = Integer.parseInt(dayS);
        int year = Integer.parseInt(y);
        String after = s.substring(end);
        boolean banglaEra = BANGLA_ERA_AFTER.matcher(after).find();
        if (bang != 0) {
            if (y.length() == 2) year += 1400;
            return bangla(day, bang, year, w.start(), end, norm);
        }
        if (y.length() == 2) year += 2000;
        String text = norm.substring(w.start(), end);
        if (banglaEra || year < 1900) {
            return new Found(null, Calendar.GREGORIAN, w.start(), end, text,
                    "Gregorian month with a বঙ্গাব্দ year in \"" + text + "\"");
        }
        LocalDate d = build(day, greg, year);
        return new Found(d, Calendar.GREGORIAN, w.start(), end, text, d == null ? impossible(day, greg, year) : null);
    }

    private static Found bangla(int day, int month, int year, int start, int end, String norm) {
        String text = norm.substring(start, end);
        if (year < 1300 || year > 1599) {
            return new Found(null, Calendar.BANGLA, start, end, text, "বঙ্গাব্দ year " + year + " out of range in \"" + text + "\"");
        }
        if (!BanglaCalendar.isValid(year, month, day)) {
            return new Found(null, Calendar.BANGLA, start, end, text, "\"" + text + "\" is not a date of the Bangla calendar");
        }
        return new Found(BanglaCalendar.toGregorian(year, month, day), Calendar.BANGLA, start, end, text, null);
    }

    /** Month 1-12 for a Gregorian month name in Bangla or English (exact, then edit distance), else 0. */
    public static int gregorianMonth(String name) {
        String k = BanglaText.key(name).replace(" ", "").toLowerCase(Locale.ROOT);
        Integer m = GREGORIAN_MONTHS.get(k);
        if (m == null && BanglaText.hasBangla(k)) m = Fuzzy.best(k, GREGORIAN_MONTHS);
        return m == null ? 0 : m;
    }

    // ---------------------------------------------------------------------------------------------------

    private static LocalDate build(String d, String m, String y) {
        int year = Integer.parseInt(y);
        if (y.length() == 2) year += 2000;
        else if (y.length() != 4) return null;
        return build(Integer.parseInt(d), Integer.parseInt(m), year);
    }

    private static LocalDate build(int d, int m, int y) {
        if (y < 1950 || y > 2099) return null;
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String impossible(String d, String m, String y) {
        int year = Integer.parseInt(y);
        if (y.length() == 2) year += 2000;
        return impossible(Integer.parseInt(d), Integer.parseInt(m), year);
    }

    private static String impossible(int d, int m, int y) {
        return String.format("date %02d/%02d/%04d is not a calendar date", d, m, y);
    }
}
