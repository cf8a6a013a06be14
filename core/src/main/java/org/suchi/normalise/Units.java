package org.suchi.normalise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.suchi.model.Row;

/**
 * The একক (unit) column: "তারিখ" → {@code date}, "সংখ্যা" → {@code count}, "%" / "শতকরা" / "হার" →
 * {@code percent}. Exact spellings first, then edit distance against OCR noise ("তারিথ", "সংখা", "সংখ্য").
 */
public final class Units {
    private Units() {}

    private static final Map<String, String> TABLE = new LinkedHashMap<>();

    static {
        put(Row.UNIT_DATE, "তারিখ", "তাং", "তারিখে", "date");
        put(Row.UNIT_COUNT, "সংখ্যা", "সংখ্যাঃ", "টি", "count", "number", "no", "nos");
        put(Row.UNIT_PERCENT, "%", "\uFF05", "(%)", "% হার", "শতকরা", "হার", "শতকরা হার", "শতাংশ", "percent", "percentage");
    }

    private static void put(String unit, String... spellings) {
        for (String s : spellings) TABLE.put(BanglaText.key(s), unit);
    }

    /** One unit cell. Empty/"-" gives {@link Parsed#empty}; an unknown word gives {@link Parsed#fail}. */
    public static Parsed<String> parse(String raw) {
        if (raw == null || Numbers.isNil(raw)) return Parsed.empty(raw);
        String k = BanglaText.key(raw).replaceAll("[\\s.:\u0964()\\[\\]]+$", "").replaceAll("^[\\s(\\[]+", "");
        if (k.isEmpty()) return Parsed.empty(raw);
        String exact = TABLE.get(k);
        if (exact != null) return Parsed.of(exact, raw);
        String joined = k.replace(" ", "");
        exact = TABLE.get(joined);
        if (exact != null) return Parsed.of(exact, raw);
        String fuzzy = Fuzzy.best(joined, TABLE);
        if (fuzzy != null) return Parsed.of(fuzzy, raw);
        return Parsed.fail("unknown unit \"" + BanglaText.normalize(raw) + "\"", raw);
    }

    /**
     * A cell holding the units of stacked indicators ("সংখ্যা তারিখ" for [১.৫.১] and [১.৫.২] in one row):
     * one result per word. A single two-word unit ("শতকরা হার") gives one result.
     */
    public static List<Parsed<String>> parseAll(String raw) {
        List<Parsed<String>> out = new ArrayList<>();
        if (raw == null) return out;
        Parsed<String> whole = parse(raw);
        String t = BanglaText.normalize(raw);
        if (whole.ok() || !t.contains(" ")) {
            if (!whole.isEmpty()) out.add(whole);
            return out;
        }
        for (String w : t.split(" ")) {
            if (!w.isBlank()) out.add(parse(w));
        }
        return out;
    }
}
