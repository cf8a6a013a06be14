package org.suchi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Document-level fields: title block and cover letter. Every field may be null. {@code evidence} says where
 * each non-null field was read, keyed by the field's JSON name (empty when not known, and then not written).
 */
@JsonPropertyOrder({"title", "office", "ministry", "fiscal_year", "period", "memo_number", "memo_date", "evidence"})
public record DocumentInfo(String title, String office, String ministry,
                           @JsonProperty("fiscal_year") String fiscalYear,
                           String period,
                           @JsonProperty("memo_number") String memoNumber,
                           @JsonProperty("memo_date") String memoDate,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Evidence> evidence) {
    public static final DocumentInfo EMPTY = new DocumentInfo(null, null, null, null, null, null, null);

    @JsonCreator
    public DocumentInfo {
        evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /** Document fields without evidence. */
    public DocumentInfo(String title, String office, String ministry, String fiscalYear, String period,
                        String memoNumber, String memoDate) {
        this(title, office, ministry, fiscalYear, period, memoNumber, memoDate, null);
    }

    /** These fields with {@code e} as their evidence. */
    public DocumentInfo withEvidence(Map<String, Evidence> e) {
        return new DocumentInfo(title, office, ministry, fiscalYear, period, memoNumber, memoDate, e);
    }
}
