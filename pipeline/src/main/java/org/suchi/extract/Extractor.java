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
import org.suchi.ocr.ColumnTemplate;
import org.suchi.ocr.OcrEngine;
import org.suchi.ocr.PageReader;
import org.suchi.ocr.PageReading;

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

    public Extractor(DocumentOpener opener, PagePreprocessor preprocessor, LayoutAnalyzer layout,
                     ReportAssembler assembler, Assessor assessor) {
        this.opener = opener;
        this.preprocessor = preprocessor;
        this.layout = layout;
        this.assembler = assembler;
        this.assessor = assessor;
    }

    /** With the project's assessment rules ({@link Assessor#standard()}). */
    public Extractor(DocumentOpener opener, PagePreprocessor preprocessor, LayoutAnalyzer layout,
                     ReportAssembler assembler) {
        this(opener, preprocessor, layout, assembler, Assessor.standard());
    }

    /** Extracts {@code file} with {@code engine} (owned by the calling thread). */
    public Report extract(Path file, OcrEngine engine) {
        try (OpenedDocument doc = opener.open(file)) {
            List<PageReading> pages = new ArrayList<>();
            ColumnTemplate template = null;
            for (int p = 1; p <= doc.pageCount(); p++) {
                PageImage img = doc.page(p);
                PreparedPage prepared = preprocessor.prepare(p, img.image(), img.dpi());
                PageLayout pl = layout.analyze(prepared);
                PageReading reading = reader.read(pl, engine, template);
                template = PageReader.templateAfter(reading, template);
                pages.add(reading);
            }
            Source source = new Source(file.getFileName().toString(), doc.sha256(), doc.pageCount(), doc.kind());
            Report report = assessor.assess(assembler.assemble(source, pages));
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

    /** A document without rows still counts as a report when a report table or the plan's title was seen. */
    private static boolean looksLikeReport(Report report, List<PageReading> pages) {
        if (!report.levels().isEmpty()) return true;
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
