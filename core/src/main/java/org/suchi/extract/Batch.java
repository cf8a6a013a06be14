package org.suchi.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.suchi.io.AtomicFile;
import org.suchi.io.Printable;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEnginePool;

/**
 * {@code extract}: a list of files through the one scheduler ({@link DocumentRunner}), one output line
 * per file in input order. A failing file is reported on one line and the others go on; every output
 * is written atomically as soon as it is done.
 */
public final class Batch {
    private Batch() {}

    /** Outcome of a batch: how many succeeded, and the failures by cause. */
    public record Summary(int done, Map<FailureCause, Integer> failed) {
        /** 0 when all succeeded; a cause's code when every failure had that cause; 1 for mixed causes. */
        public int exitCode() {
            if (failed.isEmpty()) return 0;
            if (failed.size() == 1) return failed.keySet().iterator().next().exitCode();
            return 1;
        }
    }

    /** Result of one file. */
    public record Outcome(Path input, Path output, Report report, ExtractionException error, long millis) {}

    /** Pages from which a document is long enough to show its progress. */
    static final int LONG_DOCUMENT = 10;

    /** How often a long document's progress is shown on the error stream. */
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);

    /** {@link #run(List, Path, PipelineSettings, int, Duration, PrintStream, PrintStream)} with the default time limit. */
    public static Summary run(List<Path> inputs, Path outDir, PipelineSettings settings, int jobs,
                              PrintStream out, PrintStream err) {
        return run(inputs, outDir, settings, jobs, DocumentRunner.DEFAULT_TIMEOUT, out, err);
    }

    /**
     * Extracts {@code inputs} on {@code jobs} workers ({@link DocumentRunner}: pages of several documents
     * overlapping, older documents first, each within {@code timeout}), and prints one line per file in
     * input order; a long document ({@link #LONG_DOCUMENT} pages or more) running longer than
     * {@link #PROGRESS_EVERY} shows its pages done of N and the time left (counted in pages) on
     * {@code err}. Nothing is extracted when the output folder cannot be written.
     */
    public static Summary run(List<Path> inputs, Path outDir, PipelineSettings settings, int jobs, Duration timeout,
                              PrintStream out, PrintStream err) {
        return run(inputs, outDir, settings, jobs, timeout, PROGRESS_EVERY, out, err);
    }

    static Summary run(List<Path> inputs, Path outDir, PipelineSettings settings, int jobs, Duration timeout,
                       Duration progressEvery, PrintStream out, PrintStream err) {
        Map<FailureCause, Integer> failed = new EnumMap<>(FailureCause.class);
        try {
            AtomicFile.checkWritable(outDir);
        } catch (IOException e) {
            ExtractionException x = new ExtractionException(FailureCause.OUTPUT_UNWRITABLE, outDir, AtomicFile.reason(e));
            err.println("error: " + x.userMessage());
            failed.put(FailureCause.OUTPUT_UNWRITABLE, inputs.size());
            return new Summary(0, failed);
        }
        Extractor extractor = Pipeline.extractor(settings);
        Map<Path, Path> outputs = outputNames(inputs, outDir);
        int done = 0;
        AtomicBoolean outputBroken = new AtomicBoolean();
        ExecutorService feeder = Executors.newSingleThreadExecutor(DocumentRunner.daemon("extract-feeder"));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(DocumentRunner.daemon("extract-progress"));
        BlockingQueue<CompletableFuture<Outcome>> results = new LinkedBlockingQueue<>();
        List<DocumentRunner.Job> running = new CopyOnWriteArrayList<>();
        try (OcrEnginePool engines = Pipeline.engines(settings);
             DocumentRunner runner = new DocumentRunner(extractor, engines::engine, jobs, DocumentRunner.DEFAULT_WINDOW, timeout)) {
            feeder.execute(() -> {
                for (Path in : inputs) {
                    long t0 = System.nanoTime();
                    Path target = outputs.get(in);
                    if (outputBroken.get()) {
                        results.add(CompletableFuture.completedFuture(new Outcome(in, target, null,
                                new ExtractionException(FailureCause.OUTPUT_UNWRITABLE, in,
                                        "not extracted: the output folder " + outDir + " cannot be written"), 0)));
                        continue;
                    }
                    DocumentRunner.Job job = runner.submit(in, n -> { });
                    running.add(job);
                    results.add(job.result().handle((report, error) -> {
                        running.remove(job);
                        Outcome o = outcome(in, target, report, error, t0);
                        if (o.error() != null && o.error().failureCause() == FailureCause.OUTPUT_UNWRITABLE) outputBroken.set(true);
                        return o;
                    }));
                }
            });
            long every = progressEvery.toMillis();
            ticker.scheduleAtFixedRate(() -> running.forEach(j -> progress(j, progressEvery, err)), every, every, TimeUnit.MILLISECONDS);
            for (int i = 0; i < inputs.size(); i++) {
                Outcome o;
                try {
                    o = results.take().join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                if (o.error() != null) {
                    err.println("error: " + o.error().userMessage());
                    failed.merge(o.error().failureCause(), 1, Integer::sum);
                } else {
                    done++;
                    out.printf("%s: %d rows, %d warnings, %.1f s -> %s%n", Printable.of(o.input().getFileName()),
                            o.report().rows().size(), o.report().warnings().size(), o.millis() / 1000.0,
                            Printable.of(o.output()));
                }
            }
        } finally {
            ticker.shutdownNow();
            feeder.shutdownNow();
        }
        return new Summary(done, failed);
    }

    /** One progress line for a document that has run longer than {@code every}: pages done of N and the time left. */
    static void progress(DocumentRunner.Job job, Duration every, PrintStream err) {
        Duration t = job.elapsed();
        int n = job.pageCount(), done = job.pagesDone();
        if (t.compareTo(every) < 0 || n < LONG_DOCUMENT) return;
        String eta = done == 0 ? "unknown" : formatDuration(Duration.ofMillis(t.toMillis() * (n - done) / done));
        err.printf("progress: %s: %d of %d pages, %s elapsed, about %s left%n", Printable.of(job.file().getFileName()),
                done, n, formatDuration(t), eta);
    }

    static String formatDuration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d h %02d min", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%d min %02d s", s / 60, s % 60) : s + " s";
    }

    /** The outcome of one document's extraction: its report written to {@code target}, or its failure. */
    private static Outcome outcome(Path in, Path target, Report report, Throwable error, long t0) {
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (error != null) return new Outcome(in, target, null, DocumentRunner.failure(in, error), ms);
        try {
            ReportJson.write(report, target);
            return new Outcome(in, target, report, null, ms);
        } catch (IOException e) {
            return new Outcome(in, target, null, new ExtractionException(FailureCause.OUTPUT_UNWRITABLE, target,
                    "cannot write " + target + ": " + AtomicFile.reason(e), e), ms);
        } catch (RuntimeException e) {
            return new Outcome(in, target, null,
                    new ExtractionException(FailureCause.INTERNAL, target, "cannot write output: " + e, e), ms);
        }
    }

    /** OUT/NAME.json per input; inputs whose names clash (a.pdf, a.png or the same name in two folders) get OUT/a.pdf.json, then a numbered suffix. */
    static Map<Path, Path> outputNames(List<Path> inputs, Path outDir) {
        Map<String, Integer> stems = new HashMap<>();
        for (Path p : inputs) stems.merge(stem(p), 1, Integer::sum);
        Map<Path, Path> out = new HashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (Path p : inputs) {
            String name = stems.get(stem(p)) == 1 ? stem(p) : p.getFileName().toString();
            int n = used.merge(name, 1, Integer::sum);
            if (n > 1) name = name + "-" + n;
            out.put(p, outDir.resolve(name + ".json"));
        }
        return out;
    }

    static String stem(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
