package org.suchi.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a {@code report/1} document the index uses. {@code rows} and {@code levels} are the JSON nodes as
 * read (extra fields kept); absent document fields are null.
 */
public record IndexedReport(String sha256, String file, String title, String office, String ministry,
                            String fiscalYear, String period, String memoNumber, String memoDate,
                            JsonNode levels, List<JsonNode> rows) {
    public IndexedReport {
        rows = List.copyOf(rows);
    }

    static IndexedReport of(JsonNode root) {
        JsonNode src = root.path("source");
        JsonNode doc = root.path("document");
        List<JsonNode> rows = new ArrayList<>();
        root.path("rows").forEach(rows::add);
        return new IndexedReport(src.path("sha256").asText().toLowerCase(java.util.Locale.ROOT), text(src, "file"),
                text(doc, "title"), text(doc, "office"), text(doc, "ministry"), text(doc, "fiscal_year"),
                text(doc, "period"), text(doc, "memo_number"), text(doc, "memo_date"), root.path("levels"), rows);
    }

    /** A text field of a JSON object, or null when absent, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }
}
