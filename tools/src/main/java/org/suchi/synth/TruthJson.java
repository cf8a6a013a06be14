package org.suchi.synth;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.model.Source;

/**
 * The expected {@code report/1} document of a plan, and its JSON in the ground-truth shape of the dev corpus
 * (without {@code page}, {@code confidence} and {@code warnings}).
 */
public final class TruthJson {
    private TruthJson() {}

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The expected report; {@code pageOf} gives the 1-based document page where each indicator's row starts. */
    static Report report(DocPlan plan, Source source, Map<String, Integer> pageOf) {
        List<Row> rows = new ArrayList<>();
        boolean areaCol = plan.template().areaColumn();
        for (DocPlan.TableRow tr : plan.rows()) {
            for (DocPlan.Line l : tr.lines()) {
                var e = l.entry();
                Row.Area area = areaCol ? new Row.Area(e.area().code(), Planner.nfc(e.area().text()), l.areaWeight())
                        : new Row.Area(e.area().code(), null, null);
                rows.add(new Row(area, new Row.Activity(e.activity().code(), Planner.nfc(e.activity().text())),
                        new Row.Indicator(e.indicator().code(), l.indicatorText()), l.unit(), l.weight(),
                        new LinkedHashMap<>(l.targets()), l.achievement(), l.progress(), l.score(),
                        pageOf.getOrDefault(e.indicator().code(), 0), 1.0));
            }
        }
        var cover = plan.cover();
        DocumentInfo doc = new DocumentInfo(String.join(" ", plan.titleLines()), plan.office().name(),
                plan.ministryPrinted(), plan.fiscalYear(), plan.period(),
                cover == null ? null : cover.memoAscii(),
                cover == null || cover.memoDate() == null ? null : cover.memoDate().toString());
        return new Report(Report.SCHEMA, source, doc, plan.template().levels(), rows, List.of());
    }

    /** JSON in the ground-truth shape: the spec's field order, without page, confidence and warnings. */
    public static String json(Report report) {
        ObjectNode root = MAPPER.valueToTree(report);
        root.remove("warnings");
        for (JsonNode row : root.withArray("rows")) {
            ((ObjectNode) row).remove("page");
            ((ObjectNode) row).remove("confidence");
        }
        return pretty(root);
    }

    static String pretty(JsonNode node) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        try {
            return MAPPER.writer(pp).writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
