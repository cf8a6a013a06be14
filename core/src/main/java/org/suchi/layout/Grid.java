package org.suchi.layout;

import java.util.List;
import org.suchi.image.Rect;

/**
 * A ruled table found on a page. {@code rowLines} and {@code colLines} are the y and x positions of
 * the rulings (sorted, outer border included), so there are {@code rowLines.size()-1} grid rows.
 * {@code cells} cover the grid exactly once, in row-major order of their top-left position; a merged
 * cell has a span greater than one.
 */
public record Grid(Rect bounds, List<Integer> rowLines, List<Integer> colLines, List<Cell> cells) {
    public Grid {
        rowLines = List.copyOf(rowLines);
        colLines = List.copyOf(colLines);
        cells = List.copyOf(cells);
    }
    public int rows() { return rowLines.size() - 1; }
    public int cols() { return colLines.size() - 1; }

    /** The cell covering grid position (row, col). */
    public Cell cellAt(int row, int col) {
        for (Cell c : cells) {
            if (row >= c.row() && row <= c.lastRow() && col >= c.col() && col <= c.lastCol()) return c;
        }
        throw new IllegalArgumentException("no cell at " + row + "," + col);
    }
}
