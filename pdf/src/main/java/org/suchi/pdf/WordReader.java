package org.suchi.pdf;

import java.util.ArrayList;
import java.util.List;
import org.suchi.image.GrayImage;
import org.suchi.ocr.OcrEngine;
import org.suchi.ocr.OcrWords;

/**
 * Full-page OCR with Tesseract's own layout analysis ({@link OcrEngine#words}: every word with its box, every
 * line with its baseline, from the result iterator) as the text layer's lines. Uses the calling thread's engine
 * (one per thread, from the extraction's pool); holds nothing. Pure apart from the engine.
 */
final class WordReader {
    private WordReader() {}

    /** The lines of text on {@code image} (a cleaned page at {@code dpi}), in Tesseract's reading order. */
    static List<TextLine> read(OcrEngine engine, GrayImage image, int dpi) {
        List<TextLine> out = new ArrayList<>();
        for (OcrWords.Line l : engine.words(image, dpi).lines()) {
            List<TextLine.Word> words = new ArrayList<>(l.words().size());
            for (OcrWords.Word w : l.words()) {
                words.add(new TextLine.Word(w.text(), w.box().x(), w.box().y(), w.box().right(), w.box().bottom()));
            }
            if (!words.isEmpty()) out.add(new TextLine(words, l.baseline(), l.box().y()));
        }
        return out;
    }
}
