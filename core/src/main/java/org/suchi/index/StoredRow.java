package org.suchi.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * An indicator row read back from the index: its report's fields, the stored outcome (level reached, computed score),
 * its position in the report, the row's JSON and the report's {@code levels}.
 */
public record StoredRow(String sha256, String file, String office, String ministry, String fiscalYear, String period,
                        String memoNumber, String memoDate, String indicator, String unit, String level, Double score,
                        int order, JsonNode row, JsonNode levels) {

    static StoredRow of(Document d) {
        IndexableField score = d.getField(Fields.SCORE);
        IndexableField order = d.getField(Fields.ORDER);
        return new StoredRow(d.get(Fields.SHA256), d.get(Fields.FILE), d.get(Fields.OFFICE), d.get(Fields.MINISTRY),
                d.get(Fields.FISCAL_YEAR), d.get(Fields.PERIOD), d.get(Fields.MEMO_NUMBER), d.get(Fields.MEMO_DATE),
                d.get(Fields.INDICATOR), d.get(Fields.UNIT), d.get(Fields.LEVEL),
                score == null ? null : score.numericValue().doubleValue(),
                order == null ? 0 : order.numericValue().intValue(), json(d.get(Fields.ROW_JSON)), json(d.get(Fields.LEVELS)));
    }

    private static JsonNode json(String s) {
        try {
            return s == null ? ReportFile.MAPPER.createObjectNode() : ReportFile.MAPPER.readTree(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored row JSON unreadable", e);
        }
    }

    /** The indicator's text. */
    public String indicatorText() {
        return IndexedReport.text(row.path("indicator"), "text");
    }

    public String progress() {
        return IndexedReport.text(row, "progress");
    }

    /** The row's targets object (level key → value). */
    public JsonNode targets() {
        return row.path("targets");
    }

    public JsonNode achievement() {
        return row.path("achievement");
    }
}
