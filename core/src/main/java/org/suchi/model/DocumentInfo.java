package org.suchi.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Document-level fields: title block and cover letter. Every field may be null. */
@JsonPropertyOrder({"title", "office", "ministry", "fiscal_year", "period", "memo_number", "memo_date"})
public record DocumentInfo(String title, String office, String ministry,
                           @JsonProperty("fiscal_year") String fiscalYear,
                           String period,
                           @JsonProperty("memo_number") String memoNumber,
                           @JsonProperty("memo_date") String memoDate) {
    public static final DocumentInfo EMPTY = new DocumentInfo(null, null, null, null, null, null, null);
}
