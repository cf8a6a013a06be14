package org.suchi.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.suchi.extract.DocumentStages;
import org.suchi.ingest.OpenedDocument;
import org.suchi.ingest.PageImage;
import org.suchi.layout.PageLayout;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEngine;
import org.suchi.reading.ColumnTemplate;
import org.suchi.reading.PageReading;
import org.suchi.textlayer.PageText;

/**
 * The extraction's stages, unchanged, that also make each page's archive text layer while the page is read
 * ({@link DocumentStages#pageRead}: on the worker that read it, from its own cell readings and prepared image),
 * so that {@code suchi ingest --pdf} reads every page once: the archive copy is then written from what was kept
 * here ({@link #take}), a few kilobytes a page, with no OCR of its own. A page whose layer could not be made (not
 * rendered, or its full-page OCR failed) is left out and read again when the copy is written.
 * <p>
 * The full-page OCR runs on the worker's own engine (the one that read the page). Thread-safe. Layers of a document whose extraction failed are never taken; they stay until {@link #take}
 * or {@link #forget} of the same file (a later attempt of the same input replaces them page by page).
 */
public final class ArchiveStages implements DocumentStages {
    private final DocumentStages inner;
    private final ArchiveWriter writer;
    private final Map<Path, Map<Integer, ArchiveWriter.PageLayer>> layers = new ConcurrentHashMap<>();

    /** @param writer the writer that makes the layers */
    public ArchiveStages(DocumentStages inner, ArchiveWriter writer) {
        this.inner = inner;
        this.writer = writer;
    }

    @Override
    public OpenedDocument open(Path file) {
        forget(file); // a new attempt starts afresh
        return inner.open(file);
    }

    @Override
    public PageLayout prepare(PageImage page) {
        return inner.prepare(page);
    }

    @Override
    public PageReading read(PageLayout page, OcrEngine engine, ColumnTemplate previous) {
        return inner.read(page, engine, previous);
    }

    @Override
    public PageText text(OpenedDocument doc, int page, ColumnTemplate previous, OcrEngine engine) {
        return inner.text(doc, page, previous, engine);
    }

    @Override
    public boolean rendersAhead(OpenedDocument doc) {
        return inner.rendersAhead(doc);
    }

    @Override
    public ColumnTemplate templateAfter(PageReading reading, ColumnTemplate previous) {
        return inner.templateAfter(reading, previous);
    }

    @Override
    public Report finish(OpenedDocument doc, List<PageReading> pages, List<PageText> texts) {
        return inner.finish(doc, pages, texts);
    }

    @Override
    public void pageRead(Path file, int page, PageLayout layout, PageText text, PageReading reading, OcrEngine engine) {
        inner.pageRead(file, page, layout, text, reading, engine);
        ArchiveWriter.PageLayer layer;
        try {
            layer = writer.layer(layout, text, reading, engine);
        } catch (RuntimeException e) {
            return; // the archive copy reads this page itself; the extraction goes on
        }
        if (layer != null) layers.computeIfAbsent(key(file), k -> new ConcurrentHashMap<>()).put(page, layer);
    }

    /** The layers made for {@code file}'s pages (page number to layer), removed from here; empty when none. */
    public Map<Integer, ArchiveWriter.PageLayer> take(Path file) {
        Map<Integer, ArchiveWriter.PageLayer> m = layers.remove(key(file));
        return m == null ? Map.of() : Map.copyOf(m);
    }

    /** Drops what was kept for {@code file}. */
    public void forget(Path file) {
        layers.remove(key(file));
    }

    /** Documents with layers kept. */
    public int held() {
        return layers.size();
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
