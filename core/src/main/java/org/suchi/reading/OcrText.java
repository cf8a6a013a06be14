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
     * @param rereads other readings of a value line whose first reading was weak (another scale,
     *               binarisation or reader), for the constraints to choose from; empty when it was not weak
     */
    public record Line(String text, Rect box, double confidence, String reread, List<Reread> rereads) {
        public Line {
            rereads = rereads == null ? List.of() : List.copyOf(rereads);
        }

        public Line(String text, Rect box, double confidence, String reread) {
            this(text, box, confidence, reread, List.of());
        }

        public Line(String text, Rect box, double confidence) {
            this(text, box, confidence, null, List.of());
        }
    }

    public boolean isBlank() { return text.isBlank(); }
}
