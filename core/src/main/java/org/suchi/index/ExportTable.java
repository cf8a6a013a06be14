package org.suchi.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of an export and each row's typed cells: text ({@link String}), number ({@link Double}) or date
 * ({@link LocalDate}); null for an empty cell. Targets and the achievement are dates for date rows, numbers otherwise.
 */
public final class ExportTable {
    private ExportTable() {}

    /** Level keys in the order of the target columns. */
    static final List<String> LEVEL_KEYS = List.of("excellent", "very_good", "good", "fair", "poor");

    /** A column: its header and how a row fills it. */
    public record Column(String name, Function<StoredRow, Object> value) {}

    public static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("file", StoredRow::file));
        c.add(new Column("sha256", StoredRow::sha256));
        c.add(new Column("office", StoredRow::office));
        c.add(new Column("ministry", StoredRow::ministry));
        c.add(new Column("fiscal_year", StoredRow::fiscalYear));
        c.add(new Column("period", StoredRow::period));
        c.add(new Column("memo_number", StoredRow::memoNumber));
        c.add(new Column("memo_date", r -> date(r.memoDate())));
        c.add(new Column("area", r -> IndexedReport.text(r.row().path("area"), "code")));
        c.add(new Column("activity", r -> IndexedReport.text(r.row().path("activity"), "code")));
        c.add(new Column("indicator", StoredRow::indicator));
        c.add(new Column("indicator_text", StoredRow::indicatorText));
        c.add(new Column("unit", StoredRow::unit));
        c.add(new Column("weight", r -> number(r.row().get("weight"))));
        for (String k : LEVEL_KEYS) {
            c.add(new Column("target_" + k, r -> typed(r, r.targets().get(k))));
        }
        c.add(new Column("achievement", r -> typed(r, r.achievement())));
        c.add(new Column("progress", StoredRow::progress));
        c.add(new Column("reported_score", r -> number(r.row().get("reported_score"))));
        c.add(new Column("level", StoredRow::level));
        c.add(new Column("score", StoredRow::score));
        return List.copyOf(c);
    }

    /** A target or achievement: a date for date rows, a number otherwise, the text when it is neither. */
    static Object typed(StoredRow r, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        LocalDate d = "date".equals(r.unit()) ? date(v.asText()) : null;
        return d != null ? d : v.asText();
    }

    static Double number(JsonNode v) {
        return v != null && v.isNumber() ? v.asDouble() : null;
    }

    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
