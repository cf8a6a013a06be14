package org.suchi.index;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which level an achievement reached and the score it earns. The index stores the outcome with each row (for the
 * {@code level} facet, {@code compare} and {@code export}). {@link Assessments#of} prefers what the report JSON already
 * holds ({@code rows[].assessment}, written by the assessment stage) and asks a rule only when it is absent.
 */
public interface LevelRule {
    /**
     * @param unit        {@code date}, {@code count} or {@code percent}
     * @param levels      the report's {@code levels} array ({@code key}, {@code percent})
     * @param targets     the row's {@code targets} object (level key to ISO date, number or null)
     * @param achievement the row's {@code achievement} (same type as the targets, or null)
     * @param weight      the row's weight, or null
     */
    Outcome assess(String unit, JsonNode levels, JsonNode targets, JsonNode achievement, Double weight);

    /**
     * @param level   key of the highest level met, {@link Fields#BELOW_LOWEST}, or null when not assessable
     * @param percent percent of the weight earned (0..100), or null
     * @param score   {@code percent × weight / 100} (two decimals), or null
     */
    record Outcome(String level, Double percent, Double score) {
        public static final Outcome NONE = new Outcome(null, null, null);
    }
}
