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
 * sum disagree, every row of the area gets a warning; when every indicator weight of the area was read
 * without doubt, the sum is the only consistent area weight and replaces the reading (still warned).
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
            boolean agree = printed != null && complete && Math.abs(printed.doubleValue() - sum) < 1e-6;
            if (agree) continue;
            Number repaired = complete ? (sum == Math.rint(sum) ? (Number) (int) sum : (Number) sum) : null;
            for (int i : e.getValue()) {
                Row r = rows.get(i);
                String msg;
                if (repaired != null) {
                    msg = "area weight read as " + printed + " but its indicators' weights add up to " + repaired
                            + "; taken as " + repaired;
                    out.set(i, withAreaWeight(r, repaired));
                } else {
                    msg = "area weight " + printed + " cannot be checked: not every indicator weight of area "
                            + e.getKey() + " was read";
                }
                warnings.add(new Warning(r.page(), r.indicator().code(), "area.weight", msg));
            }
        }
        return out;
    }

    private static Row withAreaWeight(Row r, Number w) {
        return new Row(new Row.Area(r.area().code(), r.area().text(), w), r.activity(), r.indicator(), r.unit(),
                r.weight(), r.targets(), r.achievement(), r.progress(), r.reportedScore(), r.page(), r.confidence());
    }
}
