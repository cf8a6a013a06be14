package org.suchi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where one extracted value was read (report/1 "Evidence"): the page (1-based), the box on it as
 * fractions of the original page image's width and height ({@code [x0, y0, x1, y1]}, origin top left,
 * 4 decimals), the text as read before normalisation, a confidence 0..1, and how the value came about
 * ({@link #OCR}, {@link #TEXT_LAYER}, {@link #CATALOGUE}, {@link #DERIVED}). {@code reviewed} is null
 * until a reviewer changed the value (then not written by the extractor at all).
 */
@JsonPropertyOrder({"page", "box", "text", "confidence", "how", "reviewed"})
public record Evidence(int page, List<Double> box, String text, double confidence, String how,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Reviewed reviewed) {
    /** Read by OCR from a scanned page. */
    public static final String OCR = "ocr";
    /** Read from a PDF's text layer (glyph positions). */
    public static final String TEXT_LAYER = "text-layer";
    /** The plan's wording (the catalogue) replaced what was read. */
    public static final String CATALOGUE = "catalogue";
    /** Computed from other fields (e.g. an activity code from its indicator code). */
    public static final String DERIVED = "derived";

    @JsonCreator
    public Evidence {
        if (box == null || box.size() != 4) throw new IllegalArgumentException("box needs 4 numbers: " + box);
        box = List.copyOf(box);
        if (text == null) text = "";
    }

    public Evidence(int page, List<Double> box, String text, double confidence, String how) {
        this(page, box, text, confidence, how, null);
    }

    public double x0() { return box.get(0); }
    public double y0() { return box.get(1); }
    public double x1() { return box.get(2); }
    public double y1() { return box.get(3); }

    /** A reviewer's change of the value: who, when (ISO instant), and the value before. */
    @JsonPropertyOrder({"by", "at", "old"})
    public record Reviewed(String by, String at, Object old) {}
}
