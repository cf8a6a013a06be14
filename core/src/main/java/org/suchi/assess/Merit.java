package org.suchi.assess;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;
import org.suchi.model.Row;

/**
 * A target or achievement as one number where larger is better: dates as days (negated when earlier is better),
 * numbers as they are (negated when lower is better). Values of the wrong type for the unit have no merit.
 */
final class Merit {
    private Merit() {}

    /** The kind of value a row compares: dates, or numbers (counts and percents). */
    enum Kind { DATE, NUMBER }

    /** The kind for a unit; for an unknown unit, the kind of {@code sample} (an ISO string is a date). */
    static Kind kindOf(String unit, Object sample) {
        if (Row.UNIT_DATE.equals(unit)) return Kind.DATE;
        if (Row.UNIT_COUNT.equals(unit) || Row.UNIT_PERCENT.equals(unit)) return Kind.NUMBER;
        return sample instanceof String ? Kind.DATE : Kind.NUMBER;
    }

    static OptionalDouble of(Object v, Kind kind, boolean higherIsBetter) {
        OptionalDouble raw = raw(v, kind);
        if (raw.isEmpty() || higherIsBetter) return raw;
        return OptionalDouble.of(-raw.getAsDouble());
    }

    /** Days since 1970 for an ISO date string; the value for a number; empty otherwise. */
    static OptionalDouble raw(Object v, Kind kind) {
        if (v == null) return OptionalDouble.empty();
        if (kind == Kind.DATE) {
            if (!(v instanceof String s)) return OptionalDouble.empty();
            try {
                return OptionalDouble.of(LocalDate.parse(s.strip()).toEpochDay());
            } catch (DateTimeParseException e) {
                return OptionalDouble.empty();
            }
        }
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) return OptionalDouble.of(n.doubleValue());
        return OptionalDouble.empty();
    }
}
