package org.suchi.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Field accuracy of a predicted report/1 against its expected one, counted the way the project's
 * scorer counts it: every scalar field of the expected document (office, fiscal year, period, memo
 * number and date) and of each expected row (unit, weight, area code and weight, activity code, each
 * target, achievement, reported score), nulls included; rows matched by indicator code.
 */
public final class FieldScore {
    private static final List<String> DOC = List.of("office", "fiscal_year", "period", "memo_number", "memo_date");
    private static final List<String> HEAD = List.of("unit", "weight", "area.code", "area.weight", "activity.code");
    private static final List<String> TAIL = List.of("achievement", "reported_score");

    private FieldScore() {}

    /** Right and total field counts, and the rows matched. */
    public record Result(int right, int total, int rowsExpected, int rowsMatched) {
        public double accuracy() {
            return total == 0 ? 1.0 : (double) right / total;
        }
    }

    public static Result score(JsonNode expected, JsonNode predicted) {
        int right = 0, total = 0, matched = 0;
        JsonNode pd = predicted == null ? null : predicted.path("document");
        for (String f : DOC) {
            total++;
            if (predicted != null && same(expected.path("document").get(f), pd.get(f))) right++;
        }
        Map<String, JsonNode> byCode = new HashMap<>();
        if (predicted != null) {
            for (JsonNode r : predicted.path("rows")) {
                JsonNode c = r.path("indicator").get("code");
                if (c != null && c.isTextual()) byCode.putIfAbsent(c.asText().strip(), r);
            }
        }
        int rows = 0;
        for (JsonNode tr : expected.path("rows")) {
            rows++;
            JsonNode pr = byCode.get(tr.path("indicator").path("code").asText());
            if (pr != null) matched++;
            List<String> fields = new java.util.ArrayList<>(HEAD);
            for (JsonNode lv : expected.path("levels")) fields.add("targets." + lv.path("key").asText());
            fields.addAll(TAIL);
            for (String f : fields) {
                total++;
                if (pr != null && same(get(tr, f), get(pr, f))) right++;
            }
        }
        return new Result(right, total, rows, matched);
    }

    private static JsonNode get(JsonNode n, String path) {
        JsonNode cur = n;
        for (String p : path.split("\\.")) {
            if (cur == null || !cur.isObject()) return null;
            cur = cur.get(p);
        }
        return cur;
    }

    static boolean same(JsonNode t, JsonNode p) {
        boolean pNull = p == null || p.isNull() || (p.isTextual() && p.asText().isBlank());
        if (t == null || t.isNull()) return pNull;
        if (pNull) return false;
        if (t.isNumber()) return p.isNumber() && Math.abs(t.asDouble() - p.asDouble()) < 1e-6;
        if (t.isTextual()) return p.isTextual() && fold(t.asText()).equals(fold(p.asText()));
        return t.equals(p);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
