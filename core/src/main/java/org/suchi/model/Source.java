package org.suchi.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Where a report came from. {@code kind} is one of {@link #SCANNED_PDF}, {@link #TEXT_PDF}, {@link #IMAGE}. */
@JsonPropertyOrder({"file", "sha256", "pages", "kind"})
public record Source(String file, String sha256, int pages, String kind) {
    public static final String SCANNED_PDF = "scanned-pdf";
    public static final String TEXT_PDF = "text-pdf";
    public static final String IMAGE = "image";
}
