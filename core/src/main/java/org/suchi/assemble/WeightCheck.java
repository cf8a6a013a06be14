package org.suchi.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/**
 * An area's weight (মান) is the sum of its indicators' weights. When the printed area weight and the
 * sum disagree, one of the readings is wrong and nothing tells which (digit misreads such as ২/৬ are
 * silent), so every row of the area gets a warning on its weight and its area weight. Only when the
 * area weight itself could not be read and every indicator weight was read without doubt is the sum
 * the one consistent answer; it is then filled in, with a warning.
 */
final class WeightCheck {
    private WeightCheck() {}

    static List<Row> apply(List<Row> rows, List<Warning> warnings) {
        Map<String, List<Integer>> byArea = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.area() == null || r.area().code() == null || r.area().text() == null && r.area().weight() == null) continue;
            byArea.computeIfAbsent(r.area().code(), k -> new ArrayList<>()).add(i);
        }
        Set<String> doubtful = warnings.stream().filter(w -> "weight".equals(w.field()) && w.indicator() != null)
                .map(Warning::indicator).collect(Collectors.toSet());
        List<Row> out = new ArrayList<>(rows);
        for (Map.Entry<String, List<Integer>> e : byArea.entrySet()) {
            double sum = 0;
            boolean complete = true;
            for (int i : e.getValue()) {
                Row r = rows.get(i);
                if (r.weight() == null || doubtful.contains(r.indicator().code())) complete = false;
                else sum += r.weight().doubleValue();
            }
            Number printed = rows.get(e.getValue().get(0)).area().weight();
            Number total = sum == Math.rint(sum) ? (Number) (int) sum : (Number) sum;
            if (printed != null && complete && Math.abs(printed.doubleValue() - sum) < 1e-6) continue;
            for (int i : e.getValue()) {
                Row r = rows.get(i);
                String code = r.indicator().code();
                if (printed == null && complete) {
                    out.set(i, withAreaWeight(r, total));
                    warnings.add(new Warning(r.page(), code, "area.weight", "area weight not read; taken as " + total
                            + ", the sum of its indicators' weights"));
                } else if (printed == null || !complete) {
                    warnings.add(new Warning(r.page(), code, "area.weight", "area weight " + printed
                            + " cannot be checked: not every weight of area " + e.getKey() + " was read"));
                } else {
                    String msg = "area " + e.getKey() + " weight " + printed + " is not the sum " + total
                            + " of its indicators' weights: one of them is misread";
                    warnings.add(new Warning(r.page(), code, "area.weight", msg));
                    warnings.add(new Warning(r.page(), code, "weight", msg));
                }
            }
        }
        return out;
    }

    private static Row withAreaWeight(Row r, Number w) {
        return new Row(new Row.Area(r.area().code(), r.area().text(), w), r.activity(), r.indicator(), r.unit(),
                r.weight(), r.targets(), r.achievement(), r.progress(), r.reportedScore(), r.page(), r.confidence());
    }
}
