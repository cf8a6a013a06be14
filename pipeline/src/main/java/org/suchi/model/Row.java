package org.suchi.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One performance indicator. {@code targets} maps level key to value (ISO date string, number or null),
 * in level order. {@code achievement} has the same type as the targets.
 */
@JsonPropertyOrder({"area", "activity", "indicator", "unit", "weight", "targets", "achievement", "progress",
        "reported_score", "page", "confidence"})
public record Row(Area area, Activity activity, Indicator indicator, String unit, Number weight,
                  Map<String, Object> targets, Object achievement, String progress,
                  @JsonProperty("reported_score") Number reportedScore, int page, double confidence) {
    public Row {
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
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
