package org.suchi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The document's assessment (JSON top-level {@code assessment}), computed by Suchi from the rows' values.
 *
 * @param rules         id of the rule set used ({@code config/assessment/rules.json}, e.g. {@code "action-plan/1"})
 * @param total         sum of the rows' computed scores
 * @param max           sum of the rows' weights (what a report meeting every excellent target would earn)
 * @param reportedTotal sum of the printed {@code reported_score}s, or null when the report prints none
 * @param scored        rows with a computed score
 * @param notScored     rows without one (no achievement, no targets, no weight …)
 * @param disagreements rows whose printed score differs from the computed one by more than rounding (each is also a
 *                      warning with field {@code "assessment"})
 */
@JsonPropertyOrder({"rules", "total", "max", "reported_total", "scored", "not_scored", "disagreements"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentAssessment(String rules, double total, double max,
                                 @JsonProperty("reported_total") Double reportedTotal,
                                 int scored, @JsonProperty("not_scored") int notScored, int disagreements) {}
