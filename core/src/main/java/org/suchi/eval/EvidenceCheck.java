package org.suchi.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Evidence;
import org.suchi.model.Level;
import org.suchi.model.Report;
import org.suchi.model.Row;

/**
 * Checks the evidence of extracted reports (report/1 "Evidence"):
 * <ul>
 *   <li>every non-null value of a row (by the scorer's field paths) and of the document has an evidence
 *       entry, and every entry is well formed: page within the document, box inside 0..1 with x0 &lt; x1 and
 *       y0 &lt; y1, confidence 0..1, {@code how} one of the four;</li>
 *   <li>the boxes of a row's targets run left to right in level order on one band of the page: on one
 *       page, each box's centre right of the previous one's, and each pair overlapping vertically by at
 *       least half the lower box's height.</li>
 * </ul>
 * Pure; counts add up over reports with {@link #add}.
 */
public final class EvidenceCheck {
    private static final Set<String> HOWS = Set.of(Evidence.OCR, Evidence.TEXT_LAYER, Evidence.CATALOGUE, Evidence.DERIVED);

    /** The counts, and a description of each failure (file: row: field: why). */
    public record Result(int values, int withEvidence, int malformed, int targetRows, int targetRowsInOrder,
                         Map<String, Integer> byHow, List<String> problems) {
        public boolean ok() {
            return values == withEvidence && malformed == 0 && targetRows == targetRowsInOrder;
        }
    }

    private int values, withEvidence, malformed, targetRows, targetRowsInOrder;
    private final Map<String, Integer> byHow = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    public Result result() {
        return new Result(values, withEvidence, malformed, targetRows, targetRowsInOrder, Map.copyOf(byHow), List.copyOf(problems));
    }

    /** Checks {@code r}; {@code name} names it in problems. */
    public EvidenceCheck add(String name, Report r) {
        int pages = r.source() == null ? Integer.MAX_VALUE : r.source().pages();
        DocumentInfo d = r.document();
        Map<String, Object> docValues = new LinkedHashMap<>();
        docValues.put("title", d.title());
        docValues.put("office", d.office());
        docValues.put("ministry", d.ministry());
        docValues.put("fiscal_year", d.fiscalYear());
        docValues.put("period", d.period());
        docValues.put("memo_number", d.memoNumber());
        docValues.put("memo_date", d.memoDate());
        check(name + ": document", docValues, d.evidence(), pages);
        for (Row row : r.rows()) {
            String where = name + ": [" + row.indicator().code() + "] p" + row.page();
            check(where, values(row, r.levels()), row.evidence(), pages);
            targets(where, row, r.levels());
        }
        return this;
    }

    /** A row's values by the scorer's field paths (null values included). */
    public static Map<String, Object> values(Row row, List<Level> levels) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("area.code", row.area() == null ? null : row.area().code());
        v.put("area.text", row.area() == null ? null : row.area().text());
        v.put("area.weight", row.area() == null ? null : row.area().weight());
        v.put("activity.code", row.activity() == null ? null : row.activity().code());
        v.put("activity.text", row.activity() == null ? null : row.activity().text());
        v.put("indicator.code", row.indicator() == null ? null : row.indicator().code());
        v.put("indicator.text", row.indicator() == null ? null : row.indicator().text());
        v.put("unit", row.unit());
        v.put("weight", row.weight());
        for (Level l : levels) v.put("targets." + l.key(), row.targets().get(l.key()));
        v.put("achievement", row.achievement());
        v.put("progress", row.progress());
        v.put("reported_score", row.reportedScore());
        return v;
    }

    private void check(String where, Map<String, Object> vals, Map<String, Evidence> ev, int pages) {
        for (Map.Entry<String, Object> e : vals.entrySet()) {
            if (e.getValue() == null) {
                if (ev.containsKey(e.getKey())) {
                    malformed++;
                    problems.add(where + ": " + e.getKey() + ": evidence for a null value");
                }
                continue;
            }
            values++;
            Evidence x = ev.get(e.getKey());
            if (x == null) {
                problems.add(where + ": " + e.getKey() + ": no evidence for " + e.getValue());
                continue;
            }
            withEvidence++;
            byHow.merge(x.how(), 1, Integer::sum);
            String bad = malformed(x, pages);
            if (bad != null) {
                malformed++;
                problems.add(where + ": " + e.getKey() + ": " + bad);
            }
        }
    }

    static String malformed(Evidence x, int pages) {
        if (x.page() < 1 || x.page() > pages) return "page " + x.page() + " of " + pages;
        for (double v : x.box()) if (!(v >= 0 && v <= 1)) return "box " + x.box() + " outside 0..1";
        if (!(x.x0() < x.x1() && x.y0() < x.y1())) return "empty box " + x.box();
        if (!(x.confidence() >= 0 && x.confidence() <= 1)) return "confidence " + x.confidence();
        if (!HOWS.contains(x.how())) return "how " + x.how();
        return null;
    }

    private void targets(String where, Row row, List<Level> levels) {
        List<Evidence> boxes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Level l : levels) {
            Evidence e = row.evidence().get("targets." + l.key());
            if (e != null && row.targets().get(l.key()) != null) {
                boxes.add(e);
                keys.add(l.key());
            }
        }
        if (boxes.size() < 2) return;
        targetRows++;
        String why = inOrder(boxes, keys);
        if (why == null) targetRowsInOrder++;
        else problems.add(where + ": targets " + why);
    }

    /** Null when the boxes run left to right on one band of one page, else why not. */
    public static String inOrder(List<Evidence> boxes, List<String> names) {
        for (int i = 1; i < boxes.size(); i++) {
            Evidence a = boxes.get(i - 1), b = boxes.get(i);
            String pair = names.get(i - 1) + "/" + names.get(i);
            if (a.page() != b.page()) return pair + " on pages " + a.page() + " and " + b.page();
            if (!((b.x0() + b.x1()) / 2 > (a.x0() + a.x1()) / 2)) return pair + " not left to right: " + a.box() + " " + b.box();
            double overlap = Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0());
            double h = Math.min(a.y1() - a.y0(), b.y1() - b.y0());
            if (overlap < 0.5 * h) return pair + " not on one band: " + a.box() + " " + b.box();
        }
        return null;
    }
}
