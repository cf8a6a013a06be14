package org.suchi.layout;

import org.suchi.image.Rect;

/** A cell of a ruled table: its top-left grid position, spans, and its box (inside the rulings). */
public record Cell(int row, int col, int rowSpan, int colSpan, Rect box) {
    public int lastRow() { return row + rowSpan - 1; }
    public int lastCol() { return col + colSpan - 1; }
}
