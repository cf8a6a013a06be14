package org.suchi.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;

/**
 * Document-level fields from text lines (no OCR here): the cover letter's lines and the title block's
 * lines above the table. Every method accepts null or empty line lists.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>fiscal_year</b>: "2023-24" from ২০২৩-২৪ / ২০২৩-২০২৪ / 2023-2024; the second year must be the first + 1.</li>
 *   <li><b>period</b>: Q1..Q4, H1, annual, from a quarter ordinal with ত্রৈমাসিক/কোয়ার্টার, অর্ধ-বার্ষিক, a month
 *       range, or বার্ষিক (weakest).</li>
 *   <li><b>memo_number</b>: the letter's own স্মারক/নং line (never a সূত্র line). Bangladesh e-Nothi numbers are
 *       seven dot-separated groups of 2.2.4.3.2.3.2 digits, then "-" and the letter's serial. When the groups
 *       fit that pattern the normal form is {@code 55.00.0000.118.36.011.18-29}: the seven groups joined by ".",
 *       then "-" and the serial, whatever separators OCR produced (",", "।", "-" for "."). A file part
 *       "(অংশ-৩)" between code and serial is dropped (it is not ASCII; see {@link #memoParts}). Numbers that do not
 *       fit the pattern keep their printed dots and hyphens, with a problem.</li>
 *   <li><b>memo_date</b>: the তারিখ on the memo line, or the nearest তারিখ line after it (before it if none),
 *       never a সূত্র line's; বঙ্গাব্দ/খ্রিষ্টাব্দ pairs via {@link Dates#parseMemoDate}.</li>
 *   <li><b>office</b> (as printed): from the title block first: "&lt;office&gt; - ই-গভর্ন্যান্স…", then
 *       "&lt;office&gt;-এর/এর/ের ই-গভর্ন্যান্স…" (genitive removed), then a last title line that names an office;
 *       otherwise the letterhead (the last organisation line after "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", before the
 *       first section/address line); otherwise the বিষয় line's "&lt;office&gt;-এর ২০২৩-২০২৪ অর্থবছরের…". When the
 *       letterhead names only a ministry and the বিষয় line another office, the ministry forwards that office's
 *       report: the office is the বিষয় line's.</li>
 *   <li><b>ministry</b>: the letterhead's first organisation line (a মন্ত্রণালয় or বিভাগ); else the office itself
 *       when it is a মন্ত্রণালয়; else null.</li>
 * </ul>
 */
public final class DocumentFields {
    private DocumentFields() {}

    // ---------------------------------------------------------------------------------------------------
    // everything at once

    /** Extracted document fields and the warnings raised while extracting them. */
    public record Result(DocumentInfo info, List<Warning> warnings) {}

    /**
     * All document fields. {@code letterLines} are the cover letter's lines (empty when there is no letter),
     * {@code titleLines} the heading above the table.
     */
    public static Result extract(List<String> letterLines, List<String> titleLines) {
        List<Warning> w = new ArrayList<>();
        List<String> letter = lines(letterLines);
        List<String> title = lines(titleLines);
        String titleText = title.isEmpty() ? null : String.join(" ", title.stream().map(BanglaText::cleanOcr).toList());

        List<String> both = new ArrayList<>(title);
        both.addAll(letter);
        Parsed<FiscalYear> fy = fiscalYear(title).present() ? fiscalYear(title) : fiscalYear(both);
        note(w, "fiscal_year", fy);
        Parsed<String> period = period(title, letter);
        note(w, "period", period);
        Parsed<String> memo = memoNumber(letter);
        note(w, "memo_number", memo);
        Parsed<LocalDate> date = memoDate(letter);
        note(w, "memo_date", date);
        Parsed<String> office = office(title, letter);
        note(w, "office", office);
        Parsed<String> ministry = ministry(title, letter);
        note(w, "ministry", ministry);

        DocumentInfo info = new DocumentInfo(titleText, office.value(), ministry.value(),
                fy.present() ? fy.value().label() : null, period.value(), memo.value(),
                date.present() ? date.value().toString() : null);
        return new Result(info, w);
    }

    private static void note(List<Warning> w, String field, Parsed<?> p) {
        if (p.problem() != null) w.add(Warning.document(field, p.problem()));
    }

    private static List<String> lines(List<String> in) {
        List<String> out = new ArrayList<>();
        if (in == null) return out;
        for (String s : in) {
            if (s == null) continue;
            for (String part : s.split("\\R")) {
                String t = BanglaText.normalize(part);
                if (!t.isEmpty()) out.add(t);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------
    // fiscal year

    private static final Pattern FISCAL = Pattern.compile("(?<![\\d./\\-])(20\\d{2})\\s*[-/]\\s*(\\d{4}|\\d{2})(?![\\d]|[./\\-]\\d)");

    /** Fiscal year from one text. See {@link #fiscalYear(List)}. */
    public static Parsed<FiscalYear> fiscalYear(String text) {
        return fiscalYear(text == null ? List.of() : List.of(text));
    }

    /**
     * The fiscal year printed in the lines: "২০২৩-২৪", "২০২৩-২০২৪ অর্থ-বছর", "2023-2024". The most frequent
     * valid one wins; another distinct one makes it doubtful. "২০২৩-২৫" is not a fiscal year.
     */
    public static Parsed<FiscalYear> fiscalYear(List<String> lines) {
        Map<FiscalYear, Integer> count = new LinkedHashMap<>();
        String bad = null;
        String raw = String.join("\n", lines(lines));
        for (String line : lines(lines)) {
            Matcher m = FISCAL.matcher(BanglaText.key(line));
            while (m.find()) {
                int y1 = Integer.parseInt(m.group(1));
                int y2 = Integer.parseInt(m.group(2));
                boolean ok = m.group(2).length() == 4 ? y2 == y1 + 1 : y2 == (y1 + 1) % 100;
                if (ok) count.merge(new FiscalYear(y1), 1, Integer::sum);
                else if (bad == null) bad = m.group();
            }
        }
        if (count.isEmpty()) {
            return bad == null ? Parsed.empty(raw) : Parsed.fail("\"" + bad + "\" is not a fiscal year (second year must be the first + 1)", raw);
        }
        FiscalYear best = null;
        for (Map.Entry<FiscalYear, Integer> e : count.entrySet()) {
            if (best == null || e.getValue() > count.get(best)) best = e.getKey();
        }
        if (count.size() > 1) return Parsed.doubtful(best, "several fiscal years printed: " + count.keySet(), raw);
        return Parsed.of(best, raw);
    }

    // ---------------------------------------------------------------------------------------------------
    // period

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
        List<String> title = lines(titleLines);
        List<String> letter = lines(letterLines);
        Parsed<String> p = period(String.join(" ", title));
        if (p.present()) return p;
        String subject = subject(letter);
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

    // ---------------------------------------------------------------------------------------------------
    // memo number and date

    /** The parts of a memo number: the dotted file code, the file part (অংশ) if printed, the serial. */
    public record MemoParts(String code, String part, String serial, boolean standard, char serialSeparator) {
        public MemoParts(String code, String part, String serial, boolean standard) {
            this(code, part, serial, standard, '-');
        }

        /** The normal form: code, and "-serial" (or ".serial" where the letter prints a dot there) when there is one. */
        public String normal() {
            return serial == null ? code : code + serialSeparator + serial;
        }
    }

    private static final int[] STANDARD = {2, 2, 4, 3, 2, 3, 2};
    private static final Pattern O_FOR_ZERO = Pattern.compile("(?<=[\\d.\\-])[oO]+|[oO]+(?=[\\d.\\-])");
    private static final Pattern MEMO_LABEL = Pattern.compile(BanglaText.nfc(
            "^[^\\p{L}\\p{Nd}]*(?:(?:স্মারক|স্বারক|স্মারক|smarak|memo)\\s*(?:নম্বর|নম্বরঃ|নং|নম্বার|নাম্বার|no|number)?|নং|নম্বর|no|ref\\.?\\s*no)"
                    + "\\s*[.:ঃ\\-]*\\s*(?=[\\doO০])"), Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile(BanglaText.nfc("^[^\\p{L}]*(?:সূত্র|সুত্র|সূত্রঃ|সুত্রঃ|ref\\b|reference)"),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile(BanglaText.nfc("^[^\\p{L}]*(?:বিষয়|বিষয়|বিষয়ঃ)\\s*[:ঃ]?"));
    private static final Pattern DATE_LABEL = Pattern.compile(BanglaText.nfc("(?:তারিখ|তারিখঃ|তাং|date)\\s*[:ঃ.]?"),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile(BanglaText.nfc("\\(\\s*(?:অংশ|খণ্ড|part)\\s*[-:]?\\s*(\\d+)\\s*\\)"),
            Pattern.CASE_INSENSITIVE);

    /** Index of the letter's own memo line, or -1. */
    private static int memoLine(List<String> lines) {
        int subject = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (SUBJECT.matcher(lines.get(i)).find()) {
                subject = i;
                break;
            }
        }
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (REFERENCE.matcher(line).find()) continue;
            // a wrapped সূত্র line: "সূত্র: মন্ত্রিপরিষদ বিভাগের" / "স্মারক নম্বর ..."
            if (i > 0 && REFERENCE.matcher(lines.get(i - 1)).find() && !hasMemoShape(lines.get(i - 1))) continue;
            if (!MEMO_LABEL.matcher(BanglaText.toAsciiDigits(line)).find()) continue;
            if (subject < 0 || i < subject) return i;
            if (first < 0) first = i;
        }
        return first;
    }

    /**
     * The memo number printed again further down the letter (the copy list repeats it) but read with
     * another serial: the doubt, else empty. Lines of a সূত্র are not the letter's number.
     */
    public static Optional<String> memoRepeatDoubt(List<String> letterLines, String memo) {
        if (memo == null) return Optional.empty();
        Parsed<MemoParts> mine = memoParts(memo);
        if (!mine.present() || !mine.value().standard()) return Optional.empty();
        for (String line : lines(letterLines)) {
            if (REFERENCE.matcher(line).find() || !hasMemoShape(line)) continue;
            // from the number on: the label may have lost letters ("রক নম্বর:")
            Matcher digit = Pattern.compile("\\p{Nd}").matcher(line);
            if (!digit.find()) continue;
            Parsed<MemoParts> other = memoParts(line.substring(digit.start()));
            if (!other.present() || !other.value().standard()) continue;
            if (other.value().code().equals(mine.value().code()) && !java.util.Objects.equals(other.value().serial(), mine.value().serial())) {
                return Optional.of("the memo number is printed again as " + other.value().normal() + ": serial "
                        + mine.value().serial() + " or " + other.value().serial());
            }
        }
        return Optional.empty();
    }

    /** A line that labels a memo number and holds one ("স্মারক নং- ২৩.০৪.০০০০…"): worth a second reading. */
    public static boolean isMemoLine(String line) {
        return line != null && MEMO_LABEL.matcher(BanglaText.toAsciiDigits(BanglaText.normalize(line))).find() && hasMemoShape(line);
    }

    private static boolean hasMemoShape(String line) {
        return BanglaText.toAsciiDigits(line).matches(".*\\d+\\s*[.,\u0964]\\s*\\d+\\s*[.,\u0964]\\s*\\d+.*");
    }

    /** The memo number of the letter's own স্মারক line; empty when the lines have none. */
    public static Parsed<String> memoNumber(List<String> letterLines) {
        List<String> lines = lines(letterLines);
        int i = memoLine(lines);
        if (i < 0) return Parsed.empty(String.join("\n", lines));
        return memoNumber(lines.get(i));
    }

    /** A memo number from a line ("স্মারক নম্বর: ৫৫.০০.০০০০.১১৮.৩৬.০১১.১৮-২৯ তারিখ: …") or the bare number. */
    public static Parsed<String> memoNumber(String line) {
        Parsed<MemoParts> p = memoParts(line);
        return p.map(MemoParts::normal);
    }

    /** The parts of a memo number; see the class comment for the normal form. */
    public static Parsed<MemoParts> memoParts(String line) {
        if (line == null) return Parsed.empty(null);
        String t = BanglaText.foldDashes(BanglaText.toAsciiDigits(BanglaText.normalize(line)));
        Matcher label = MEMO_LABEL.matcher(t);
        if (label.find()) t = t.substring(label.end());
        Matcher dl = DATE_LABEL.matcher(t);
        if (dl.find()) t = t.substring(0, dl.start());
        String part = null;
        Matcher pm = PART.matcher(t);
        if (pm.find()) {
            part = pm.group(1);
            t = t.substring(0, pm.start()) + " - " + t.substring(pm.end());
        }
        // OCR: o/O for ০ (runs of them next to digits or separators), comma or danda for the dot
        String printed0 = t;
        t = t.replace(',', '.').replace('\u0964', '.');
        Matcher oz = O_FOR_ZERO.matcher(t);
        StringBuilder zb = new StringBuilder();
        while (oz.find()) oz.appendReplacement(zb, "0".repeat(oz.group().length()));
        oz.appendTail(zb);
        t = zb.toString();
        List<String> groups = new ArrayList<>();
        List<Character> seps = new ArrayList<>();
        int i = 0, n = t.length();
        while (i < n && !Character.isDigit(t.charAt(i))) {
            if (Character.isLetter(t.charAt(i))) return Parsed.fail("no memo number in \"" + BanglaText.normalize(line) + "\"", line);
            i++;
        }
        while (i < n) {
            int s = i;
            while (i < n && Character.isDigit(t.charAt(i))) i++;
            if (i == s) break;
            groups.add(t.substring(s, i));
            int j = i;
            char sep = 0;
            while (j < n && (t.charAt(j) == ' ' || ".,\u0964-".indexOf(t.charAt(j)) >= 0)) {
                char c = t.charAt(j);
                if (c == '-') sep = '-';
                else if (c != ' ' && sep == 0) sep = '.';
                j++;
            }
            if (j < n && Character.isDigit(t.charAt(j)) && sep != 0) {
                seps.add(sep);
                i = j;
            } else {
                break;
            }
        }
        if (groups.isEmpty()) return Parsed.fail("no memo number in \"" + BanglaText.normalize(line) + "\"", line);
        boolean standard = groups.size() >= STANDARD.length;
        for (int k = 0; standard && k < STANDARD.length; k++) standard = groups.get(k).length() == STANDARD[k];
        if (standard) {
            String code = String.join(".", groups.subList(0, STANDARD.length));
            String serial = groups.size() > STANDARD.length
                    ? String.join("-", groups.subList(STANDARD.length, groups.size())) : null;
            // a serial printed after a dot (27.00.0000.094.22.001.23.55, gazette notices) keeps its dot;
            // a dash, or a comma or danda that OCR made of the dot, becomes the usual "-"
            char serialSep = groups.size() == STANDARD.length + 1 && part == null
                    && seps.get(STANDARD.length - 1) == '.' && dotted(printed0) ? '.' : '-';
            MemoParts mp = new MemoParts(code, part, serial, true, serialSep);
            if (groups.size() > STANDARD.length + 1) {
                return Parsed.doubtful(mp, "memo number has extra groups after the serial: \"" + BanglaText.normalize(line) + "\"", line);
            }
            return Parsed.of(mp, line);
        }
        StringBuilder b = new StringBuilder(groups.get(0));
        for (int k = 1; k < groups.size(); k++) b.append(seps.get(k - 1)).append(groups.get(k));
        String printed = b.toString();
        int dash = printed.lastIndexOf('-');
        MemoParts mp = dash > 0 && printed.indexOf('.') >= 0 && printed.indexOf('.') < dash
                ? new MemoParts(printed.substring(0, dash), part, printed.substring(dash + 1), false)
                : new MemoParts(printed, part, null, false);
        return Parsed.doubtful(mp, "memo number \"" + printed + "\" does not follow the 2.2.4.3.2.3.2 pattern", line);
    }

    /** True when every separator of the memo number in {@code t} was printed as a dot (no comma or danda read for it). */
    private static boolean dotted(String t) {
        return !t.matches("(?s).*\\d\\s*[-,\u0964]\\s*\\d.*");
    }

    /**
     * The letter's date: the তারিখ on the memo line, else the nearest তারিখ line after it (up to three lines),
     * else before it (up to two lines); a following line that holds only the other calendar's date is
     * included. Without a memo line, the first তারিখ line before the বিষয় line. Never a সূত্র line's date.
     */
    public static Parsed<LocalDate> memoDate(List<String> letterLines) {
        List<String> lines = lines(letterLines);
        if (lines.isEmpty()) return Parsed.empty(null);
        int memo = memoLine(lines);
        List<Integer> order = new ArrayList<>();
        if (memo >= 0) {
            order.add(memo);
            for (int k = 1; k <= 3 && memo + k < lines.size(); k++) {
                if (SUBJECT.matcher(lines.get(memo + k)).find()) break; // the letter's date is above its subject
                order.add(memo + k);
            }
            for (int k = 1; k <= 2; k++) order.add(memo - k);
        } else {
            for (int k = 0; k < lines.size(); k++) {
                if (SUBJECT.matcher(lines.get(k)).find()) break;
                order.add(k);
            }
        }
        for (int k : order) {
            if (k < 0 || k >= lines.size()) continue;
            String line = lines.get(k);
            if (REFERENCE.matcher(line).find()) continue;
            if (k != memo && k > 0 && SUBJECT.matcher(line).find()) continue;
            Matcher m = DATE_LABEL.matcher(line);
            if (!m.find()) continue;
            String text = line.substring(m.end());
            if (k + 1 < lines.size() && onlyDate(lines.get(k + 1))) text = text + " " + lines.get(k + 1);
            return Dates.parseMemoDate(text);
        }
        return Parsed.empty(String.join("\n", lines));
    }

    /** A line that is only a date (the second half of a বঙ্গাব্দ/খ্রিষ্টাব্দ pair). */
    private static boolean onlyDate(String line) {
        List<Dates.Found> f = Dates.findAll(line);
        if (f.size() != 1) return false;
        String rest = BanglaText.normalize(line).substring(f.get(0).end());
        String before = BanglaText.normalize(line).substring(0, f.get(0).start());
        return before.replaceAll("[\\s/,।.]", "").isEmpty()
                && rest.replaceAll(BanglaText.nfc("খ্রিষ্টাব্দ|খ্রিস্টাব্দ|খ্রি|বঙ্গাব্দ|ইং|[\\s/,।.:ঃ]"), "").isEmpty();
    }

    private static String subject(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SUBJECT.matcher(lines.get(i));
            if (m.find()) {
                String s = lines.get(i).substring(m.end()).trim();
                if (i + 1 < lines.size() && !SUBJECT.matcher(lines.get(i + 1)).find()
                        && !REFERENCE.matcher(lines.get(i + 1)).find()) {
                    s = s + " " + lines.get(i + 1);
                }
                return s;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------
    // office and ministry

    /** The letterhead's organisation lines: ministry (or division) and office, either may be null. */
    public record Letterhead(String ministry, String office) {
        public static final Letterhead NONE = new Letterhead(null, null);
    }

    private static final Map<String, Boolean> ORG_NOUNS = new LinkedHashMap<>();
    private static final Map<String, Boolean> SECTION_NOUNS = new LinkedHashMap<>();
    private static final Map<String, Boolean> MINISTRY_NOUNS = new LinkedHashMap<>();

    static {
        for (String s : new String[]{"মন্ত্রণালয়", "বিভাগ", "অধিদপ্তর", "অধিদফতর", "পরিদপ্তর", "পরিদফতর", "দপ্তর", "দফতর",
                "কার্যালয়", "অফিস", "সংস্থা", "কাউন্সিল", "কমিশন", "বোর্ড", "কর্তৃপক্ষ", "ব্যুরো", "ইনস্টিটিউট",
                "একাডেমি", "কর্পোরেশন", "করপোরেশন", "বিশ্ববিদ্যালয়", "হাসপাতাল", "পরিষদ", "সেন্টার", "কেন্দ্র",
                "ব্যাংক", "ট্রাস্ট", "ফাউন্ডেশন", "বাহিনী", "সচিবালয়", "কমিটি", "প্রকল্প", "কোম্পানি", "লিমিটেড"}) {
            ORG_NOUNS.put(BanglaText.key(s), true);
        }
        for (String s : new String[]{"শাখা", "অধিশাখা", "সেল", "উইং", "অনুবিভাগ", "ডেস্ক"}) {
            SECTION_NOUNS.put(BanglaText.key(s), true);
        }
        for (String s : new String[]{"মন্ত্রণালয়", "বিভাগ"}) MINISTRY_NOUNS.put(BanglaText.key(s), true);
    }

    private static final Pattern GOVERNMENT = Pattern.compile(BanglaText.nfc("গণপ্রজাতন্ত্রী|বাংলাদেশ\\s*সরকার|প্রজাতন্ত্রী"));
    private static final Pattern EGOV = Pattern.compile(BanglaText.nfc("ই\\s*-?\\s*গভ"));

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : BanglaText.key(s).split("[\\s,;:।()\\-]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static boolean hasWord(String line, Map<String, Boolean> table) {
        for (String w : words(line)) {
            if (table.containsKey(w)) return true;
            if (w.codePointCount(0, w.length()) >= 4 && Fuzzy.best(w, table) != null) return true;
        }
        return false;
    }

    private static boolean endsWithWord(String line, Map<String, Boolean> table) {
        List<String> ws = words(line);
        if (ws.isEmpty()) return false;
        String w = ws.get(ws.size() - 1);
        return table.containsKey(w) || (w.codePointCount(0, w.length()) >= 4 && Fuzzy.best(w, table) != null);
    }

    private static boolean isAddressOrWeb(String line) {
        String k = BanglaText.key(line);
        return k.matches(".*\\d.*") || k.contains("www") || k.contains("http") || k.contains("@") || k.contains(".gov")
                || k.contains(BanglaText.key("সচিবালয়")) || k.contains(BanglaText.key("রোড"));
    }

    /** An organisation line of a letterhead or title: names an organisation, no digits, not a section. */
    private static boolean isOrgLine(String line) {
        if (line == null || line.isBlank()) return false;
        if (isAddressOrWeb(line) || hasWord(line, SECTION_NOUNS)) return false;
        if (EGOV.matcher(line).find() || hasReportWord(line)) return false;
        return hasWord(line, ORG_NOUNS);
    }

    private static final Pattern REPORT_WORDS = Pattern.compile(BanglaText.nfc(
            "প্রতিবেদন|কর্মপরিকল্পনা|ত্রৈমাসিক|বার্ষিক|মূল্যায়ন|অগ্রগতি|উদ্ভাবন|স্মারক|তারিখ|বিষয়\\s*[:ঃ]"));

    private static boolean hasReportWord(String line) {
        return REPORT_WORDS.matcher(line).find();
    }

    /**
     * The letterhead: after "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", the organisation lines up to the first section
     * (শাখা), address, web or memo line. The first is the ministry when it is a মন্ত্রণালয়/বিভাগ and another
     * follows or it is the only one; the last is the office.
     */
    public static Letterhead letterhead(List<String> letterLines) {
        List<String> lines = lines(letterLines);
        int g = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (GOVERNMENT.matcher(lines.get(i)).find()) {
                g = i;
                break;
            }
        }
        if (g < 0) return Letterhead.NONE;
        List<String> orgs = new ArrayList<>();
        for (int i = g + 1; i < lines.size() && orgs.size() < 4; i++) {
            String line = BanglaText.cleanOcr(lines.get(i)).replaceAll("[\u0964.]+$", "").trim();
            if (!isOrgLine(line)) break;
            orgs.add(line);
        }
        if (orgs.isEmpty()) return Letterhead.NONE;
        String first = orgs.get(0);
        String ministry = endsWithWord(first, MINISTRY_NOUNS) ? first : null;
        return new Letterhead(ministry, orgs.get(orgs.size() - 1));
    }

    /**
     * The reporting office from the title block: "&lt;office&gt; - ই-গভর্ন্যান্স…", "&lt;office&gt;-এর ই-গভর্ন্যান্স…",
     * "&lt;office&gt;ের ই-গভর্ন্যান্স…", or a last line naming an office (also the tail after "প্রতিবেদন (…)" when the
     * title is one line). Generic template wording ("উপজেলা পর্যায়ের অফিস", "মন্ত্রণালয়/বিভাগ") is rejected.
     */
    public static Parsed<String> officeFromTitle(List<String> titleLines) {
        List<String> lines = lines(titleLines).stream().map(BanglaText::cleanOcr).toList();
        String raw = String.join("\n", lines);
        if (lines.isEmpty()) return Parsed.empty(raw);
        String joined = String.join(" ", lines);
        Matcher e = EGOV.matcher(joined);
        if (e.find() && e.start() > 0) {
            String before = joined.substring(0, e.start()).trim();
            String office = null;
            Matcher dash = Pattern.compile("^(.+?)\\s+[\\-\u2010\u2013\u2014\u2212]+$").matcher(before);
            if (dash.matches()) office = dash.group(1).trim();
            else office = stripGenitive(before);
            if (office != null && !office.isEmpty()) {
                return plausibleOffice(office) ? Parsed.of(office, raw)
                        : Parsed.fail("title names no office, only \"" + office + "\"", raw);
            }
        }
        // the last line that names an organisation (lines below the heading, e.g. লক্ষ্যমাত্রা, are skipped)
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).replaceAll("[\u0964.]+$", "").trim();
            if (isOrgLine(line) && plausibleOffice(line)) return Parsed.of(line, raw);
        }
        // one-line title: "... প্রতিবেদন (অক্টোবর - ডিসেম্বর ২০২৩) বাংলাদেশ কম্পিউটার কাউন্সিল"
        Matcher tail = Pattern.compile(BanglaText.nfc("প্রতিবেদন\\s*(?:\\([^)]*\\))?\\s*([^()]+)$")).matcher(joined);
        if (tail.find()) {
            String t = tail.group(1).replaceAll("[\u0964.]+$", "").trim();
            if (isOrgLine(t) && plausibleOffice(t)) return Parsed.of(t, raw);
        }
        return Parsed.empty(raw);
    }

    /**
     * An office name: Bangla, no digits, no generic template wording ("পর্যায়ের অফিস", "মন্ত্রণালয়/বিভাগ"), no
     * sentence or label punctuation (":", "।", "@"), at most twelve words.
     */
    private static boolean plausibleOffice(String office) {
        return !office.contains("/") && !office.contains(BanglaText.nfc("পর্যায়")) && BanglaText.hasBangla(office)
                && !office.matches(".*[\\p{Nd}:ঃ\u0964@].*") && office.split(" ").length <= 12;
    }

    /**
     * Removes a genitive ending from a name: "-এর" / " এর", then (also after "এর", for the typo "বিভাগের এর")
     * the inflection "ের"; "র" after a vowel sign only when what remains ends with an organisation word
     * ("সংস্থার" → "সংস্থা", but "গাজীপুর" stays).
     */
    public static String stripGenitive(String name) {
        if (name == null) return null;
        String s = BanglaText.normalize(name);
        boolean explicit = false;
        Matcher er = Pattern.compile(BanglaText.nfc("\\s*-?\\s*এর$")).matcher(s);
        if (er.find()) {
            s = s.substring(0, er.start()).trim();
            explicit = true;
        }
        String e = BanglaText.nfc("ের");
        if (s.endsWith(e)) return s.substring(0, s.length() - e.length());
        if (!explicit && s.endsWith("\u09B0") && s.length() >= 2 && isVowelSign(s.charAt(s.length() - 2))) {
            String cut = s.substring(0, s.length() - 1);
            if (endsWithWord(cut, ORG_NOUNS)) return cut;
        }
        return s;
    }

    private static boolean isVowelSign(char c) {
        return c >= '\u09BE' && c <= '\u09CC';
    }

    /** Office from the subject line "বিষয়: &lt;office&gt;-এর ২০২৩-২০২৪ অর্থবছরের …". */
    private static Parsed<String> officeFromSubject(List<String> letter) {
        String s = subject(letter);
        if (s == null) return Parsed.empty(null);
        String t = BanglaText.cleanOcr(s);
        Matcher stop = Pattern.compile("[\\p{Nd}]|" + EGOV.pattern()).matcher(t);
        if (!stop.find() || stop.start() == 0) return Parsed.empty(s);
        String office = stripGenitive(t.substring(0, stop.start()).trim());
        return isOrgLine(office) && plausibleOffice(office) ? Parsed.of(office, s) : Parsed.empty(s);
    }

    /** The reporting office: title block, else letterhead, else the বিষয় line. See the class comment. */
    public static Parsed<String> office(List<String> titleLines, List<String> letterLines) {
        Parsed<String> fromTitle = officeFromTitle(titleLines);
        if (fromTitle.present()) return fromTitle;
        Letterhead lh = letterhead(letterLines);
        Parsed<String> fromSubject = officeFromSubject(lines(letterLines));
        // a ministry's letterhead over a subject naming another office: the ministry forwards that office's report
        boolean forwarded = lh.office() != null && lh.office().equals(lh.ministry()) && fromSubject.present()
                && !BanglaText.key(fromSubject.value()).equals(BanglaText.key(lh.office()));
        if (lh.office() != null && !forwarded) return Parsed.of(lh.office(), String.join("\n", lines(letterLines)));
        if (fromSubject.present()) return fromSubject;
        if (fromTitle.problem() != null) return fromTitle;
        return Parsed.fail("no office found in the title or the letter", String.join("\n", lines(titleLines)));
    }

    /**
     * The parent ministry: the letterhead's ministry line; else the office itself when it is a মন্ত্রণালয়;
     * else a মন্ত্রণালয় line of the title just above the office line; else empty (not a problem).
     */
    public static Parsed<String> ministry(List<String> titleLines, List<String> letterLines) {
        Letterhead lh = letterhead(letterLines);
        if (lh.ministry() != null) return Parsed.of(lh.ministry(), String.join("\n", lines(letterLines)));
        Parsed<String> office = office(titleLines, letterLines);
        if (office.present() && endsWithWord(office.value(), Map.of(BanglaText.key("মন্ত্রণালয়"), true))) {
            return Parsed.of(office.value(), office.raw());
        }
        List<String> title = lines(titleLines).stream().map(BanglaText::cleanOcr).toList();
        if (title.size() >= 2 && office.present() && title.get(title.size() - 1).startsWith(office.value())) {
            String above = title.get(title.size() - 2);
            if (isOrgLine(above) && endsWithWord(above, Map.of(BanglaText.key("মন্ত্রণালয়"), true))) {
                return Parsed.of(above, String.join("\n", title));
            }
        }
        return Parsed.empty(null);
    }
}
