package org.suchi.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import org.suchi.ingest.ExtractionException;
import org.suchi.ingest.FailureCause;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEnginePool;

/**
 * Extracts a list of files on N worker threads (one OCR engine each). A failing file is reported on
 * one line and the others go on; every output is written atomically as soon as it is done.
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

    public static Summary run(List<Path> inputs, Path outDir, PipelineSettings settings, int jobs,
                              PrintStream out, PrintStream err) {
        Extractor extractor = Pipeline.extractor(settings);
        Map<Path, Path> outputs = outputNames(inputs, outDir);
        Map<FailureCause, Integer> failed = new EnumMap<>(FailureCause.class);
        int done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try (OcrEnginePool engines = Pipeline.engines(settings)) {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path in : inputs) {
                Path target = outputs.get(in);
                futures.add(pool.submit(() -> one(extractor, engines, in, target)));
            }
            for (Future<Outcome> f : futures) {
                Outcome o;
                try {
                    o = f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
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
            pool.shutdownNow();
        }
        return new Summary(done, failed);
    }

    static Outcome one(Extractor extractor, OcrEnginePool engines, Path in, Path target) {
        long t0 = System.nanoTime();
        try {
            Report r = extractor.extract(in, engines.engine());
            ReportJson.write(r, target);
            return new Outcome(in, target, r, null, (System.nanoTime() - t0) / 1_000_000);
        } catch (ExtractionException e) {
            return new Outcome(in, target, null, e, (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            return new Outcome(in, target, null,
                    new ExtractionException(FailureCause.INTERNAL, target, "cannot write output: " + e.getMessage(), e),
                    (System.nanoTime() - t0) / 1_000_000);
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
