package org.suchi.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.suchi.assess.Assessor;
import org.suchi.model.RowAssessment;

/**
 * The assessment stage's rule ({@link Assessor}: the project's {@code config/assessment/rules.json}, linear between
 * levels, earlier is better for dates, nothing below the lowest) applied to rows read as JSON.
 */
public final class AssessorLevelRule implements LevelRule {
    private final Assessor assessor;

    public AssessorLevelRule(Assessor assessor) {
        this.assessor = assessor;
    }

    @Override
    public Outcome assess(String unit, JsonNode levels, JsonNode targets, JsonNode achievement, Double weight) {
        Map<String, Object> t = new LinkedHashMap<>();
        if (targets != null && targets.isObject()) {
            targets.fields().forEachRemaining(e -> t.put(e.getKey(), value(e.getValue())));
        }
        RowAssessment a = assessor.assessRow(t, unit, weight, value(achievement));
        String level = a.level() != null ? a.level()
                : RowAssessment.STATUS_BELOW_LOWEST.equals(a.status()) ? Fields.BELOW_LOWEST : null;
        return new Outcome(level, a.percent(), a.score());
    }

    /** A JSON scalar as report/1 values are in Java: a number, a string, or null. */
    private static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isNumber() ? v.numberValue() : v.isTextual() ? v.asText() : null;
    }
}
