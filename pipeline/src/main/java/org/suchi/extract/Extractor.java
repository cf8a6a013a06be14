package org.suchi.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.suchi.assemble.ReportAssembler;
import org.suchi.assess.Assessor;
import org.suchi.image.PagePreprocessor;
import org.suchi.image.PreparedPage;
import org.suchi.ingest.DocumentOpener;
import org.suchi.ingest.ExtractionException;
import org.suchi.ingest.FailureCause;
import org.suchi.ingest.OpenedDocument;
import org.suchi.ingest.PageImage;
import org.suchi.layout.LayoutAnalyzer;
import org.suchi.layout.PageLayout;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.model.Source;
import org.suchi.model.Warning;
import org.suchi.ocr.ColumnTemplate;
import org.suchi.ocr.OcrEngine;
import org.suchi.ocr.PageReader;
import org.suchi.ocr.PageReading;
import org.suchi.textlayer.PageText;
import org.suchi.textlayer.PageTextSource;

/**
 * One document in, one report/1 out: ingest → image → layout → ocr → assemble → assess. A pure function of
 * the file and the stages it was built with (no global state), so it can run on any worker thread,
 * or later inside a Spark task. Pages are streamed: only one page image is held at a time.
 */
public final class Extractor {
    private final DocumentOpener opener;
    private final PagePreprocessor preprocessor;
    private final LayoutAnalyzer layout;
    private final PageReader reader = new PageReader();
    private final ReportAssembler assembler;
    private final Assessor assessor;
    private final PageTextSource textLayer;

    /** OCR only, with the project's assessment rules ({@link Assessor#standard()}). */
    public Extractor(DocumentOpener opener, PagePreprocessor preprocessor, LayoutAnalyzer layout,
                     ReportAssembler assembler) {
        this(opener, preprocessor, layout, assembler, PageTextSource.NONE, Assessor.standard());
    }

    /** OCR only, assessed with {@code assessor}. */
    public Extractor(DocumentOpener opener, PagePreprocessor preprocessor, LayoutAnalyzer layout,
                     ReportAssembler assembler, Assessor assessor) {
        this(opener, preprocessor, layout, assembler, PageTextSource.NONE, assessor);
    }

    /** @param textLayer reads pages from a PDF's text layer where it is usable; the rest are OCR'd */
    public Extractor(DocumentOpener opener, PagePreprocessor preprocessor, LayoutAnalyzer layout,
                     ReportAssembler assembler, PageTextSource textLayer) {
        this(opener, preprocessor, layout, assembler, textLayer, Assessor.standard());
    }

    public Extractor(DocumentOpener opener, PagePreprocessor preprocessor, LayoutAnalyzer layout,
                     ReportAssembler assembler, PageTextSource textLayer, Assessor assessor) {
        this.opener = opener;
        this.preprocessor = preprocessor;
        this.layout = layout;
        this.assembler = assembler;
        this.textLayer = textLayer;
        this.assessor = assessor;
    }

    /** Extracts {@code file} with {@code engine} (owned by the calling thread). */
    public Report extract(Path file, OcrEngine engine) {
        try (OpenedDocument doc = opener.open(file)) {
            List<PageReading> pages = new ArrayList<>();
            List<String> hows = new ArrayList<>();
            List<Warning> notes = new ArrayList<>();
            ColumnTemplate template = null;
            for (int p = 1; p <= doc.pageCount(); p++) {
                PageText text = textLayer.read(doc, p, template, engine);
                PageReading reading = text.fromTextLayer() ? text.reading() : ocrPage(doc, p, engine, template);
                hows.add(text.how());
                if (text.note() != null) notes.add(text.note());
                template = PageReader.templateAfter(reading, template);
                pages.add(reading);
            }
            Source source = new Source(file.getFileName().toString(), doc.sha256(), doc.pageCount(),
                    PageText.kind(doc::kind, hows));
            Report report = assessor.assess(assembler.assemble(source, pages, notes));
            if (report.rows().isEmpty() && !looksLikeReport(report, pages)) {
                throw new ExtractionException(FailureCause.NOT_A_REPORT, file,
                        "no action-plan table or heading on its " + doc.pageCount() + " page(s)");
            }
            return report;
        } catch (ExtractionException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new ExtractionException(FailureCause.INTERNAL, file, e.toString(), e);
        }
    }

    /** Page {@code p} rendered and OCR'd: image → layout → ocr. */
    private PageReading ocrPage(OpenedDocument doc, int p, OcrEngine engine, ColumnTemplate template) {
        PageImage img = doc.page(p);
        PreparedPage prepared = preprocessor.prepare(p, img.image(), img.dpi());
        PageLayout pl = layout.analyze(prepared);
        return reader.read(pl, engine, template);
    }

    /**
     * A document without rows still counts as a report when a report table or the plan's title was seen,
     * or when it is an official letter: its memo number or date was read.
     */
    private static boolean looksLikeReport(Report report, List<PageReading> pages) {
        if (!report.levels().isEmpty()) return true;
        if (report.document().memoNumber() != null || report.document().memoDate() != null) return true;
        for (PageReading p : pages) {
            String t = p.freeText() == null ? "" : p.freeText().text();
            if (t.contains("কর্মপরিকল্পনা") || t.contains("ই-গভর্ন্যান্স")) return true;
        }
        return false;
    }

    static int rowCount(Report r) {
        return r.rows().size();
    }

    static long warnedRows(Report r) {
        return r.rows().stream().map(Row::indicator).filter(i -> r.warnings().stream()
                .anyMatch(w -> i.code() != null && i.code().equals(w.indicator()))).count();
    }
}
