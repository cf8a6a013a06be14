package org.suchi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/** Field paths of report/1 as the scorer and the evidence name them ({@code targets.good}, {@code indicator.text}). */
public final class FieldPaths {
    private FieldPaths() {}

    public static final Set<String> DOCUMENT = Set.of("title", "office", "ministry", "fiscal_year", "period",
            "memo_number", "memo_date");
    public static final List<String> ROW_FIXED = List.of("area.code", "area.text", "area.weight", "activity.code",
            "activity.text", "indicator.code", "indicator.text", "unit", "weight", "achievement", "progress",
            "reported_score");

    /** True when {@code field} names a value a reviewer can set on a row. */
    public static boolean isRowField(String field) {
        return ROW_FIXED.contains(field) || (field.startsWith("targets.") && field.length() > 8
                && field.substring(8).matches("[a-z_]{1,20}"));
    }

    /** The value at a dotted path (missing: null node). */
    public static JsonNode get(JsonNode obj, String path) {
        JsonNode n = obj;
        for (String p : path.split("\\.")) {
            n = n == null ? null : n.get(p);
        }
        return n == null ? NullNode.getInstance() : n;
    }

    /** Sets the value at a dotted path, creating objects on the way. */
    public static void set(ObjectNode obj, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode n = obj;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode c = n.get(parts[i]);
            if (!(c instanceof ObjectNode)) {
                c = n.putObject(parts[i]);
            }
            n = (ObjectNode) c;
        }
        n.set(parts[parts.length - 1], value);
    }

    /** Text of a value as a person reads it (null node: empty). */
    public static String text(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? "" : v.asText();
    }
}
