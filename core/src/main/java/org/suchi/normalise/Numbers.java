package org.suchi.normalise;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in table cells: weights (মান), count targets, percent targets, scores. Bangla or ASCII digits,
 * leading zeros ("০৭"), decimals ("৮.৫"), a trailing "%" with or without a space, and a trailing counter
 * word ("৪টি", "২ বার"). Cells that hold nothing ("", "-", "--", "—", "N/A", "প্রযোজ্য নয়") give
 * {@link Parsed#empty}; anything else that is not one number gives {@link Parsed#fail}.
 *
 * <p>Values are {@link Integer} when integral (and in range), else {@link Double}, so that JSON shows
 * {@code 33} and {@code 7.5}.
 */
public final class Numbers {
    private Numbers() {}

    /** Cell texts (as {@link BanglaText#key}, spaces removed) that mean "no value". */
    private static final Set<String> NIL = Set.copyOf(java.util.List.of(
            "", "n/a", "na", "n.a", "n.a.", "nil", "none", "null",
            key("প্রযোজ্য নয়"), key("প্রযোজ্য নহে"), key("নাই"), key("নেই")));

    /** Counter words that may follow a count: ৪টি, ২ বার, ৩ জন, ১ খানা. */
    private static final String COUNTER = "(?:\\s*(?:" + String.join("|",
            nfc("টি"), nfc("টা"), nfc("বার"), nfc("জন"), nfc("খানা"), nfc("খানি")) + "))?";

    private static final Pattern NUMBER = Pattern.compile(
            "^([+]?)(\\d{1,3}(?:,\\d{2,3})+|\\d+)?(?:\\.(\\d+))?\\s*(%|" + nfc("শতাংশ") + ")?" + COUNTER + "[.\u0964]?$");

    private static final Pattern SPACED_POINT = Pattern.compile("(\\d)\\s*\\.\\s*(\\d)");
    private static final Pattern O_FOR_ZERO = Pattern.compile("(?<=\\d)[oO]|[oO](?=\\d)");

    /** True when the cell means "no value": empty, dashes only, N/A, প্রযোজ্য নয়. */
    public static boolean isNil(String raw) {
        if (raw == null) return true;
        if (BanglaText.isDashOnly(raw)) return true;
        String k = key(raw);
        return NIL.contains(k) || NIL.contains(k.replace(".", "").replace("/", ""));
    }

    /** A number as printed; a trailing "%" is accepted and dropped. */
    public static Parsed<Number> parse(String raw) {
        return parse(raw, false);
    }

    /**
     * A percent value (the % sign is optional). Also catches the Noto Serif confusion "%" → "০": a value
     * above 100 that ends in 0 is read as value/10, flagged doubtful; so is one that ends in ৯ with no % sign
     * read (small type: "৬০৯" for ৬০%). Other values above 100 are problems.
     */
    public static Parsed<Number> parsePercent(String raw) {
        Parsed<Number> p = parse(raw, true);
        if (!p.present()) return p;
        double v = p.value().doubleValue();
        if (v > 100) {
            String digits = BanglaText.digitsOnly(raw);
            if (v == Math.rint(v) && digits.endsWith("0") && v / 10 <= 100) {
                return Parsed.doubtful(toNumber(new BigDecimal(digits.substring(0, digits.length() - 1))),
                        "percent " + p.value() + " is over 100; read the trailing ০ as a misread %", raw);
            }
            // the % sign read as ৯ ("৬০৯" for ৬০%), when no % sign was read besides it
            if (v == Math.rint(v) && digits.endsWith("9") && !raw.contains("%") && Math.floor(v / 10) <= 100) {
                return Parsed.doubtful(toNumber(new BigDecimal(digits.substring(0, digits.length() - 1))),
                        "percent " + p.value() + " is over 100; read the trailing ৯ as a misread %", raw);
            }
            return Parsed.doubtful(p.value(), "percent " + p.value() + " is over 100", raw);
        }
        return p;
    }

    /** A count: a whole number ("৪", "৪টি"); a fraction is a problem. */
    public static Parsed<Number> parseCount(String raw) {
        Parsed<Number> p = parse(raw, false);
        if (p.present() && !(p.value() instanceof Integer)) {
            return Parsed.doubtful(p.value(), "count " + p.value() + " is not a whole number", raw);
        }
        return p;
    }

    private static Parsed<Number> parse(String raw, boolean percent) {
        if (isNil(raw)) return Parsed.empty(raw);
        String t = BanglaText.foldSpace(BanglaText.toAsciiDigits(BanglaText.nfc(raw)));
        // OCR: spaces around the decimal point or before %, a Latin o/O for zero next to digits
        t = SPACED_POINT.matcher(t).replaceAll("$1.$2");
        boolean oForZero = false;
        Matcher om = O_FOR_ZERO.matcher(t);
        if (om.find()) {
            t = om.replaceAll("0");
            oForZero = true;
        }
        t = t.replace('\uFF05', '%').replace('\u066A', '%');
        Matcher m = NUMBER.matcher(t);
        if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
            return Parsed.fail("not a number: \"" + BanglaText.normalize(raw) + "\"", raw);
        }
        String intPart = m.group(2) == null ? "0" : m.group(2).replace(",", "");
        String frac = m.group(3);
        BigDecimal v = new BigDecimal(frac == null ? intPart : intPart + "." + frac);
        Number n = toNumber(v);
        if (oForZero) return Parsed.doubtful(n, "read a Latin o as ০ in \"" + BanglaText.normalize(raw) + "\"", raw);
        return Parsed.of(n, raw);
    }

    /** Integer when integral and within int range, else Double. */
    public static Number toNumber(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0 && s.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                && s.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0) {
            return s.intValueExact();
        }
        return v.doubleValue();
    }

    private static String key(String s) {
        return BanglaText.key(s).replace(" ", "");
    }

    private static String nfc(String s) {
        return BanglaText.nfc(s);
    }
}
