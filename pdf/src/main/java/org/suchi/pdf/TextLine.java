package org.suchi.pdf;

import java.util.List;

/**
 * One line of text found on a page image, in that image's pixel coordinates (y down).
 *
 * @param words    the line's words, left to right
 * @param baseline y of the line's baseline (the bottom of the letters' bodies, above descending vowel signs)
 * @param top      y of the top of the line's tallest letters
 * @param column   the table column the line is in ({@link CellSplit}), -1 outside tables
 * @param cell     the box of the table cell whose whole text this line is ({@link CellLines}), null for a line of OCR
 */
public record TextLine(List<Word> words, double baseline, double top, int column, org.suchi.image.Rect cell) {
    public TextLine {
        words = List.copyOf(words);
    }

    public TextLine(List<Word> words, double baseline, double top, int column) {
        this(words, baseline, top, column, null);
    }

    public TextLine(List<Word> words, double baseline, double top) {
        this(words, baseline, top, -1);
    }

    /**
     * One word: its Unicode text in logical order and its box.
     */
    public record Word(String text, double left, double top, double right, double bottom) {}

    public double left() {
        return words.get(0).left();
    }

    public double right() {
        return words.get(words.size() - 1).right();
    }
}
