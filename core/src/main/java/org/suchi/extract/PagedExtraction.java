package org.suchi.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.suchi.model.ExtractionException;
import org.suchi.ingest.OpenedDocument;
import org.suchi.ingest.PageImage;
import org.suchi.layout.PageLayout;
import org.suchi.model.Report;
import org.suchi.reading.ColumnTemplate;
import org.suchi.ocr.OcrEngine;
import org.suchi.reading.PageReading;
import org.suchi.textlayer.PageText;

/**
 * One document extracted on an executor that the caller owns, its pages overlapping: page images are
 * rendered one at a time (the document is not thread-safe), prepared (image clean-up, table layout)
 * in parallel, and read by OCR strictly in page order (a continuation page takes its column roles
 * from the pages before it), then reduced to the report. At most {@code window} pages are rendered
 * ahead of the page being read, so a 300-page PDF holds a few page images, never all of them.
 *
 * <p>The result is the same report as {@link DocumentStages#extract} gives on one thread. Nothing
 * here is global: the executor, the engine of the running thread and the stages are passed in.
 * Tasks are {@link Task}s, so a priority executor can run older documents first and a document's OCR
 * (its critical path) before its next pages' preparation.
 */
public final class PagedExtraction {
    /** Task ranks: a document's OCR and reduce go before preparing more of its pages. */
    static final int READ = 0, PREPARE = 1;

    /** A unit of work of one document; ordered by document, then rank, then page. */
    public record Task(long document, int rank, int page, Runnable body) implements Runnable, Comparable<Task> {
        @Override public void run() { body.run(); }

        @Override
        public int compareTo(Task o) {
            if (document != o.document) return Long.compare(document, o.document);
            if (rank != o.rank) return Integer.compare(rank, o.rank);
            return Integer.compare(page, o.page);
        }
    }

    private final DocumentStages stages;
    private final Path file;
    private final Executor executor;
    private final Supplier<OcrEngine> engine;
    private final int window;
    private final long order;
    private final IntConsumer pagesRead;
    private final CompletableFuture<Report> result = new CompletableFuture<>();
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    /** Held while rendering a page, finishing or closing: the document is used by one thread at a time. */
    private final Object documentLock = new Object();

    // guarded by documentLock
    private OpenedDocument doc;
    private boolean closed;

    // guarded by this
    private int pages = -1;
    private int nextPrepare = 1, nextRead = 1;
    private boolean reading, finishing;
    private final Map<Integer, PageLayout> prepared = new HashMap<>();
    private final List<PageReading> readings = new ArrayList<>();
    private final List<PageText> texts = new ArrayList<>();
    /** Whether pages are rendered and prepared ahead (not for a document read from its text layer). */
    private boolean ahead = true;
    private ColumnTemplate template;
    private int running;
    private final List<Runnable> whenIdle = new ArrayList<>();

    private PagedExtraction(DocumentStages stages, Path file, Executor executor, Supplier<OcrEngine> engine,
                            int window, long order, IntConsumer pagesRead) {
        if (window < 1) throw new IllegalArgumentException("window " + window);
        this.stages = stages;
        this.file = file;
        this.executor = executor;
        this.engine = engine;
        this.window = window;
        this.order = order;
        this.pagesRead = pagesRead;
    }

    /**
     * Starts extracting {@code file}.
     *
     * @param engine    the OCR engine of the calling thread (e.g. {@code OcrEnginePool::engine})
     * @param window    pages rendered ahead of the page being read
     * @param order     this document's place among others (lower runs first on a priority executor)
     * @param pagesRead told of every page read
     */
    public static PagedExtraction start(DocumentStages stages, Path file, Executor executor, Supplier<OcrEngine> engine,
                                        int window, long order, IntConsumer pagesRead) {
        PagedExtraction x = new PagedExtraction(stages, file, executor, engine, window, order, pagesRead);
        x.submit(READ, 0, x::open);
        return x;
    }

    /** The report, or an {@link ExtractionException} (wrapped in a CompletionException by joins). */
    public CompletableFuture<Report> result() {
        return result;
    }

    /** The document's page count, or -1 before it is open. */
    public synchronized int pageCount() {
        return pages;
    }

    /** Completes when the document's first task begins (it may wait in the executor's queue before). */
    public CompletableFuture<Void> started() {
        return started;
    }

    /**
     * Gives up on the document with {@code cause} (e.g. a timeout): its result fails at once and its
     * queued tasks do nothing. A task already running (say, OCR of a pathological page) cannot be
     * stopped; the answer says whether one is, and {@link #whenIdle} tells when it has returned.
     */
    public boolean cancel(ExtractionException cause) {
        fail(cause);
        synchronized (this) {
            return running > 0;
        }
    }

    /** Runs {@code r} once no task of this document is running (at once when none is). */
    public void whenIdle(Runnable r) {
        synchronized (this) {
            if (running > 0) {
                whenIdle.add(r);
                return;
            }
        }
        r.run();
    }

    private void submit(int rank, int page, Runnable body) {
        executor.execute(new Task(order, rank, page, () -> run(body)));
    }

    private void run(Runnable body) {
        synchronized (this) {
            if (result.isDone()) return;
            running++;
        }
        try {
            body.run();
        } catch (Throwable e) {
            fail(Extractor.failure(file, e));
        } finally {
            List<Runnable> idle = null;
            synchronized (this) {
                running--;
                if (running == 0 && result.isDone()) {
                    idle = new ArrayList<>(whenIdle);
                    whenIdle.clear();
                }
            }
            if (idle != null) {
                // the last task of a finished or failed document: nothing else can be using it now
                closeDocument();
                idle.forEach(Runnable::run);
            }
        }
    }

    private void fail(ExtractionException e) {
        result.completeExceptionally(e);
        synchronized (this) {
            prepared.clear();
            if (running > 0) return;
        }
        closeDocument();
    }

    private void closeDocument() {
        synchronized (documentLock) {
            if (closed) return;
            closed = true;
            if (doc != null) doc.close();
        }
    }

    private void open() {
        started.complete(null);
        OpenedDocument d = stages.open(file);
        synchronized (documentLock) {
            if (closed) {
                d.close();
                return;
            }
            doc = d;
        }
        boolean renders;
        synchronized (documentLock) {
            renders = stages.rendersAhead(d);
        }
        synchronized (this) {
            pages = d.pageCount();
            ahead = renders;
        }
        pump();
    }

    /** Submits what can run now: more pages to prepare, the next page to read, or the reduce. */
    private synchronized void pump() {
        if (result.isDone() || pages < 0) return;
        while (ahead && nextPrepare <= pages && nextPrepare < nextRead + window) {
            int p = nextPrepare++;
            submit(PREPARE, p, () -> prepare(p));
        }
        if (!reading && nextRead <= pages && (!ahead || prepared.containsKey(nextRead))) {
            reading = true;
            int p = nextRead;
            submit(READ, p, () -> read(p));
        }
        if (nextRead > pages && !finishing) {
            finishing = true;
            submit(READ, pages + 1, this::finish);
        }
    }

    private void prepare(int page) {
        PageImage img;
        synchronized (documentLock) {
            if (closed) return;
            img = doc.page(page);
        }
        PageLayout layout = stages.prepare(img);
        synchronized (this) {
            if (result.isDone()) return;
            prepared.put(page, layout);
        }
        pump();
    }

    private void read(int page) {
        PageLayout layout;
        ColumnTemplate previous;
        synchronized (this) {
            if (result.isDone()) return; // cancelled meanwhile
            layout = prepared.remove(page);
            previous = template;
        }
        OcrEngine eng = engine.get();
        // the text layer first (in page order: a continuation page needs the template); else OCR
        PageText text;
        synchronized (documentLock) {
            if (closed) return;
            text = stages.text(doc, page, previous, eng);
        }
        PageReading r;
        if (text.fromTextLayer()) {
            r = text.reading();
        } else {
            if (layout == null) { // not prepared ahead
                PageImage img;
                synchronized (documentLock) {
                    if (closed) return;
                    img = doc.page(page);
                }
                layout = stages.prepare(img);
            }
            r = stages.read(layout, eng, previous);
        }
        if (!result.isDone()) stages.pageRead(file, page, layout, text, r, eng); // not for a document given up meanwhile
        synchronized (this) {
            readings.add(r);
            texts.add(text);
            template = stages.templateAfter(r, previous);
            nextRead = page + 1;
            reading = false;
        }
        pagesRead.accept(1);
        pump();
    }

    private void finish() {
        Report report;
        synchronized (documentLock) {
            if (closed) return;
            List<PageReading> all;
            List<PageText> how;
            synchronized (this) {
                all = List.copyOf(readings);
                how = List.copyOf(texts);
            }
            report = stages.finish(doc, all, how);
        }
        closeDocument();
        result.complete(report);
    }
}
