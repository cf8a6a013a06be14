package org.suchi.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The action-plan rule, kept private to the index until the assessment stage ({@code org.suchi.assess}) is merged: the
 * highest level whose target the achievement meets (dates: on or before the target; numbers: at least the target),
 * the percent interpolated linearly towards the next level up, 100 at or above the top target, 0 below the lowest.
 */
public final class LinearLevelRule implements LevelRule {
    private record Point(String key, double percent, double value) {}

    @Override
    public Outcome assess(String unit, JsonNode levels, JsonNode targets, JsonNode achievement, Double weight) {
        boolean date = "date".equals(unit);
        Double a = value(achievement, date);
        if (a == null || targets == null || !targets.isObject()) {
            return Outcome.NONE;
        }
        List<Point> points = new ArrayList<>();
        for (JsonNode l : levels) {
            String key = l.path("key").asText(null);
            Double t = key == null ? null : value(targets.get(key), date);
            if (t != null && l.path("percent").isNumber()) {
                points.add(new Point(key, l.path("percent").asDouble(), t));
            }
        }
        if (points.isEmpty()) {
            return Outcome.NONE;
        }
        points.sort(Comparator.comparingDouble(Point::percent).reversed());
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (a >= p.value()) {
                double pct = p.percent();
                if (i > 0) {
                    Point up = points.get(i - 1);
                    double span = up.value() - p.value();
                    if (span > 0) {
                        pct += (up.percent() - p.percent()) * (a - p.value()) / span;
                    }
                }
                return outcome(p.key(), pct, weight);
            }
        }
        return outcome(Fields.BELOW_LOWEST, 0.0, weight);
    }

    private static Outcome outcome(String level, double pct, Double weight) {
        double percent = Math.round(pct * 100) / 100.0;
        Double score = weight == null ? null : Math.round(pct * weight) / 100.0;
        return new Outcome(level, percent, score);
    }

    /** Comparable value, larger is better: a number, or for dates the negated epoch day (earlier is better). */
    private static Double value(JsonNode v, boolean date) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (date) {
            if (!v.isTextual()) {
                return null;
            }
            try {
                return (double) -LocalDate.parse(v.asText()).toEpochDay();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return v.isNumber() ? v.asDouble() : null;
    }
}
