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
 * The letter's memo number and date.
 * <ul>
 *   <li><b>memo_number</b>: the letter's own স্মারক/নং line (never a সূত্র line). Bangladesh e-Nothi numbers are
 *       seven dot-separated groups of 2.2.4.3.2.3.2 digits, then "-" and the letter's serial. When the groups
 *       fit that pattern the normal form is {@code 55.00.0000.118.36.011.18-29}: the seven groups joined by ".",
 *       then "-" and the serial, whatever separators OCR produced (",", "।", "-" for "."). A file part
 *       "(অংশ-৩)" between code and serial is dropped (it is not ASCII; see {@link #memoParts}). Numbers that do not
 *       fit the pattern keep their printed dots and hyphens, with a problem.</li>
 *   <li><b>memo_date</b>: the তারিখ on the memo line, or the nearest তারিখ line after it (before it if none),
 *       never a সূত্র line's; বঙ্গাব্দ/খ্রিষ্টাব্দ pairs via {@link Dates#parseMemoDate}.</li>
 * </ul>
 */
public final class Memos {
    private Memos() {}

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


    private static final Pattern DATE_LABEL = Pattern.compile(BanglaText.nfc("(?:তারিখ|তারিখঃ|তাং|date)\\s*[:ঃ.]?"),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile(BanglaText.nfc("\\(\\s*(?:অংশ|খণ্ড|part)\\s*[-:]?\\s*(\\d+)\\s*\\)"),
            Pattern.CASE_INSENSITIVE);

    /** Index of the letter's own memo line, or -1. */
    private static int memoLine(List<String> lines) {
        int subject = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (LetterLines.SUBJECT.matcher(lines.get(i)).find()) {
                subject = i;
                break;
            }
        }
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (LetterLines.REFERENCE.matcher(line).find()) continue;
            // a wrapped সূত্র line: "সূত্র: মন্ত্রিপরিষদ বিভাগের" / "স্মারক নম্বর ..."
            if (i > 0 && LetterLines.REFERENCE.matcher(lines.get(i - 1)).find() && !hasMemoShape(lines.get(i - 1))) continue;
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
        for (String line : LetterLines.lines(letterLines)) {
            if (LetterLines.REFERENCE.matcher(line).find() || !hasMemoShape(line)) continue;
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

    /**
     * The letter's date printed again with a repeat of the memo line (the copy list: "স্মারক নম্বর … তারিখ: …") but
     * read as another date: the doubt, else empty. The repeat's date is on the memo line or up to two lines below it.
     */
    public static Optional<String> memoDateRepeatDoubt(List<String> letterLines, LocalDate date) {
        if (date == null) return Optional.empty();
        List<String> lines = LetterLines.lines(letterLines);
        int first = memoLine(lines);
        if (first < 0) return Optional.empty();
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (LetterLines.REFERENCE.matcher(line).find() || !isMemoLine(line)) continue;
            for (int k = i; k <= i + 2 && k < lines.size(); k++) {
                if (k > i && (isMemoLine(lines.get(k)) || LetterLines.REFERENCE.matcher(lines.get(k)).find())) break;
                Matcher m = DATE_LABEL.matcher(lines.get(k));
                if (!m.find()) continue;
                Parsed<LocalDate> again = Dates.parseMemoDate(lines.get(k).substring(m.end()));
                if (again.present() && !again.value().equals(date)) {
                    return Optional.of("the letter's date is printed again as " + again.value() + " (read first as " + date + ")");
                }
                break;
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
        List<String> lines = LetterLines.lines(letterLines);
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
        List<String> lines = LetterLines.lines(letterLines);
        if (lines.isEmpty()) return Parsed.empty(null);
        int memo = memoLine(lines);
        List<Integer> order = new ArrayList<>();
        if (memo >= 0) {
            order.add(memo);
            for (int k = 1; k <= 3 && memo + k < lines.size(); k++) {
                if (LetterLines.SUBJECT.matcher(lines.get(memo + k)).find()) break; // the letter's date is above its subject
                order.add(memo + k);
            }
            for (int k = 1; k <= 2; k++) order.add(memo - k);
        } else {
            for (int k = 0; k < lines.size(); k++) {
                if (LetterLines.SUBJECT.matcher(lines.get(k)).find()) break;
                order.add(k);
            }
        }
        for (int k : order) {
            if (k < 0 || k >= lines.size()) continue;
            String line = lines.get(k);
            if (LetterLines.REFERENCE.matcher(line).find()) continue;
            if (k != memo && k > 0 && LetterLines.SUBJECT.matcher(line).find()) continue;
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

}
