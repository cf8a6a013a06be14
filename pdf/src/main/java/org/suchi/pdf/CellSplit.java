package org.suchi.pdf;

import java.util.ArrayList;
import java.util.List;
import org.suchi.image.Rect;
import org.suchi.layout.Cell;
import org.suchi.layout.Grid;

/**
 * Cuts Tesseract's text lines at the cells of the page's ruled tables (found by the core's layout stage).
 * Tesseract's layout analysis runs a line across a whole table row (area, activity, indicator, unit, …);
 * written that way, a copy or {@code pdftotext} interleaves the cells' lines. Cut per cell, each cell's lines
 * stay together and are read as one block. Pure.
 */
final class CellSplit {
    private CellSplit() {}

    static List<TextLine> split(List<TextLine> lines, List<Grid> tables) {
        if (tables.isEmpty()) return lines;
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : lines) {
            List<TextLine.Word> run = new ArrayList<>();
            int runCell = Integer.MIN_VALUE;
            for (TextLine.Word word : l.words()) {
                int cell = cellOf(word, tables);
                TextLine.Word w = cell < 0 ? word : inside(word, boxOf(cell, tables));
                if (w == null) continue;
                if (!run.isEmpty() && cell != runCell) {
                    out.add(new TextLine(run, l.baseline(), l.top(), columnOf(runCell, tables)));
                    run = new ArrayList<>();
                }
                run.add(w);
                runCell = cell;
            }
            if (!run.isEmpty()) out.add(new TextLine(run, l.baseline(), l.top(), columnOf(runCell, tables)));
        }
        return out;
    }

    /**
     * {@code w} kept to its cell: a ruling read as a character at the word's edge ("|" anywhere; "[", "]", "!", "l"
     * when the word touches the cell's edge) dropped with the part of the box outside the cell. Null when nothing of the word is left.
     */
    static TextLine.Word inside(TextLine.Word w, Rect cell) {
        String t = w.text();
        int a = 0, b = t.length();
        double near = Math.max(2, 0.5 * (w.bottom() - w.top())); // a character this close to the cell's edge may be its ruling
        if (w.left() < cell.x() + near) {
            while (a < b && RULING_CHARS.indexOf(t.charAt(a)) >= 0) a++;
        }
        if (w.right() > cell.x() + cell.width() - near) {
            while (b > a && RULING_CHARS.indexOf(t.charAt(b - 1)) >= 0) b--;
        }
        while (a < b && t.charAt(a) == '|') a++;
        while (b > a && t.charAt(b - 1) == '|') b--;
        if (a == b) return null;
        double left = Math.max(w.left(), cell.x()), right = Math.min(w.right(), cell.x() + cell.width());
        if (right - left < 1) return null;
        if (a == 0 && b == t.length() && left == w.left() && right == w.right()) return w;
        // the box shrinks in proportion to the characters dropped
        double per = (w.right() - w.left()) / t.length();
        left = Math.max(left, w.left() + a * per);
        right = Math.min(right, w.right() - (t.length() - b) * per);
        if (right - left < 1) return null;
        return new TextLine.Word(t.substring(a, b), left, w.top(), right, w.bottom());
    }

    /** What a ruling line beside a word is read as. */
    static final String RULING_CHARS = "|[]!l";

    static Rect boxOf(int cell, List<Grid> tables) {
        for (Grid g : tables) {
            if (cell < g.cells().size()) return g.cells().get(cell).box();
            cell -= g.cells().size();
        }
        throw new IllegalArgumentException("no cell " + cell);
    }

    /** The grid column of cell number {@code cell} ({@link #cellOf}), -1 for none. */
    static int columnOf(int cell, List<Grid> tables) {
        if (cell < 0) return -1;
        for (Grid g : tables) {
            if (cell < g.cells().size()) return g.cells().get(cell).col();
            cell -= g.cells().size();
        }
        return -1;
    }

    /** A number for the cell holding the word's centre (unique over the page's tables), -1 outside every table. */
    static int cellOf(TextLine.Word w, List<Grid> tables) {
        double cx = (w.left() + w.right()) / 2, cy = (w.top() + w.bottom()) / 2;
        int base = 0;
        for (Grid g : tables) {
            for (int i = 0; i < g.cells().size(); i++) {
                Rect b = g.cells().get(i).box();
                if (cx >= b.x() && cx < b.x() + b.width() && cy >= b.y() && cy < b.y() + b.height()) return base + i;
            }
            base += g.cells().size();
        }
        return -1;
    }
}
