package org.suchi.reading;

import java.util.List;
import org.suchi.layout.Cell;
import org.suchi.layout.ColumnRole;

/**
 * The text read from one table cell.
 *
 * @param lines the cell's text lines with their boxes (page coordinates), top to bottom
 * @param blank  true when the cell holds no ink at all (then text is empty and nothing was OCR'd)
 * @param doubts for each line, why its reading is in doubt, or null (empty when no line is in doubt)
 */
public record CellReading(Cell cell, ColumnRole role, String text, double confidence, List<OcrText.Line> lines,
                          boolean blank, List<String> doubts) {
    public CellReading {
        lines = List.copyOf(lines);
        doubts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(doubts));
    }

    public CellReading(Cell cell, ColumnRole role, String text, double confidence, List<OcrText.Line> lines,
                       boolean blank) {
        this(cell, role, text, confidence, lines, blank, List.of());
    }

    /** The doubt about line {@code i}, or null. */
    public String doubt(int i) {
        return i < doubts.size() ? doubts.get(i) : null;
    }
}
