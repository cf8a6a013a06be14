package org.suchi.ocr;

import java.util.List;
import org.suchi.image.Rect;

/**
 * What full-page OCR with the engine's own layout analysis found, word by word ({@link OcrEngine#words}):
 * its text lines in reading order, each with its words and its baseline. Page pixel coordinates.
 */
public record OcrWords(List<Line> lines) {
    public OcrWords {
        lines = List.copyOf(lines);
    }

    /**
     * One text line.
     *
     * @param baseline y of the line's baseline (the bottom of the letters' bodies, above descending vowel signs)
     * @param box      the line's box
     */
    public record Line(List<Word> words, double baseline, Rect box) {
        public Line {
            words = List.copyOf(words);
        }
    }

    /** One word: its Unicode text (NFC, logical order), box and confidence 0..1. */
    public record Word(String text, Rect box, double confidence) {}
}
