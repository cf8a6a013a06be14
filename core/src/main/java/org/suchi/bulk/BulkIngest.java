package org.suchi.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.suchi.extract.DocumentStages;
import org.suchi.extract.Extractor;
import org.suchi.extract.PagedExtraction;
import org.suchi.extract.ReportJson;
import org.suchi.ingest.DocumentOpener;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEngine;

/**
 * A bulk run: every input extracted to the output folder, pages of several documents overlapping on
 * {@code jobs} worker threads, each result written atomically and then journaled, so that a run killed
 * at any moment and started again ends with the same files as one that was never interrupted.
 *
 * <p>Per input, in the order the inputs are found: its sha256; skipped when the journal has its report
 * for the same bytes; skipped (and counted as failed) when the quarantine list has it; copied from the
 * report of an earlier input with the same bytes; otherwise extracted ({@link PagedExtraction}) with a
 * time limit. A finished report is written (temporary file, fsync, move), given to the
 * {@link ResultSink}, and only then appended to the journal (fsync). A failure goes to
 * {@code _failed.jsonl} with its cause and the run goes on.
 */
public final class BulkIngest {
    private final DocumentStages stages;
    private final Supplier<OcrEngine> engine;
    private final IngestOptions options;
    private final ResultSink sink;
    private final IngestProgress progress;
    private final PrintStream err;

    /**
     * @param engine the OCR engine of the calling worker thread (e.g. {@code OcrEnginePool::engine})
     * @param err    where each failure gets its one {@code error:} line
     */
    public BulkIngest(DocumentStages stages, Supplier<OcrEngine> engine, IngestOptions options, ResultSink sink,
                      IngestProgress progress, PrintStream err) {
        this.stages = stages;
        this.engine = engine;
        this.options = options;
        this.sink = sink;
        this.progress = progress;
        this.err = err;
    }

    public IngestSummary run(List<Path> sources, Path outDir) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(outDir);
        Outputs.removeTemporaries(outDir);
        Inputs.Found found = Inputs.find(sources, outDir);
        Run run = new Run(outDir);
        int stuck;
        try (Journal journal = Journal.open(outDir)) {
            run.journal = journal;
            progress.start(found.files().size());
            for (Journal.Done d : journal.allDone()) {
                Path out = outDir.resolve(d.output());
                if (Files.isRegularFile(out)) run.bySha.putIfAbsent(d.sha256(), CompletableFuture.completedFuture(out));
            }
            for (InputFile in : found.files()) run.submit(in);
            run.awaitAll();
            sink.commit();
            stuck = run.stuck();
        } finally {
            run.shutdown();
            progress.close();
        }
        return new IngestSummary(run.done.get(), run.copied.get(), run.skipped.get(), run.failed, run.failedEarlier,
                found.ignored(), run.pages.get(), run.warnings.get(), stuck,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The state of one run. */
    private final class Run {
        final Path outDir;
        Journal journal;
        final ThreadPoolExecutor pool;
        final ScheduledExecutorService timer;
        final Semaphore slots;
        final Map<String, CompletableFuture<Path>> bySha = new HashMap<>();
        final List<CompletableFuture<?>> pending = new ArrayList<>();
        final Map<FailureCause, Integer> failed = new EnumMap<>(FailureCause.class);
        final Map<FailureCause, Integer> failedEarlier = new EnumMap<>(FailureCause.class);
        final AtomicInteger done = new AtomicInteger(), copied = new AtomicInteger(), skipped = new AtomicInteger();
        final AtomicInteger busyAfterTimeout = new AtomicInteger();
        final AtomicLong pages = new AtomicLong(), warnings = new AtomicLong();
        long order;

        Run(Path outDir) {
            this.outDir = outDir;
            int jobs = options.jobs();
            // a priority queue: older documents first, a document's OCR before preparing more of its pages
            this.pool = new ThreadPoolExecutor(jobs, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new PriorityBlockingQueue<>(),
                    daemonThreads("ingest-worker"));
            this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("ingest-timer"));
            this.slots = new Semaphore(options.documentsInFlight());
        }

        void submit(InputFile in) throws IOException {
            Path out = outDir.resolve(in.output());
            String sha;
            try {
                sha = DocumentOpener.sha256(in.path());
            } catch (ExtractionException e) {
                sha = "";
            }
            if (journal.done(in.output(), sha) != null && Files.isRegularFile(out)) {
                skipped.incrementAndGet();
                progress.file(IngestProgress.Outcome.SKIPPED);
                if (sink != ResultSink.NONE) sink.accept(out, ReportJson.read(out)); // the killed run may not have committed it
                return;
            }
            Journal.Failed earlier = journal.failed(in.output(), sha);
            if (earlier != null) {
                count(failedEarlier, earlier.failureCause());
                progress.file(IngestProgress.Outcome.FAILED);
                return;
            }
            CompletableFuture<Path> first = bySha.get(sha);
            if (first != null && !sha.isEmpty()) {
                final String s = sha;
                pending.add(first.handle((from, error) -> copy(in, s, from, error)));
                return;
            }
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            PagedExtraction job = PagedExtraction.start(stages, in.path(), pool, engine, options.window(), order++, n -> {
                pages.addAndGet(n);
                progress.pagesRead(n);
            });
            // the time limit counts from the file's start, not from its submission (it may wait behind others)
            var limit = job.started().thenApply(v ->
                    timer.schedule(() -> timeOut(job, in), options.timeout().toMillis(), TimeUnit.MILLISECONDS));
            final String s = sha;
            CompletableFuture<Path> result = job.result().handle((report, error) -> {
                slots.release();
                limit.thenAccept(t -> t.cancel(false));
                return finish(in, s, report, error);
            });
            if (!sha.isEmpty()) bySha.put(sha, result);
            pending.add(result);
        }

        /** Gives up on a document; a worker stuck in it is replaced until its task returns. */
        void timeOut(PagedExtraction job, InputFile in) {
            boolean busy = job.cancel(new ExtractionException(FailureCause.TIMEOUT, in.path(),
                    "not finished after " + options.timeout().toSeconds() + " s"));
            if (!busy) return;
            busyAfterTimeout.incrementAndGet();
            resize(+1);
            job.whenIdle(() -> {
                busyAfterTimeout.decrementAndGet();
                resize(-1);
            });
        }

        synchronized void resize(int delta) {
            pool.setCorePoolSize(Math.max(options.jobs(), pool.getCorePoolSize() + delta));
        }

        /** Writes, offers and journals a finished report; quarantines a failure. Returns the report's path. */
        Path finish(InputFile in, String sha, Report report, Throwable error) {
            Path out = outDir.resolve(in.output());
            try {
                if (error != null) throw quarantine(in, sha, cause(in, error));
                Outputs.write(report, out);
                sink.accept(out, report);
                journal.append(new Journal.Done(in.output(), in.name(), sha, report.source().pages(),
                        report.rows().size(), report.warnings().size(), null));
                done.incrementAndGet();
                warnings.addAndGet(report.warnings().size());
                progress.file(IngestProgress.Outcome.DONE);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The report of an input whose bytes equal an earlier one's: copied, not extracted again. */
        Path copy(InputFile in, String sha, Path from, Throwable error) {
            Path out = outDir.resolve(in.output());
            try {
                if (error != null) {
                    ExtractionException first = cause(in, error);
                    throw quarantine(in, sha, new ExtractionException(first.failureCause(), in.path(),
                            "same bytes as a file that failed: " + first.getMessage()));
                }
                Report r = Outputs.copy(from, in.path().getFileName().toString(), out);
                sink.accept(out, r);
                journal.append(new Journal.Done(in.output(), in.name(), sha, r.source().pages(), r.rows().size(),
                        r.warnings().size(), outDir.relativize(from).toString().replace('\\', '/')));
                copied.incrementAndGet();
                warnings.addAndGet(r.warnings().size());
                progress.file(IngestProgress.Outcome.COPIED);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private ExtractionException cause(InputFile in, Throwable error) {
            Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            return Extractor.failure(in.path(), t);
        }

        private ExtractionException quarantine(InputFile in, String sha, ExtractionException e) throws IOException {
            // a changed input that now fails must not leave its old report behind
            Files.deleteIfExists(outDir.resolve(in.output()));
            journal.append(Journal.Failed.of(in, sha, e));
            synchronized (failed) {
                count(failed, e.failureCause());
            }
            err.println("error: " + e.userMessage());
            progress.file(IngestProgress.Outcome.FAILED);
            return e;
        }

        void awaitAll() {
            for (CompletableFuture<?> f : pending) {
                try {
                    f.join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof UncheckedIOException io) throw io;
                    // an extraction failure: already quarantined
                }
            }
        }

        int stuck() {
            return busyAfterTimeout.get();
        }

        void shutdown() {
            timer.shutdownNow();
            pool.shutdownNow();
        }
    }

    private static void count(Map<FailureCause, Integer> m, FailureCause c) {
        m.merge(c, 1, Integer::sum);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
