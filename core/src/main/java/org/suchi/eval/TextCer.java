package org.suchi.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.suchi.normalise.BanglaText;
import org.suchi.normalise.Fuzzy;

/**
 * Character error rate of the free texts of a predicted report/1 against its expected one: for each text
 * field (indicator, activity and area text, progress) the edit distance between the NFC, space-folded
 * texts, summed over the expected rows, over the summed length of the expected texts. Rows are matched
 * by indicator code; an expected row without a prediction counts as all deleted.
 */
public final class TextCer {
    /** The text fields measured, as paths into a row. */
    public static final List<String> FIELDS = List.of("indicator.text", "activity.text", "area.text", "progress");

    private TextCer() {}

    /** Summed edit distance and expected length of one field; add results of several documents with {@link #plus}. */
    public record Count(long distance, long length) {
        public double cer() {
            return length == 0 ? 0 : (double) distance / length;
        }

        public Count plus(Count o) {
            return new Count(distance + o.distance, length + o.length);
        }
    }

    /** Per field of {@link #FIELDS}, and "all" for their sum. */
    public static Map<String, Count> score(JsonNode expected, JsonNode predicted) {
        Map<String, JsonNode> byCode = new HashMap<>();
        if (predicted != null) {
            for (JsonNode r : predicted.path("rows")) {
                JsonNode c = r.path("indicator").get("code");
                if (c != null && c.isTextual()) byCode.putIfAbsent(c.asText().strip(), r);
            }
        }
        Map<String, Count> out = new LinkedHashMap<>();
        Count all = new Count(0, 0);
        for (String f : FIELDS) {
            Count n = new Count(0, 0);
            for (JsonNode t : expected.path("rows")) {
                String truth = text(at(t, f));
                if (truth.isEmpty()) continue;
                JsonNode p = byCode.get(t.path("indicator").path("code").asText().strip());
                String pred = p == null ? "" : text(at(p, f));
                n = n.plus(new Count(Fuzzy.distance(truth, pred), truth.length()));
            }
            out.put(f, n);
            all = all.plus(n);
        }
        out.put("all", all);
        return out;
    }

    private static JsonNode at(JsonNode row, String path) {
        JsonNode n = row;
        for (String k : path.split("\\.")) n = n == null ? null : n.get(k);
        return n;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return "";
        String s = BanglaText.normalize(n.asText());
        return s == null ? "" : s;
    }
}
