package org.suchi.assemble;

import org.suchi.image.PageGeometry;
import org.suchi.image.Rect;

/**
 * One value (or text line) read from a cell, with its vertical position for matching stacked indicators,
 * and where it was read ({@code spot}, null when not known); {@code rereads}: the other readings of a weak value line.
 */
record Piece(String text, int y, double confidence, String doubt, Spot spot, java.util.List<org.suchi.reading.Reread> rereads) {
    Piece {
        rereads = rereads == null ? java.util.List.of() : java.util.List.copyOf(rereads);
    }

    Piece(String text, int y, double confidence, String doubt, Spot spot) {
        this(text, y, confidence, doubt, spot, java.util.List.of());
    }

    Piece(String text, int y, double confidence, String doubt) {
        this(text, y, confidence, doubt, null);
    }

    /**
     * Where a piece was read: the page, how that page maps to its original image, whether it came from a
     * text layer, the piece's own box (its line; the cell when the cell has no lines) and its cell's box
     * (page pixels of the reading), and the boxes of all the pieces the cell gave (this one included).
     */
    record Spot(int page, PageGeometry geometry, boolean textLayer, Rect line, Rect cell, java.util.List<Rect> cellLines) {
        int cellPieces() {
            return cellLines.size();
        }
    }
}
