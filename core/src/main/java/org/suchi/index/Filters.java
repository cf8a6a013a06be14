package org.suchi.index;

import com.ibm.icu.text.Normalizer2;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Exact-field filters (any may be null). Values are normalised as the report/1 JSON writes them, so a user may type
 * Bangla digits, {@code 2023-2024}, {@code q2} or {@code [১.১.১]}.
 */
public record Filters(String office, String ministry, String fiscalYear, String period, String indicator, String unit,
                      String level) {
    public static final Filters NONE = new Filters(null, null, null, null, null, null, null);

    public Filters {
        office = text(office);
        ministry = text(ministry);
        fiscalYear = fiscalYear(fiscalYear);
        period = period(period);
        indicator = indicator(indicator);
        unit = unit == null ? null : unit.strip().toLowerCase(Locale.ROOT);
        level = level == null ? null : level.strip().toLowerCase(Locale.ROOT);
    }

    public Filters withIndicator(String code) {
        return new Filters(office, ministry, fiscalYear, period, code, unit, level);
    }

    /** The filters as field → value (only those given). */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, Fields.OFFICE, office);
        put(m, Fields.MINISTRY, ministry);
        put(m, Fields.FISCAL_YEAR, fiscalYear);
        put(m, Fields.PERIOD, period);
        put(m, Fields.INDICATOR, indicator);
        put(m, Fields.UNIT, unit);
        put(m, Fields.LEVEL, level);
        return m;
    }

    /** {@code base} restricted to documents of {@code type} that match every filter. */
    public Query apply(Query base, String type) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(base, BooleanClause.Occur.MUST);
        b.add(new TermQuery(new Term(Fields.TYPE, type)), BooleanClause.Occur.FILTER);
        asMap().forEach((f, v) -> b.add(new TermQuery(new Term(f, v)), BooleanClause.Occur.FILTER));
        return b.build();
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    /** NFC, ASCII digits, single spaces; null for blank. */
    static String text(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return Normalizer2.getNFCInstance().normalize(asciiDigits(s)).strip().replaceAll("\\s+", " ");
    }

    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\u09E6' && c <= '\u09EF' ? (char) ('0' + (c - '\u09E6')) : c);
        }
        return b.toString();
    }

    static String fiscalYear(String s) {
        String t = text(s);
        if (t == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{2}|\\d{4})").matcher(t);
        if (m.matches()) {
            String end = m.group(2);
            return m.group(1) + "-" + end.substring(end.length() - 2);
        }
        return t;
    }

    static String period(String s) {
        String t = text(s);
        if (t == null) {
            return null;
        }
        return t.equalsIgnoreCase("annual") ? "annual" : t.toUpperCase(Locale.ROOT);
    }

    static String indicator(String s) {
        String t = text(s);
        return t == null ? null : t.replaceAll("[\\[\\]\\s]", "");
    }
}
