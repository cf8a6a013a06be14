package org.suchi.textlayer;

import org.suchi.ingest.OpenedDocument;
import org.suchi.reading.ColumnTemplate;
import org.suchi.ocr.OcrEngine;

/**
 * Reads a page from what the file itself says (a PDF's text layer) instead of OCR, where that is
 * trustworthy; the extractor OCRs every page this source declines.
 */
public interface PageTextSource {
    /**
     * @param template the columns of the last table header seen on an earlier page, or null
     * @param engine   the calling thread's OCR engine (to check a suspicious layer against OCR on a sample)
     */
    PageText read(OpenedDocument doc, int page, ColumnTemplate template, OcrEngine engine);

    /** Never reads a text layer: every page is OCR'd. */
    PageTextSource NONE = (doc, page, template, engine) -> PageText.OCR_ONLY;
}
