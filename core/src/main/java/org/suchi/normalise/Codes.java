package org.suchi.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * The codes of the plan table: area "[১]" → "1", activity "[১.১]" → "1.1", indicator "[১.১.১]" → "1.1.1",
 * and the ক্রম serial "০১" / "১." → "1".
 *
 * <p>Tolerated OCR forms: a doubled or missing opening bracket ("[[১.১.১]", "২.১.২]"), a missing closing one,
 * spaces inside ("[১. ১. ১]", "[১.১.১ ]"), parentheses or braces instead of brackets, a comma or danda for
 * the dot, a trailing dot, Latin digits, and a closing bracket read as Latin "1", "l", "I" or "|" after Bangla
 * digits ("[১.১.১1" → "1.1.1"). An indicator code that lost both dots ("[১১১]", "[১২১ সেবা…") is read digit by
 * digit, with a problem reported: three one-digit parts are the only way the forms' codes have three digits.
 */
public final class Codes {
    private Codes() {}

    /** Maximum digits in one code component; longer runs are not codes (years, counts). */
    private static final int MAX_COMPONENT_DIGITS = 2;

    /**
     * One piece of a cell: the code found at its start (null when the piece has none) and the rest of the
     * text, NFC, single-spaced, trimmed ("" when the code stands alone).
     */
    public record Coded(String code, String text, String problem) {
        public Coded(String code, String text) {
            this(code, text, null);
        }

        public boolean hasCode() {
            return code != null;
        }
    }

    /** A whole string that should be one code, e.g. a code column cell. */
    public static Parsed<String> code(String raw) {
        if (raw == null || BanglaText.normalize(raw).isEmpty()) return Parsed.empty(raw);
        String t = BanglaText.normalize(raw);
        Scan s = scan(t, 0, true);
        if (s == null) return Parsed.fail("not a code: \"" + t + "\"", raw);
        String rest = t.substring(s.end).trim();
        if (!rest.isEmpty()) return Parsed.doubtful(s.code, "text after code " + s.code + ": \"" + rest + "\"", raw);
        return s.problem == null ? Parsed.of(s.code, raw) : Parsed.doubtful(s.code, s.problem, raw);
    }

    /** The code at the start of a cell and the text after it; {@code Coded(null, text)} when there is none. */
    public static Coded split(String cell) {
        String t = ocrBrackets(BanglaText.normalize(cell == null ? "" : cell));
        Scan s = scan(t, 0, true);
        if (s == null) return new Coded(null, t);
        return new Coded(s.code, t.substring(s.end).trim(), s.problem);
    }

    /**
     * Every coded piece of a cell, in order: "[১.৫.১] … আয়োজিত [১.৫.২] … প্রণয়নকৃত" gives two pieces. Text
     * before the first code, if any, is a piece with a null code. Inside the text only bracketed codes count
     * (a bare "১৬.০৫.২৪" in a sentence is not split), and a parenthesised one only with two or more parts
     * ("(১টি)", "(১)" stay text).
     */
    public static List<Coded> splitAll(String cell) {
        String t = ocrBrackets(BanglaText.normalize(cell == null ? "" : cell));
        List<Coded> out = new ArrayList<>();
        List<Scan> found = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (i > 0 && t.charAt(i - 1) != ' ' && t.charAt(i - 1) != '(' && t.charAt(i - 1) != '[') continue;
            Scan s = scan(t, i, i == 0);
            if (s == null) continue;
            if (i > 0 && !s.squareBracket && !(s.bracketed && s.parts >= 2)) continue;
            found.add(s);
            i = s.end - 1;
        }
        if (found.isEmpty()) {
            if (!t.isEmpty()) out.add(new Coded(null, t));
            return out;
        }
        if (found.get(0).start > 0) out.add(new Coded(null, t.substring(0, found.get(0).start).trim()));
        for (int k = 0; k < found.size(); k++) {
            Scan s = found.get(k);
            int end = k + 1 < found.size() ? found.get(k + 1).start : t.length();
            out.add(new Coded(s.code, t.substring(s.end, end).trim(), s.problem));
        }
        return out;
    }

    /** A bar read for the opening bracket: "| ২.২.২]", "|২.১.২]", "l১.১.১]" (only before a dotted code that is closed). */
    private static final java.util.regex.Pattern BAR_OPEN = java.util.regex.Pattern.compile(
            "(^|\\s)[|lI!]\\s*(?=[০-৯0-9]{1,2}\\s*[.,\\-]\\s*[০-৯0-9]{1,2}(?:\\s*[.,\\-]\\s*[০-৯0-9]{1,2})?\\s*\\])");
    /** Inside a closed bracket, a dash or comma between code digits is a misread dot: "[১.২-১]". */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile(
            "\\[\\s*([০-৯0-9]{1,2}(?:\\s*[.,\\-]\\s*[০-৯0-9]{1,2}){1,2})\\s*\\]");

    /** Undoes the OCR slips around bracketed codes that {@link #scan} would otherwise not see as codes. */
    static String ocrBrackets(String t) {
        String u = BAR_OPEN.matcher(t).replaceAll("$1[");
        java.util.regex.Matcher m = BRACKETED.matcher(u);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement("[" + m.group(1).replaceAll("\\s*[,\\-]\\s*", ".") + "]"));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The ক্রম / ক্রমিক নং serial: "০১", "১.", "১", "(১)", "০৩।" → "1", "3". */
    public static Parsed<String> serial(String raw) {
        if (raw == null) return Parsed.empty(null);
        String t = BanglaText.toAsciiDigits(BanglaText.normalize(raw)).replace(" ", "");
        if (t.isEmpty()) return Parsed.empty(raw);
        if (t.startsWith("(") && t.endsWith(")")) t = t.substring(1, t.length() - 1);
        while (!t.isEmpty() && ".\u0964):,".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        if (!t.matches("\\d{1,3}")) return Parsed.fail("not a serial number: \"" + BanglaText.normalize(raw) + "\"", raw);
        int v = Integer.parseInt(t);
        if (v == 0) return Parsed.fail("serial number 0", raw);
        return Parsed.of(Integer.toString(v), raw);
    }

    /** Number of components: "1" → 1, "1.1" → 2, "1.1.1" → 3; 0 for null. */
    public static int depth(String code) {
        if (code == null || code.isEmpty()) return 0;
        return code.split("\\.").length;
    }

    /** "1.1.1" → "1.1", "1.1" → "1", "1" → null. */
    public static String parent(String code) {
        if (code == null) return null;
        int i = code.lastIndexOf('.');
        return i < 0 ? null : code.substring(0, i);
    }

    // ---------------------------------------------------------------------------------------------------

    private record Scan(int start, int end, String code, int parts, boolean bracketed, boolean squareBracket,
                        String problem) {}

    private static boolean isOpen(char c) {
        return c == '[' || c == '(' || c == '{';
    }

    private static boolean isClose(char c) {
        return c == ']' || c == ')' || c == '}';
    }

    private static boolean isSep(char c) {
        return c == '.' || c == ',' || c == '\u0964';
    }

    /** Latin look-alikes of a closing bracket, accepted only right after Bangla digits. */
    private static boolean isBracketLookalike(char c) {
        return c == '1' || c == 'l' || c == 'I' || c == '|';
    }

    /**
     * Scans a code starting at {@code from} (leading spaces skipped). With {@code bareOk}, an unbracketed
     * code of two or more parts is accepted. Returns null when there is no code.
     */
    private static Scan scan(String t, int from, boolean bareOk) {
        int n = t.length();
        int i = from;
        while (i < n && t.charAt(i) == ' ') i++;
        int start = i;
        int opens = 0;
        boolean square = false;
        while (i < n && isOpen(t.charAt(i)) && opens < 2) {
            square |= t.charAt(i) == '[';
            opens++;
            i++;
        }
        while (i < n && t.charAt(i) == ' ') i++;
        List<String> parts = new ArrayList<>();
        boolean bangla = false, latin = false;
        String problem = null;
        int afterDigits = -1;
        while (i < n) {
            int d0 = i;
            StringBuilder digits = new StringBuilder();
            while (i < n && BanglaText.isDigit(t.charAt(i))) {
                char c = t.charAt(i);
                if (opens > 0 && digits.length() > 0 && isBracketLookalike(c) && BanglaText.isBanglaDigit(t.charAt(i - 1))
                        && (i + 1 == n || !BanglaText.isDigit(t.charAt(i + 1)))) {
                    break; // "[১.১.১1": a Latin 1 after Bangla digits is the closing bracket
                }
                if (BanglaText.isBanglaDigit(c)) bangla = true; else latin = true;
                digits.append((char) ('0' + BanglaText.digitValue(c)));
                i++;
            }
            if (digits.length() == 0) {
                i = d0;
                break;
            }
            parts.add(digits.toString());
            afterDigits = i;
            // separator: spaces, one dot/comma/danda, spaces, then a digit must follow
            int j = i;
            while (j < n && t.charAt(j) == ' ') j++;
            if (j < n && isSep(t.charAt(j))) {
                int k = j + 1;
                while (k < n && t.charAt(k) == ' ') k++;
                if (k < n && BanglaText.isDigit(t.charAt(k))) {
                    i = k;
                    continue;
                }
            }
            break;
        }
        if (parts.isEmpty()) return null;
        i = afterDigits;
        // trailing dot, spaces, closing bracket
        int j = i;
        while (j < n && t.charAt(j) == ' ') j++;
        if (j < n && t.charAt(j) == '.') {
            int k = j + 1;
            while (k < n && t.charAt(k) == ' ') k++;
            if (k < n && isClose(t.charAt(k))) j = k;
        }
        boolean closed = false;
        if (j < n && isClose(t.charAt(j))) {
            square |= t.charAt(j) == ']';
            closed = true;
            i = j + 1;
        } else if (opens > 0 && bangla && !latin && i < n && isBracketLookalike(t.charAt(i))
                && (i + 1 == n || !BanglaText.isDigit(t.charAt(i + 1)))) {
            closed = true; // "[১.১.১1": the ] read as a Latin 1
            square = true;
            problem = join(problem, "closing bracket read as '" + t.charAt(i) + "'");
            i = i + 1;
        }
        boolean bracketed = opens > 0 || closed;
        if (!bracketed && (!bareOk || parts.size() < 2)) return null;
        if (bareOk && parts.size() == 1 && parts.get(0).length() == 3 && square && opens > 0) {
            // "[১১১]" opening a cell: an indicator code whose dots were lost (small type, a poor scan); one digit a part
            String d = parts.get(0);
            problem = join(problem, "code read without its dots: \"" + t.substring(start, i).trim() + "\"");
            parts = List.of(d.substring(0, 1), d.substring(1, 2), d.substring(2, 3));
        }
        for (String p : parts) {
            if (p.length() > MAX_COMPONENT_DIGITS) return null;
        }
        // a doubled or missing bracket and a comma for the dot are harmless noise: no problem reported
        if (latin && bangla) problem = join(problem, "mixed Bangla and Latin digits");
        List<String> norm = new ArrayList<>();
        for (String p : parts) norm.add(Integer.toString(Integer.parseInt(p)));
        return new Scan(start, i, String.join(".", norm), parts.size(), bracketed, square, problem);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
