package org.suchi.web;

import org.suchi.normalise.Periods;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.suchi.normalise.BanglaText;
import org.suchi.normalise.Codes;
import org.suchi.normalise.Dates;
import org.suchi.normalise.FiscalYear;
import org.suchi.normalise.Numbers;
import org.suchi.normalise.Parsed;
import org.suchi.normalise.Units;

/**
 * Reads what a reviewer typed for one field into the report/1 value of that field, with the core's normalisers
 * (org.suchi.normalise): Bangla or ASCII digits, dates in any printed style, units in Bangla or English. A value that
 * does not parse gives a {@link Refused} with the normaliser's reason.
 */
public final class ValueParser {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern FY = Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{2}|\\d{4})");

    private ValueParser() {}

    /** A typed value that cannot be the field's value; {@code getMessage()} says why. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** The result: the report/1 value, and a doubt the normaliser kept (null when clean). */
    public record Value(JsonNode value, String doubt) {}

    /**
     * @param field    a row field path ({@code targets.good}, {@code achievement}, {@code weight}, {@code unit},
     *                 {@code indicator.text} …) or, with {@code document} true, a document field name
     * @param unit     the row's unit ({@code date}, {@code count}, {@code percent}) for targets and achievement
     * @param fy       the report's fiscal year label or null (dates outside it are kept with a doubt)
     */
    public static Value parse(String field, boolean document, String unit, String fy, String typed) throws Refused {
        String raw = typed == null ? "" : typed;
        if (document) {
            return documentField(field, raw);
        }
        if (field.startsWith("targets.") || field.equals("achievement")) {
            if (unit == null) {
                throw new Refused("the row has no unit, so " + field + " cannot be read; correct the unit first");
            }
            return byUnit(unit, raw, fy);
        }
        switch (field) {
            case "weight", "area.weight", "reported_score" -> {
                return number(Numbers.parse(raw), field);
            }
            case "unit" -> {
                Parsed<String> p = Units.parse(raw);
                if (!p.present()) {
                    throw new Refused(p.problem() != null ? p.problem()
                            : "a unit is required: তারিখ/date, সংখ্যা/count or %/percent");
                }
                return new Value(F.textNode(p.value()), p.problem());
            }
            case "indicator.code", "activity.code", "area.code" -> {
                Parsed<String> p = Codes.code(raw);
                if (!p.present()) {
                    throw new Refused(p.problem() != null ? p.problem() : "a code like ১.১.১ is required");
                }
                if (p.problem() != null) {
                    throw new Refused(p.problem());
                }
                return new Value(F.textNode(p.value()), null);
            }
            case "indicator.text", "activity.text", "area.text", "progress" -> {
                String t = BanglaText.normalize(raw);
                if (t.isEmpty()) {
                    if (field.equals("progress") || field.equals("area.text")) {
                        return new Value(F.nullNode(), null);
                    }
                    throw new Refused(field + " must not be empty");
                }
                return new Value(F.textNode(t), null);
            }
            default -> throw new Refused("unknown field " + field);
        }
    }

    static Value byUnit(String unit, String raw, String fy) throws Refused {
        switch (unit) {
            case "date" -> {
                FiscalYear year = null;
                if (fy != null) {
                    try {
                        year = FiscalYear.of(fy);
                    } catch (RuntimeException e) {
                        year = null;
                    }
                }
                Parsed<LocalDate> p = Dates.parseCell(raw, year);
                if (p.isEmpty()) {
                    return new Value(F.nullNode(), null);
                }
                if (p.value() == null) {
                    throw new Refused(p.problem() + " (type a date such as ১৬/০৫/২০২৪, 16.05.2024 or 2024-05-16; - for none)");
                }
                return new Value(F.textNode(p.value().toString()), p.problem());
            }
            case "percent" -> {
                return number(Numbers.parsePercent(raw), "a percent");
            }
            case "count" -> {
                return number(Numbers.parseCount(raw), "a count");
            }
            default -> throw new Refused("unknown unit " + unit);
        }
    }

    private static Value number(Parsed<Number> p, String what) throws Refused {
        if (p.isEmpty()) {
            return new Value(F.nullNode(), null);
        }
        if (p.value() == null) {
            throw new Refused(p.problem() + " (" + what + ": type a number such as ৮০ or 80; - for none)");
        }
        return new Value(numberNode(p.value()), p.problem());
    }

    static JsonNode numberNode(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short) {
            return F.numberNode(n.longValue());
        }
        double d = n.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return F.numberNode((long) d);
        }
        return F.numberNode(new java.math.BigDecimal(n.toString()));
    }

    static Value documentField(String field, String raw) throws Refused {
        switch (field) {
            case "memo_date" -> {
                Parsed<LocalDate> p = Dates.parseMemoDate(raw);
                if (p.isEmpty()) {
                    return new Value(F.nullNode(), null);
                }
                if (p.value() == null) {
                    throw new Refused(p.problem());
                }
                return new Value(F.textNode(p.value().toString()), p.problem());
            }
            case "fiscal_year" -> {
                Matcher m = FY.matcher(BanglaText.toAsciiDigits(BanglaText.normalize(raw)));
                if (!m.find()) {
                    throw new Refused("not a fiscal year: \"" + raw + "\" (type ২০২৩-২৪ or 2023-24)");
                }
                int start = Integer.parseInt(m.group(1));
                String end = m.group(2);
                int e = Integer.parseInt(end.substring(end.length() - 2));
                if ((start + 1) % 100 != e) {
                    throw new Refused("a fiscal year runs over two following years: " + raw);
                }
                return new Value(F.textNode(new FiscalYear(start).label()), null);
            }
            case "period" -> {
                String t = BanglaText.normalize(raw);
                String up = t.toUpperCase(java.util.Locale.ROOT);
                if (up.matches("Q[1-4]|H1")) {
                    return new Value(F.textNode(up), null);
                }
                if (up.equals("ANNUAL")) {
                    return new Value(F.textNode("annual"), null);
                }
                Parsed<String> p = Periods.period(t);
                if (!p.present()) {
                    throw new Refused("not a period: \"" + t + "\" (Q1…Q4, H1, annual, or ২য় ত্রৈমাসিক …)");
                }
                return new Value(F.textNode(p.value()), p.problem());
            }
            case "memo_number" -> {
                String t = BanglaText.toAsciiDigits(BanglaText.normalize(raw)).replace(" ", "");
                if (t.isEmpty() || t.equals("-")) {
                    return new Value(F.nullNode(), null);
                }
                if (!t.matches("[0-9][0-9./\\-()]*")) {
                    throw new Refused("a memo number holds digits and . / - only: \"" + raw + "\"");
                }
                return new Value(F.textNode(t), null);
            }
            case "office", "ministry", "title" -> {
                String t = BanglaText.normalize(raw);
                return new Value(t.isEmpty() ? F.nullNode() : F.textNode(t), null);
            }
            default -> throw new Refused("unknown document field " + field);
        }
    }
}
