package org.suchi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One performance indicator. {@code targets} maps level key to value (ISO date string, number or null),
 * in level order. {@code achievement} has the same type as the targets. {@code assessment} is what Suchi computed
 * from these values (null until assessed; then written as {@code "assessment"} beside {@code reported_score}).
 */
@JsonPropertyOrder({"area", "activity", "indicator", "unit", "weight", "targets", "achievement", "progress",
        "reported_score", "assessment", "page", "confidence", "evidence"})
public record Row(Area area, Activity activity, Indicator indicator, String unit, Number weight,
                  Map<String, Object> targets, Object achievement, String progress,
                  @JsonProperty("reported_score") Number reportedScore,
                  @JsonInclude(JsonInclude.Include.NON_NULL) RowAssessment assessment,
                  int page, double confidence,
                  @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Evidence> evidence) {
    @JsonCreator
    public Row {
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /** A row without evidence (the shape before evidence was added). */
    public Row(Area area, Activity activity, Indicator indicator, String unit, Number weight,
               Map<String, Object> targets, Object achievement, String progress, Number reportedScore,
               RowAssessment assessment, int page, double confidence) {
        this(area, activity, indicator, unit, weight, targets, achievement, progress, reportedScore, assessment, page,
                confidence, null);
    }

    /** A row not yet assessed (the shape before the assessment was added). */
    public Row(Area area, Activity activity, Indicator indicator, String unit, Number weight,
               Map<String, Object> targets, Object achievement, String progress, Number reportedScore,
               int page, double confidence) {
        this(area, activity, indicator, unit, weight, targets, achievement, progress, reportedScore, null, page,
                confidence);
    }

    /** This row with {@code a} as its assessment. */
    public Row withAssessment(RowAssessment a) {
        return new Row(area, activity, indicator, unit, weight, targets, achievement, progress, reportedScore, a, page,
                confidence, evidence);
    }

    /**
     * This row with {@code e} as its evidence: keyed by the field's path as the scorer names it
     * ({@code indicator.code}, {@code targets.good} …), in the row's field order.
     */
    public Row withEvidence(Map<String, Evidence> e) {
        return new Row(area, activity, indicator, unit, weight, targets, achievement, progress, reportedScore,
                assessment, page, confidence, e);
    }

    /** Area of the plan ([১]), or for tables without an area column the ক্রম number with null text and weight. */
    @JsonPropertyOrder({"code", "text", "weight"})
    public record Area(String code, String text, Number weight) {}

    @JsonPropertyOrder({"code", "text"})
    public record Activity(String code, String text) {}

    @JsonPropertyOrder({"code", "text"})
    public record Indicator(String code, String text) {}

    public static final String UNIT_DATE = "date";
    public static final String UNIT_COUNT = "count";
    public static final String UNIT_PERCENT = "percent";
}
