package org.suchi.index;

import com.fasterxml.jackson.databind.JsonNode;

/** The outcome of a row: from its {@code assessment} object when the JSON has one, else from a {@link LevelRule}. */
public final class Assessments {
    private Assessments() {}

    public static LevelRule.Outcome of(JsonNode row, JsonNode levels, LevelRule rule) {
        JsonNode a = row.get("assessment");
        if (a != null && a.isObject()) {
            String level = IndexedReport.text(a, "level");
            Double score = number(a.get("score"));
            Double percent = number(a.get("percent"));
            if (level == null && percent != null && percent == 0.0) {
                level = Fields.BELOW_LOWEST;
            }
            return new LevelRule.Outcome(level, percent, score);
        }
        return rule.assess(row.path("unit").asText(null), levels, row.get("targets"), row.get("achievement"),
                number(row.get("weight")));
    }

    static Double number(JsonNode v) {
        return v != null && v.isNumber() ? v.asDouble() : null;
    }
}
