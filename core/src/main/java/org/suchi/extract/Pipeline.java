package org.suchi.extract;

import org.suchi.assemble.ReportAssembler;
import org.suchi.image.OpenCvPagePreprocessor;
import org.suchi.ingest.DocumentOpener;
import org.suchi.layout.RulingLayoutAnalyzer;
import org.suchi.normalise.Achievements;
import org.suchi.normalise.Dates;
import org.suchi.ocr.OcrEnginePool;
import org.suchi.ocr.OcrSettings;
import org.suchi.ocr.TesseractEngine;
import org.suchi.textlayer.TextLayerPages;

/** Builds the standard stages from settings. */
public final class Pipeline {
    private Pipeline() {}

    public static Extractor extractor(PipelineSettings s) {
        RulingLayoutAnalyzer layout = new RulingLayoutAnalyzer();
        org.suchi.config.NameDirectory offices = org.suchi.config.NameDirectory.loadDefault();
        return new Extractor(new DocumentOpener(s.ingest()), new OpenCvPagePreprocessor(), layout,
                new ReportAssembler(new org.suchi.assemble.TextDocumentFieldReader(offices), Dates::parseCell, Achievements::fromText,
                        new org.suchi.assemble.CatalogueCheck(org.suchi.config.Catalogue.loadDefault()), offices),
                new TextLayerPages(s.ingest().targetDpi(), layout));
    }

    /** One Tesseract engine per worker thread. */
    public static OcrEnginePool engines(PipelineSettings s) {
        OcrSettings ocr = OcrSettings.system(s.ocrLanguage(), s.ingest().targetDpi());
        return new OcrEnginePool(() -> new TesseractEngine(ocr));
    }
}
