package org.suchi.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One extracted report in the {@code report/1} shape (see README: "The report/1 contract"). */
@JsonPropertyOrder({"schema", "source", "document", "levels", "rows", "warnings"})
public record Report(String schema, Source source, DocumentInfo document, List<Level> levels,
                     List<Row> rows, List<Warning> warnings) {
    public static final String SCHEMA = "report/1";

    public Report {
        levels = List.copyOf(levels);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
