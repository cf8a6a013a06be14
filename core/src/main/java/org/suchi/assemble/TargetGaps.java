package org.suchi.assemble;

import java.util.List;
import java.util.Optional;
import org.suchi.config.Catalogue;
import org.suchi.model.Level;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/**
 * The forms print an indicator's targets from the highest level down: অসাধারণ always, then the lower levels while
 * the target allows them ("৪ ৩ ২ ১ -", "৮০% ৭৫% ৭০% ৬৫% ৬০%"). A level with no target while a lower level has one
 * is therefore a target lost (a cell whose small or faint type was taken for an empty cell), unless the plan itself
 * prints a dash there ([৬.১.১] "২ - ১ - -"). Each such level is a warning on its target; the value stays null.
 */
final class TargetGaps {
    private TargetGaps() {}

    static void flag(List<Row> rows, List<Level> levels, Optional<Catalogue.Template> plan, List<Warning> warnings) {
        for (Row r : rows) {
            String code = r.indicator().code();
            if (code == null || r.targets() == null) continue;
            int last = -1;
            for (int i = 0; i < levels.size(); i++) if (r.targets().get(levels.get(i).key()) != null) last = i;
            Optional<Catalogue.Indicator> planned = plan.flatMap(t -> t.indicator(code));
            for (int i = 0; i < last; i++) {
                Level l = levels.get(i);
                if (r.targets().get(l.key()) != null) continue;
                if (planned.isPresent() && planned.get().targets().containsKey(l.key()) && planned.get().targets().get(l.key()) == null) {
                    continue; // the plan prints a dash here too
                }
                String field = "targets." + l.key();
                boolean doubted = warnings.stream().anyMatch(w -> code.equals(w.indicator()) && field.equals(w.field()));
                if (doubted) continue;
                warnings.add(new Warning(r.page(), code, field, "no target read for " + l.label() + " though "
                        + levels.get(last).label() + " has one: the forms print the targets from the highest level down,"
                        + " so this one may be lost"));
            }
        }
    }
}
