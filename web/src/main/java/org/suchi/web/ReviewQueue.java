package org.suchi.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review queue: every warned value and every value whose evidence confidence is below the threshold, minus those a
 * reviewer already accepted or corrected; most doubtful first, grouped by document (the document with the most
 * doubtful value first). An item's id is {@code SHA256-ROW-FIELD} ({@code ROW} is {@code d} for a document field), so
 * it stays the same across restarts and re-scans.
 */
public final class ReviewQueue {
    /** Evidence below this confidence is queued even without a warning. */
    public static final double LOW_CONFIDENCE = 0.7;

    /** The items of one report file as last read (before the settled ones are taken out), by the file's mtime. */
    private record Cached(long modified, long size, List<Item> items) {}

    private final Map<java.nio.file.Path, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /** One value to settle. {@code value} is the raw text read; {@code current} the report/1 value. */
    public record Item(String id, String sha256, String file, Integer page, String indicator, String field,
                       String value, JsonNode box, String reason, Integer row, Double confidence, JsonNode current,
                       double doubt) {}

    public static String id(String sha256, Integer row, String field) {
        return sha256 + "-" + (row == null ? "d" : row.toString()) + "-" + field;
    }

    /** The parts of an id: sha256, row (null for the document), field; empty when malformed. */
    public record Id(String sha256, Integer row, String field) {}

    public static Optional<Id> parseId(String id) {
        if (id == null || !id.matches("[0-9a-f]{64}-(d|\\d{1,6})-[a-z_]{1,20}(\\.[a-z_]{1,20})?")) {
            return Optional.empty();
        }
        String sha = id.substring(0, 64);
        int dash = id.indexOf('-', 65);
        String row = id.substring(65, dash);
        String field = id.substring(dash + 1);
        Integer r = row.equals("d") ? null : Integer.valueOf(row);
        if (r == null ? !FieldPaths.DOCUMENT.contains(field) : !FieldPaths.isRowField(field)) {
            return Optional.empty();
        }
        return Optional.of(new Id(sha, r, field));
    }

    /** The open items of one report. */
    public static List<Item> items(JsonNode report, Set<String> settled) {
        return items(report).stream().filter(i -> !settled.contains(i.id())).toList();
    }

    /** Every item of one report, settled or not. */
    static List<Item> items(JsonNode report) {
        Set<String> settled = Set.of();
        String sha = report.path("source").path("sha256").asText().toLowerCase(java.util.Locale.ROOT);
        String file = report.path("source").path("file").asText(null);
        Map<String, Item> out = new LinkedHashMap<>();
        JsonNode rows = report.path("rows");
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            rowOf.putIfAbsent(FieldPaths.text(FieldPaths.get(rows.get(i), "indicator.code")), i);
        }
        for (JsonNode w : report.path("warnings")) {
            String field = Corrections.warningField(w);
            String ind = Corrections.nullable(w.get("indicator"));
            if (field == null) {
                continue; // a warning about a whole row or table: shown on the report page, nothing to type
            }
            Integer row = null;
            if (ind != null) {
                row = rowOf.get(ind);
                if (row == null || !FieldPaths.isRowField(field)) {
                    continue;
                }
            } else if (!FieldPaths.DOCUMENT.contains(field)) {
                continue;
            }
            JsonNode holder = row == null ? report.path("document") : rows.get(row);
            JsonNode ev = holder.path("evidence").path(field);
            add(out, settled, sha, file, row, ind, field, holder, ev, w.path("message").asText(""), true,
                    w.hasNonNull("page") ? w.get("page").asInt() : null);
        }
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            String ind = Corrections.nullable(FieldPaths.get(r, "indicator.code"));
            r.path("evidence").fields().forEachRemaining(e -> {
                JsonNode c = e.getValue().get("confidence");
                if (c != null && c.isNumber() && c.asDouble() < LOW_CONFIDENCE && FieldPaths.isRowField(e.getKey())) {
                    add(out, settled, sha, file, rowIndex(rows, r), ind, e.getKey(), r, e.getValue(),
                            String.format(java.util.Locale.ROOT, "low confidence %.2f (%s)", c.asDouble(),
                                    e.getValue().path("how").asText("ocr")), false, null);
                }
            });
        }
        report.path("document").path("evidence").fields().forEachRemaining(e -> {
            JsonNode c = e.getValue().get("confidence");
            if (c != null && c.isNumber() && c.asDouble() < LOW_CONFIDENCE && FieldPaths.DOCUMENT.contains(e.getKey())) {
                add(out, settled, sha, file, null, null, e.getKey(), report.path("document"), e.getValue(),
                        String.format(java.util.Locale.ROOT, "low confidence %.2f (%s)", c.asDouble(),
                                e.getValue().path("how").asText("ocr")), false, null);
            }
        });
        List<Item> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingDouble(Item::doubt).reversed()
                .thenComparing(it -> it.page() == null ? 0 : it.page())
                .thenComparing(it -> it.row() == null ? -1 : it.row()));
        return list;
    }

    private List<Item> itemsOf(ReportStore store, ReportStore.Entry e) throws IOException {
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = java.nio.file.Files.readAttributes(e.json(), java.nio.file.attribute.BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException gone) {
            return List.of();
        }
        long modified = a.lastModifiedTime().toMillis();
        Cached c = cache.get(e.json());
        if (c != null && c.modified() == modified && c.size() == a.size()) {
            return c.items();
        }
        Optional<JsonNode> r = store.original(e.sha256());
        List<Item> items = r.isPresent() ? List.copyOf(items(r.get())) : List.of();
        cache.put(e.json(), new Cached(modified, a.size(), items));
        return items;
    }

    /** The open items of one report of the store (cached like {@link #all}). */
    public List<Item> open(ReportStore store, ReportStore.Entry e, Set<String> settled) throws IOException {
        return itemsOf(store, e).stream().filter(i -> !settled.contains(i.id())).toList();
    }

    /** How many reports' items are kept (for tests). */
    int cached() {
        return cache.size();
    }

    private static int rowIndex(JsonNode rows, JsonNode r) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == r) {
                return i;
            }
        }
        return -1;
    }

    private static void add(Map<String, Item> out, Set<String> settled, String sha, String file, Integer row,
                            String ind, String field, JsonNode holder, JsonNode ev, String reason, boolean warned,
                            Integer warnPage) {
        String id = id(sha, row, field);
        if (settled.contains(id)) {
            return;
        }
        Double conf = null;
        if (ev.path("confidence").isNumber()) {
            conf = ev.get("confidence").asDouble();
        } else if (holder.path("confidence").isNumber()) {
            conf = holder.get("confidence").asDouble();
        }
        Integer page = warnPage;
        if (ev.path("page").isInt()) {
            page = ev.get("page").asInt();
        } else if (page == null && holder.path("page").isInt()) {
            page = holder.get("page").asInt();
        }
        JsonNode current = FieldPaths.get(holder, field);
        String raw = ev.hasNonNull("text") ? ev.get("text").asText() : FieldPaths.text(current);
        double doubt = (warned ? 1.0 : 0.0) + (conf == null ? 0.5 : 1.0 - conf);
        Item earlier = out.get(id);
        if (earlier != null) {
            out.put(id, new Item(id, sha, file, earlier.page(), ind, field, earlier.value(), earlier.box(),
                    earlier.reason() + "; " + reason, row, conf, current, Math.max(earlier.doubt(), doubt) + 0.01));
            return;
        }
        JsonNode box = ev.path("box").isArray() && ev.get("box").size() == 4 ? ev.get("box") : null;
        out.put(id, new Item(id, sha, file, page, ind, field, raw, box, reason, row, conf, current, doubt));
    }

    /**
     * Items of many reports: documents ordered by their most doubtful item, items most doubtful first. A report's
     * items are computed once per version of its JSON file (its mtime) and kept, small, in this queue; a request
     * reads only the reports written or rewritten since the last one, so the queue does not parse the whole archive
     * on every page view.
     */
    public List<Item> all(ReportStore store, ReviewDb db) throws IOException, java.sql.SQLException {
        Set<String> settled = db.settledItems();
        List<List<Item>> docs = new ArrayList<>();
        Set<java.nio.file.Path> seen = new java.util.HashSet<>();
        for (ReportStore.Entry e : store.entries()) {
            seen.add(e.json());
            List<Item> items = itemsOf(store, e).stream().filter(i -> !settled.contains(i.id())).toList();
            if (!items.isEmpty()) {
                docs.add(items);
            }
        }
        cache.keySet().retainAll(seen);
        docs.sort(Comparator.comparingDouble((List<Item> l) -> l.get(0).doubt()).reversed()
                .thenComparing(l -> String.valueOf(l.get(0).file())));
        List<Item> out = new ArrayList<>();
        docs.forEach(out::addAll);
        return out;
    }
}
