package org.suchi.bulk;

import java.io.IOException;
import java.io.PrintStream;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.suchi.extract.DocumentRunner;
import org.suchi.extract.DocumentStages;
import org.suchi.extract.ReportJson;
import org.suchi.ingest.InputGuard;
import org.suchi.io.AtomicFile;
import org.suchi.io.Printable;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEngine;

/**
 * A bulk run: every input extracted to the output folder, pages of several documents overlapping on
 * {@code jobs} worker threads, each result written atomically and then journaled, so that a run killed
 * at any moment and started again ends with the same files as one that was never interrupted.
 *
 * <p>One run at a time per output folder ({@link OutputLock}). Per input, in the order the inputs are
 * found: the guard (regular files only) and its sha256 under the time limit; skipped when the journal has its report
 * for the same bytes; skipped (and counted as failed) when the quarantine list has it; copied from the
 * report of an earlier input with the same bytes; otherwise extracted ({@link PagedExtraction}) with a
 * time limit. A finished report is written (temporary file, fsync, move), given to the
 * {@link ResultSink}, and only then appended to the journal (fsync). A failure goes to
 * {@code _failed.jsonl} with its cause and the run goes on; when the output cannot be written (read-only,
 * full disk) nothing more is started and the run ends with its summary.
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

    /**
     * Runs over {@code sources} into {@code outDir}.
     *
     * @throws OutputLock.LockedException when another run writes into {@code outDir}
     * @throws ExtractionException        ({@link FailureCause#OUTPUT_UNWRITABLE}) when {@code outDir} cannot be written
     */
    public IngestSummary run(List<Path> sources, Path outDir) throws IOException {
        long t0 = System.nanoTime();
        try {
            AtomicFile.checkWritable(outDir);
        } catch (IOException e) {
            throw new ExtractionException(FailureCause.OUTPUT_UNWRITABLE, outDir, AtomicFile.reason(e), e);
        }
        try (OutputLock lock = OutputLock.acquire(outDir)) {
            return locked(sources, outDir, t0);
        }
    }

    private IngestSummary locked(List<Path> sources, Path outDir, long t0) throws IOException {
        Outputs.removeTemporaries(outDir);
        Inputs.Found found = Inputs.find(sources, outDir);
        Run run = new Run(outDir);
        int stuck;
        try (Journal journal = Journal.open(outDir)) {
            run.journal = journal;
            if (journal.unreadableLines() > 0) {
                err.println("warning: " + Printable.of(outDir) + ": " + journal.unreadableLines()
                        + " unreadable line(s) in " + Journal.DONE_FILE + "/" + Journal.FAILED_FILE
                        + " skipped (their files are extracted again)");
            }
            if (options.retryFailed()) journal.retryFailed();
            progress.start(found.files().size());
            for (var e : found.unreadable().entrySet()) {
                run.refuse(new ExtractionException(FailureCause.NOT_FOUND, e.getKey(), "cannot be listed: " + e.getValue()));
            }
            for (Journal.Done d : journal.allDone()) {
                Path out = outDir.resolve(d.output());
                if (Files.isRegularFile(out)) run.bySha.putIfAbsent(d.sha256(), CompletableFuture.completedFuture(out));
            }
            for (InputFile in : found.files()) run.submit(in);
            run.awaitAll();
            if (!run.outputBroken.get()) sink.commit();
            stuck = run.runner.stuck();
        } finally {
            run.runner.close();
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
        final DocumentRunner runner;
        final Map<String, CompletableFuture<Path>> bySha = new HashMap<>();
        final List<CompletableFuture<?>> pending = new ArrayList<>();
        final Map<FailureCause, Integer> failed = new EnumMap<>(FailureCause.class);
        final Map<FailureCause, Integer> failedEarlier = new EnumMap<>(FailureCause.class);
        final AtomicInteger done = new AtomicInteger(), copied = new AtomicInteger(), skipped = new AtomicInteger();
        final AtomicLong pages = new AtomicLong(), warnings = new AtomicLong();
        /** Set once a report, the journal or the index could not be written: nothing more is started. */
        final AtomicBoolean outputBroken = new AtomicBoolean();

        Run(Path outDir) {
            this.outDir = outDir;
            this.runner = new DocumentRunner(stages, engine, options.jobs(), options.window(), options.timeout());
        }

        void submit(InputFile in) throws IOException {
            if (outputBroken.get()) {
                refuse(new ExtractionException(FailureCause.OUTPUT_UNWRITABLE, in.path(),
                        "not started: the output could not be written"));
                return;
            }
            Path out = outDir.resolve(in.output());
            String sha;
            try {
                // regular files only, read under the time limit: a FIFO or a device never blocks the run
                sha = InputGuard.sha256(in.path(), options.timeout());
            } catch (ExtractionException e) {
                refuse(e);
                return;
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
            if (first != null) {
                pending.add(first.handle((from, error) -> copy(in, sha, from, error)));
                return;
            }
            DocumentRunner.Job job = runner.submit(in.path(), n -> {
                pages.addAndGet(n);
                progress.pagesRead(n);
            });
            CompletableFuture<Path> result = job.result().handle((report, error) -> finish(in, sha, report, error));
            bySha.put(sha, result);
            pending.add(result);
        }

        /** A file not even tried (not a regular file, unreadable, output broken): one error line, counted, not quarantined. */
        void refuse(ExtractionException e) {
            synchronized (failed) {
                count(failed, e.failureCause());
            }
            err.println("error: " + e.userMessage());
            progress.file(IngestProgress.Outcome.FAILED);
        }

        /** Writes, offers and journals a finished report; quarantines a failure. Returns the report's path (null on failure). */
        Path finish(InputFile in, String sha, Report report, Throwable error) {
            Path out = outDir.resolve(in.output());
            if (error != null) return quarantine(in, sha, DocumentRunner.failure(in.path(), error));
            try {
                Outputs.write(report, out);
                sink.accept(out, report);
                journal.append(new Journal.Done(in.output(), in.name(), sha, report.source().pages(),
                        report.rows().size(), report.warnings().size(), null));
            } catch (IOException e) {
                return outputFailed(in, out, e);
            }
            done.incrementAndGet();
            warnings.addAndGet(report.warnings().size());
            progress.extracted(report.source().pages());
            progress.file(IngestProgress.Outcome.DONE);
            return out;
        }

        /** The report of an input whose bytes equal an earlier one's: copied, not extracted again. */
        Path copy(InputFile in, String sha, Path from, Throwable error) {
            Path out = outDir.resolve(in.output());
            if (error != null || from == null) {
                ExtractionException first = error != null ? DocumentRunner.failure(in.path(), error)
                        : new ExtractionException(FailureCause.OUTPUT_UNWRITABLE, in.path(), "its report could not be written");
                if (first.failureCause() == FailureCause.OUTPUT_UNWRITABLE) {
                    refuse(new ExtractionException(first.failureCause(), in.path(), "same bytes as a file whose report could not be written"));
                    return null;
                }
                return quarantine(in, sha, new ExtractionException(first.failureCause(), in.path(),
                        "same bytes as a file that failed: " + first.getMessage()));
            }
            try {
                Report r = Outputs.copy(from, in.path().getFileName().toString(), out);
                sink.accept(out, r);
                journal.append(new Journal.Done(in.output(), in.name(), sha, r.source().pages(), r.rows().size(),
                        r.warnings().size(), outDir.relativize(from).toString().replace('\\', '/')));
                copied.incrementAndGet();
                warnings.addAndGet(r.warnings().size());
                progress.file(IngestProgress.Outcome.COPIED);
                return out;
            } catch (IOException e) {
                return outputFailed(in, out, e);
            }
        }

        /** A report, the journal or the index could not be written (read-only, full disk): nothing more is started. */
        private Path outputFailed(InputFile in, Path out, IOException e) {
            outputBroken.set(true);
            refuse(new ExtractionException(FailureCause.OUTPUT_UNWRITABLE, in.path(),
                    "its report " + out + " could not be written: " + AtomicFile.reason(e)));
            return null;
        }

        private Path quarantine(InputFile in, String sha, ExtractionException e) {
            try {
                // a changed input that now fails must not leave its old report behind
                Files.deleteIfExists(outDir.resolve(in.output()));
                journal.append(Journal.Failed.of(in, sha, e));
            } catch (IOException io) {
                outputBroken.set(true);
            }
            synchronized (failed) {
                count(failed, e.failureCause());
            }
            err.println("error: " + e.userMessage());
            progress.file(IngestProgress.Outcome.FAILED);
            return null;
        }

        void awaitAll() {
            for (CompletableFuture<?> f : pending) {
                try {
                    f.join();
                } catch (CompletionException e) {
                    // handled where it happened
                }
            }
        }
    }

    private static void count(Map<FailureCause, Integer> m, FailureCause c) {
        m.merge(c, 1, Integer::sum);
    }
}
