package org.suchi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A report with its review events applied: the latest event of each value wins; a corrected value is replaced; its
 * evidence (created when the extractor gave none) gains {@code "reviewed": {"by", "at", "old", "action"}} where
 * {@code old} is what the extractor wrote; the row lists its reviewed fields in {@code "reviewed"}; a warning on that
 * value gains the same {@code "reviewed"}. The extractor's file is never touched: this works on a copy.
 */
public final class Corrections {
    private Corrections() {}

    public static JsonNode apply(JsonNode original, List<ReviewDb.Event> events) {
        if (events.isEmpty()) {
            return original;
        }
        ObjectNode root = original.deepCopy();
        Map<String, ReviewDb.Event> latest = new LinkedHashMap<>();
        Map<String, JsonNode> firstOld = new LinkedHashMap<>();
        for (ReviewDb.Event e : events) {
            latest.put(e.item(), e);
            firstOld.putIfAbsent(e.item(), e.oldValue());
        }
        ArrayNode rows = root.path("rows") instanceof ArrayNode a ? a : root.putArray("rows");
        for (ReviewDb.Event e : latest.values()) {
            ObjectNode target;
            if (e.row() == null) {
                target = root.path("document") instanceof ObjectNode d ? d : root.putObject("document");
            } else {
                if (e.row() < 0 || e.row() >= rows.size() || !(rows.get(e.row()) instanceof ObjectNode r)) {
                    continue; // the report changed under the event: the audit keeps it, the view cannot place it
                }
                String code = FieldPaths.text(FieldPaths.get(r, "indicator.code"));
                if (e.indicator() != null && !e.indicator().equals(code)) {
                    continue;
                }
                target = r;
            }
            if ("correct".equals(e.action())) {
                FieldPaths.set(target, e.field(), e.newValue() == null ? root.nullNode() : e.newValue());
            }
            ObjectNode evidence = target.path("evidence") instanceof ObjectNode ev ? ev : target.putObject("evidence");
            ObjectNode one = evidence.path(e.field()) instanceof ObjectNode o ? o : evidence.putObject(e.field());
            ObjectNode reviewed = one.putObject("reviewed");
            reviewed.put("by", e.user());
            reviewed.put("at", e.at());
            reviewed.set("old", firstOld.get(e.item()) == null ? root.nullNode() : firstOld.get(e.item()));
            reviewed.put("action", e.action());
            if (e.note() != null) {
                reviewed.put("note", e.note());
            }
            if (e.row() != null) {
                ArrayNode list = target.path("reviewed") instanceof ArrayNode l ? l : target.putArray("reviewed");
                boolean has = false;
                for (JsonNode x : list) {
                    has |= x.asText().equals(e.field());
                }
                if (!has) {
                    list.add(e.field());
                }
            }
            for (JsonNode w : root.path("warnings")) {
                if (w instanceof ObjectNode wo && e.field().equals(warningField(w))
                        && Objects.equals(e.indicator(), nullable(w.get("indicator")))) {
                    wo.set("reviewed", reviewed.deepCopy());
                }
            }
        }
        return root;
    }

    /** The field a warning names, without a {@code document.} prefix; null when none. */
    static String warningField(JsonNode w) {
        String f = nullable(w.get("field"));
        if (f != null && f.startsWith("document.")) {
            f = f.substring("document.".length());
        }
        return f;
    }

    static String nullable(JsonNode n) {
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
