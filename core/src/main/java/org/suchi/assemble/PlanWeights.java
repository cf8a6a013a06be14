package org.suchi.assemble;

import java.util.List;
import java.util.Optional;
import org.suchi.config.Catalogue;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/**
 * Indicator weights (মান) against the plan's. Offices may set their own weights (seed 004 prints ১০ where the
 * upazila plan has ১২), so another weight is no error by itself and is kept as printed; but a misread digit
 * (১২ read as ৯২) is silent to every other check when the table has no area weights to add up to. A weight more
 * than twice the plan's or less than half of it is a warning on that weight.
 * <p>
 * The total is not checked: offices move a point or two between indicators (the dev corpus's tables add up to
 * 48-52 where the plan's add up to 50), so a sum would put a doubt on true weights of most reports.
 */
final class PlanWeights {
    private PlanWeights() {}

    static void check(List<Row> rows, Catalogue.Template plan, List<Warning> warnings) {
        for (Row r : rows) {
            Optional<Integer> p = planWeight(r, plan);
            if (p.isEmpty() || r.weight() == null) continue;
            double v = r.weight().doubleValue();
            if (v > 2.0 * p.get() || v < p.get() / 2.0) {
                warnings.add(new Warning(r.page(), r.indicator().code(), "weight", "weight " + r.weight()
                        + " is far from the plan's " + p.get() + " (" + plan.id() + "): a misread digit?"));
            }
        }
    }

    private static Optional<Integer> planWeight(Row r, Catalogue.Template plan) {
        return r.indicator().code() == null ? Optional.empty() : plan.indicator(r.indicator().code()).map(Catalogue.Indicator::weight);
    }
}
