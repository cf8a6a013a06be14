package org.suchi.reading;

import java.util.List;
import org.suchi.image.Rect;

/** What OCR read in a region: the text (lines joined by '\n'), its mean confidence 0..1, and its lines. */
public record OcrText(String text, double confidence, List<Line> lines) {
    public OcrText {
        lines = List.copyOf(lines);
    }
    public static final OcrText EMPTY = new OcrText("", 0, List.of());

    /**
     * One text line with its box in page coordinates.
     *
     * @param reread the same line read again on its own, where a second opinion matters (the memo
     *               line of a letter); null when it was read once
     */
    public record Line(String text, Rect box, double confidence, String reread) {
        public Line(String text, Rect box, double confidence) {
            this(text, box, confidence, null);
        }
    }

    public boolean isBlank() { return text.isBlank(); }
}
