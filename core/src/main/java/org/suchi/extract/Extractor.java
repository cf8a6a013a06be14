package org.suchi.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.suchi.assemble.ReportAssembler;
import org.suchi.assess.Assessor;
import org.suchi.image.PagePreprocessor;
import org.suchi.image.PreparedPage;
import org.suchi.ingest.DocumentOpener;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import org.suchi.ingest.OpenedDocument;
import org.suchi.ingest.PageImage;
import org.suchi.layout.LayoutAnalyzer;
import org.suchi.layout.PageLayout;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.model.Source;
import org.suchi.model.Warning;
import org.suchi.reading.ColumnTemplate;
import org.suchi.ocr.OcrEngine;
import org.suchi.ocr.PageReader;
import org.suchi.reading.PageReading;
import org.suchi.textlayer.PageText;
import org.suchi.textlayer.PageTextSource;

/**
 * One document in, one report/1 out: ingest → image → layout → ocr → assemble → assess. A pure function of
 * the file and the stages it was built with (no global state), so it can run on any worker thread,
 * or later inside a Spark task. Pages are streamed: only one page image is held at a time.
 * The steps are exposed through {@link DocumentStages} so that {@link PagedExtraction} can prepare
 * pages in parallel while OCR goes on in page order.
 */
public final class Extractor implements DocumentStages {
    private final DocumentOpener opener;
    private final PagePreprocessor preprocessor;
    private final LayoutAnalyzer layout;
    private final PageReader reader = new PageReader();
    private final ReportAssembler assembler;
    private final Assessor assessor;
    private final PageTextSource textLayer;

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

    @Override
    public OpenedDocument open(Path file) {
        return opener.open(file);
    }

    @Override
    public PageLayout prepare(PageImage img) {
        PreparedPage prepared = preprocessor.prepare(img.page(), img.image(), img.dpi());
        return layout.analyze(prepared);
    }

    @Override
    public PageReading read(PageLayout page, OcrEngine engine, ColumnTemplate previous) {
        return reader.read(page, engine, previous);
    }

    @Override
    public PageText text(OpenedDocument doc, int page, ColumnTemplate previous, OcrEngine engine) {
        return textLayer.read(doc, page, previous, engine);
    }

    @Override
    public boolean rendersAhead(OpenedDocument doc) {
        // a born-digital PDF's pages come from its text layer: rendering them ahead would be wasted
        return textLayer == PageTextSource.NONE || !Source.TEXT_PDF.equals(doc.kind());
    }

    @Override
    public Report finish(OpenedDocument doc, List<PageReading> pages, List<PageText> texts) {
        List<PageText.How> hows = new ArrayList<>();
        List<Warning> notes = new ArrayList<>();
        for (PageText t : texts) {
            hows.add(t.how());
            if (t.note() != null) notes.add(t.note());
        }
        Source source = new Source(doc.path().getFileName().toString(), doc.sha256(), doc.pageCount(),
                PageText.kind(doc::kind, hows));
        Report report = assessor.assess(assembler.assemble(source, pages, notes));
        if (report.rows().isEmpty() && !looksLikeReport(report, pages)) {
            throw new ExtractionException(FailureCause.NOT_A_REPORT, doc.path(),
                    "no action-plan table or heading on its " + doc.pageCount() + " page(s)");
        }
        return report;
    }

    /** {@code e} as the document's failure: an {@link ExtractionException} stays as it is, running out of memory is {@link FailureCause#RESOURCES}, anything else is internal. */
    public static ExtractionException failure(Path file, Throwable e) {
        if (e instanceof ExtractionException x) return x;
        if (e instanceof StackOverflowError) {
            // endless recursion while reading the file's structure: a page tree or object graph that loops
            return new ExtractionException(FailureCause.CORRUPT, file, "its structure refers to itself in a loop", null);
        }
        if (e instanceof OutOfMemoryError) {
            return new ExtractionException(FailureCause.RESOURCES, file, "ran out of memory (Java heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)", e);
        }
        return new ExtractionException(FailureCause.INTERNAL, file, e.toString(), e);
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
