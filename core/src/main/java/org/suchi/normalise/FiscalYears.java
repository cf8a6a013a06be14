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
 * The fiscal year printed in text lines: "২০২৩-২৪", "২০২৩-২০২৪ অর্থ-বছর", "2023-2024" give {@code 2023-24}; the
 * second year must be the first + 1.
 */
public final class FiscalYears {
    private FiscalYears() {}


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
        String raw = String.join("\n", LetterLines.lines(lines));
        for (String line : LetterLines.lines(lines)) {
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

}
