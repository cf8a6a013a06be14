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

    @Override
    void close();
}
