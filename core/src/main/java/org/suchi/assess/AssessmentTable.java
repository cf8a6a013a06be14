package org.suchi.assess;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.suchi.model.DocumentAssessment;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.model.RowAssessment;

/** An assessed report as a plain-text table (what {@code suchi assess} prints) or as a compact JSON summary. */
public final class AssessmentTable {
    private AssessmentTable() {}

    /** Marks a row whose printed score disagrees with the computed one. */
    public static final String DISAGREES = "DIFFERS";

    private static final String ROW = "%-8s %-7s %6s  %-54s %-11s %-10s %7s %8s %8s  %s%n";

    /** The per-indicator table and the totals of an assessed report; {@code name} heads it. */
    public static String text(String name, Report r) {
        StringBuilder sb = new StringBuilder();
        DocumentInfo d = r.document() == null ? DocumentInfo.EMPTY : r.document();
        sb.append("== ").append(name);
        List<String> about = new ArrayList<>();
        for (String s : new String[] {d.office(), d.fiscalYear(), d.period()}) if (s != null) about.add(s);
        if (!about.isEmpty()) sb.append("  (").append(String.join(", ", about)).append(')');
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, ROW, "code", "unit", "weight", "targets", "achievement", "level",
                "percent", "computed", "reported", "flag"));
        for (Row row : r.rows()) {
            RowAssessment a = row.assessment();
            sb.append(String.format(Locale.ROOT, ROW, s(row.indicator() == null ? null : row.indicator().code()),
                    s(row.unit()), num(row.weight()), targets(row), s(row.achievement()),
                    a == null || a.level() == null ? (a != null && a.percent() != null ? "below" : "-") : a.level(),
                    num(a == null ? null : a.percent()), num(a == null ? null : a.score()), num(row.reportedScore()),
                    flag(row)));
        }
        DocumentAssessment t = r.assessment();
        if (t != null) {
            sb.append(String.format(Locale.ROOT, "total %s of %s (%d scored, %d not scored); reported %s; %d disagreement(s); rules %s%n",
                    num(t.total()), num(t.max()), t.scored(), t.notScored(),
                    t.reportedTotal() == null ? "none" : num(t.reportedTotal()), t.disagreements(), t.rules()));
        }
        return sb.toString();
    }

    /** A compact JSON summary of an assessed report: file, document fields, totals, one entry per indicator. */
    public static ObjectNode json(ObjectMapper mapper, String name, Report r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("file", name);
        o.set("document", mapper.valueToTree(r.document()));
        o.set("assessment", mapper.valueToTree(r.assessment()));
        var rows = o.putArray("rows");
        for (Row row : r.rows()) {
            ObjectNode n = rows.addObject();
            n.put("code", row.indicator() == null ? null : row.indicator().code());
            n.put("unit", row.unit());
            n.set("weight", mapper.valueToTree(row.weight()));
            n.set("targets", mapper.valueToTree(row.targets()));
            n.set("achievement", mapper.valueToTree(row.achievement()));
            n.set("reported_score", mapper.valueToTree(row.reportedScore()));
            n.set("assessment", mapper.valueToTree(row.assessment()));
            n.put("disagrees", disagrees(row));
        }
        return o;
    }

    /** True when the row has both scores and they differ by more than rounding. */
    public static boolean disagrees(Row row) {
        RowAssessment a = row.assessment();
        return a != null && a.scored() && row.reportedScore() != null && !Assessor.agrees(row.reportedScore(), a.score());
    }

    private static String flag(Row row) {
        if (disagrees(row)) return DISAGREES;
        RowAssessment a = row.assessment();
        return a == null || a.scored() || RowAssessment.STATUS_BELOW_LOWEST.equals(a.status()) ? "" : a.status();
    }

    private static String targets(Row row) {
        List<String> out = new ArrayList<>();
        for (Object v : row.targets().values()) out.add(s(v));
        return String.join(" ", out);
    }

    private static String s(Object o) {
        return o == null ? "-" : Objects.toString(o);
    }

    private static String num(Number n) {
        if (n == null) return "-";
        double v = n.doubleValue();
        if (v == Math.rint(v)) return String.valueOf((long) v);
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }
}
