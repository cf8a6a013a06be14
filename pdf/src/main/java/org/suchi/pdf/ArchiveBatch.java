package org.suchi.pdf;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.suchi.extract.Extractor;
import org.suchi.extract.PipelineSettings;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;

/**
 * {@code suchi pdf}: archive copies of many inputs, {@code jobs} documents at a time (one Tesseract engine per
 * worker thread). A failing input gets one {@code error:} line and the rest go on; the exit status is the
 * cause's code as for {@code suchi extract}.
 */
public final class ArchiveBatch {
    private ArchiveBatch() {}

    public record Summary(int done, Map<FailureCause, Integer> failed) {
        public int exitCode() {
            if (failed.isEmpty()) return 0;
            if (failed.size() == 1) return failed.keySet().iterator().next().exitCode();
            return 1;
        }
    }

    public static Summary run(List<Path> inputs, Path outDir, PipelineSettings settings, boolean readReport, int jobs,
                              PrintStream out, PrintStream err) {
        Map<Path, Path> outputs = outputNames(inputs, outDir);
        Map<FailureCause, Integer> failed = new EnumMap<>(FailureCause.class);
        int done = 0;
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "pdf-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try (ArchiveWriter writer = new ArchiveWriter(settings)) {
            List<Future<String>> results = new ArrayList<>();
            for (Path in : inputs) {
                results.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    ArchiveWriter.Result r = writer.write(in, outputs.get(in), readReport);
                    return ArchiveWriter.summary(r, (System.nanoTime() - t0) / 1_000_000);
                }));
            }
            for (int i = 0; i < inputs.size(); i++) {
                try {
                    out.println(results.get(i).get());
                    done++;
                } catch (ExecutionException e) {
                    ExtractionException x = Extractor.failure(inputs.get(i), e.getCause());
                    err.println("error: " + x.userMessage());
                    failed.merge(x.failureCause(), 1, Integer::sum);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(done, failed);
    }

    /** OUT/NAME.pdf per input; inputs whose names clash get OUT/NAME.EXT.pdf, then a numbered suffix. */
    static Map<Path, Path> outputNames(List<Path> inputs, Path outDir) {
        Map<String, Integer> stems = new HashMap<>();
        for (Path p : inputs) stems.merge(ArchiveWriter.stem(p), 1, Integer::sum);
        Map<Path, Path> out = new LinkedHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (Path p : inputs) {
            String name = stems.get(ArchiveWriter.stem(p)) == 1 ? ArchiveWriter.stem(p) : p.getFileName().toString();
            int k = used.merge(name, 1, Integer::sum);
            if (k > 1) name = name + "-" + k;
            out.put(p, outDir.resolve(name + ".pdf"));
        }
        return out;
    }
}
