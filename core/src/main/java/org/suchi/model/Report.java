package org.suchi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One extracted report in the {@code report/1} shape (see README: "The report/1 contract"). {@code assessment} is the
 * document total Suchi computed (null until assessed, and then not written).
 */
@JsonPropertyOrder({"schema", "source", "document", "levels", "rows", "warnings", "assessment"})
public record Report(String schema, Source source, DocumentInfo document, List<Level> levels,
                     List<Row> rows, List<Warning> warnings,
                     @JsonInclude(JsonInclude.Include.NON_NULL) DocumentAssessment assessment) {
    public static final String SCHEMA = "report/1";

    /** A report not yet assessed (the shape before the assessment was added). */
    public Report(String schema, Source source, DocumentInfo document, List<Level> levels, List<Row> rows,
                  List<Warning> warnings) {
        this(schema, source, document, levels, rows, warnings, null);
    }

    @JsonCreator
    public Report {
        levels = List.copyOf(levels);
        rows = List.copyOf(rows);
        warnings = warnings == null ? List.of() : List.copyOf(warnings); // ground-truth files have none
    }
}
