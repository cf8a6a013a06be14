package org.suchi.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.suchi.ingest.OpenedDocument;
import org.suchi.ingest.PageImage;
import org.suchi.layout.PageLayout;
import org.suchi.model.Report;
import org.suchi.reading.ColumnTemplate;
import org.suchi.ocr.OcrEngine;
import org.suchi.ocr.PageReader;
import org.suchi.reading.PageReading;
import org.suchi.textlayer.PageText;

/**
 * One document's extraction cut into the steps a scheduler can spread over threads:
 * <ol>
 *   <li>{@link #open}: the file (format, pages, sha256); its pages are rendered one at a time and
 *       never concurrently ({@link OpenedDocument} is not thread-safe);</li>
 *   <li>{@link #prepare}: image clean-up and table layout of one page — independent of every other
 *       page, so pages may be prepared in parallel and in any order;</li>
 *   <li>{@link #read}: OCR of one page, in page order, because a continuation page without its own
 *       header takes its column roles from the last header seen ({@link ColumnTemplate});</li>
 *   <li>{@link #finish}: the per-document reduce from page readings to report/1.</li>
 * </ol>
 * Implementations hold no mutable state, so one instance serves every thread (and can be shipped to
 * a Spark task). {@link #extract} runs the steps in sequence on the calling thread.
 */
public interface DocumentStages {
    OpenedDocument open(Path file);

    PageLayout prepare(PageImage page);

    /** Reads a prepared page with the calling thread's {@code engine}; {@code previous} may be null. */
    PageReading read(PageLayout page, OcrEngine engine, ColumnTemplate previous);

    /**
     * Page {@code page} read from the document's own text (a PDF's text layer) where that is usable;
     * {@link PageText#OCR_ONLY} (the default) to OCR it. Called in page order, before {@link #read}.
     */
    default PageText text(OpenedDocument doc, int page, ColumnTemplate previous, OcrEngine engine) {
        return PageText.OCR_ONLY;
    }

    /** Whether to render and prepare pages ahead of reading: not for a document read from its text. */
    default boolean rendersAhead(OpenedDocument doc) {
        return true;
    }

    /** The template to hand to the next page after {@code reading}. */
    default ColumnTemplate templateAfter(PageReading reading, ColumnTemplate previous) {
        return PageReader.templateAfter(reading, previous);
    }

    /**
     * Told of every page once it is read, on the thread that read it and with that thread's {@code engine},
     * in page order: a hook for work that wants a page's own readings (the archive copy's text layer, which
     * would otherwise read the page again). {@code layout} is the prepared page, or null when the page was
     * read from its text layer without being rendered. Default: nothing. A hook must not throw for a
     * reason of its own: that would fail the document's extraction.
     */
    default void pageRead(Path file, int page, PageLayout layout, PageText text, PageReading reading, OcrEngine engine) {}

    /**
     * The report of {@code doc} from all its page readings, in page order, and how each page was read
     * ({@link #text}'s answers, same order).
     */
    Report finish(OpenedDocument doc, List<PageReading> pages, List<PageText> texts);

    /** The whole document on the calling thread, one page image at a time. */
    default Report extract(Path file, OcrEngine engine) {
        try (OpenedDocument doc = open(file)) {
            List<PageReading> pages = new ArrayList<>();
            List<PageText> texts = new ArrayList<>();
            ColumnTemplate template = null;
            for (int p = 1; p <= doc.pageCount(); p++) {
                PageText text = text(doc, p, template, engine);
                PageLayout layout = text.fromTextLayer() ? null : prepare(doc.page(p));
                PageReading reading = text.fromTextLayer() ? text.reading() : read(layout, engine, template);
                pageRead(file, p, layout, text, reading, engine);
                template = templateAfter(reading, template);
                pages.add(reading);
                texts.add(text);
            }
            return finish(doc, pages, texts);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw Extractor.failure(file, e);
        }
    }
}
