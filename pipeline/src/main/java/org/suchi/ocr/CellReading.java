package org.suchi.ocr;

import java.util.List;
import org.suchi.layout.Cell;
import org.suchi.layout.ColumnRole;

/**
 * The text read from one table cell.
 *
 * @param lines the cell's text lines with their boxes (page coordinates), top to bottom
 * @param blank true when the cell holds no ink at all (then text is empty and nothing was OCR'd)
 */
public record CellReading(Cell cell, ColumnRole role, String text, double confidence, List<OcrText.Line> lines,
                          boolean blank) {
    public CellReading {
        lines = List.copyOf(lines);
    }
}
