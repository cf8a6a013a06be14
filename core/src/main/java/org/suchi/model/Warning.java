package org.suchi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Something the extractor noticed but could not settle. Never dropped silently. */
@JsonPropertyOrder({"page", "indicator", "field", "message"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Warning(Integer page, String indicator, String field, String message) {
    public static Warning document(String field, String message) {
        return new Warning(null, null, field, message);
    }
}
