package org.suchi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What Suchi computed for one indicator under the action-plan rules (JSON {@code rows[].assessment}); it stands beside
 * the printed {@code reported_score} and never replaces it.
 *
 * @param level   key of the highest level whose target the achievement meets ({@code "very_good"}), or null when it
 *                meets none or could not be assessed
 * @param percent the percent of the indicator's weight the achievement earns (0..100, linear between levels), or null
 * @param score   {@code percent × weight / 100}, rounded to two decimals, or null without a percent or a weight
 * @param status  one of the {@code STATUS_*} constants: why there is or is not a score
 */
@JsonPropertyOrder({"level", "percent", "score", "status"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RowAssessment(String level, Double percent, Double score, String status) {
    /** A level was met (possibly interpolated towards the next one up). */
    public static final String STATUS_SCORED = "scored";
    /** The achievement misses every target: 0. */
    public static final String STATUS_BELOW_LOWEST = "below_lowest";
    /** The report states no achievement. */
    public static final String STATUS_NO_ACHIEVEMENT = "no_achievement";
    /** No target could be compared (all null, or of another type than the achievement). */
    public static final String STATUS_NO_TARGETS = "no_targets";
    /** The achievement is not of the unit's type (e.g. text in a count row). */
    public static final String STATUS_BAD_ACHIEVEMENT = "bad_achievement";
    /** A level and percent, but no weight to turn them into a score. */
    public static final String STATUS_NO_WEIGHT = "no_weight";

    /** True when {@link #score()} is a number. */
    public boolean scored() {
        return score != null;
    }
}
