package org.suchi.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEnginePool;

/**
 * Extracts a list of files on N worker threads (one OCR engine each), pages of several documents
 * overlapping. A failing file is reported on one line and the others go on; every output is written
 * atomically as soon as it is done.
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

    /** Pages rendered and prepared ahead of the page being read, per document. */
    static final int WINDOW = 2;

    /**
     * Extracts {@code inputs} on {@code jobs} workers, pages of several documents overlapping
     * ({@link PagedExtraction}: older documents first, at most {@code jobs + 1} documents open), and
     * prints one line per file in input order.
     */
    public static Summary run(List<Path> inputs, Path outDir, PipelineSettings settings, int jobs,
                              PrintStream out, PrintStream err) {
        Extractor extractor = Pipeline.extractor(settings);
        Map<Path, Path> outputs = outputNames(inputs, outDir);
        Map<FailureCause, Integer> failed = new EnumMap<>(FailureCause.class);
        int done = 0;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(jobs, jobs, 30, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), daemon("extract-worker"));
        ExecutorService feeder = Executors.newSingleThreadExecutor(daemon("extract-feeder"));
        Semaphore open = new Semaphore(jobs + 1);
        BlockingQueue<CompletableFuture<Outcome>> results = new LinkedBlockingQueue<>();
        try (OcrEnginePool engines = Pipeline.engines(settings)) {
            feeder.execute(() -> {
                long order = 0;
                for (Path in : inputs) {
                    open.acquireUninterruptibly();
                    long t0 = System.nanoTime();
                    Path target = outputs.get(in);
                    PagedExtraction job = PagedExtraction.start(extractor, in, pool, engines::engine, WINDOW, order++, n -> { });
                    results.add(job.result().handle((report, error) -> {
                        open.release();
                        return outcome(in, target, report, error, t0);
                    }));
                }
            });
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
                    out.printf("%s: %d rows, %d warnings, %.1f s -> %s%n", o.input().getFileName(),
                            o.report().rows().size(), o.report().warnings().size(), o.millis() / 1000.0, o.output());
                }
            }
        } finally {
            feeder.shutdownNow();
            pool.shutdownNow();
        }
        return new Summary(done, failed);
    }

    /** The outcome of one document's extraction: its report written to {@code target}, or its failure. */
    private static Outcome outcome(Path in, Path target, Report report, Throwable error, long t0) {
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (error != null) {
            Throwable e = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
            return new Outcome(in, target, null, Extractor.failure(in, e), ms);
        }
        try {
            ReportJson.write(report, target);
            return new Outcome(in, target, report, null, ms);
        } catch (IOException | RuntimeException e) {
            return new Outcome(in, target, null,
                    new ExtractionException(FailureCause.INTERNAL, target, "cannot write output: " + e.getMessage(), e), ms);
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
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
