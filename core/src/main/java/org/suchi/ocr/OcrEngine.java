package org.suchi.ocr;

import org.suchi.reading.OcrText;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;

/**
 * Stage "ocr": reads text from a region of a page image. An engine is not thread-safe: use one per
 * worker thread (see {@link OcrEnginePool}) and close it when done.
 */
public interface OcrEngine extends AutoCloseable {
    OcrText read(GrayImage image, Rect region, ReadMode mode);

    /**
     * The whole of {@code image} (a cleaned page at {@code dpi}) read with the engine's own layout analysis, word
     * by word: each word's text, box and confidence, each line's baseline (the archive copy's text layer).
     *
     * @throws UnsupportedOperationException when the engine cannot (the default)
     */
    default OcrWords words(GrayImage image, int dpi) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " reads no word boxes");
    }

    @Override
    void close();
}
