package org.suchi.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.suchi.Suchi;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import org.suchi.model.Report;
import org.suchi.spark.worker.WorkerPool;
import org.suchi.spark.worker.WorkerProcess;

/**
 * The executor side, one Spark partition at a time ({@code mapPartitions} over the binaryFile rows of the files to
 * extract): each document goes to a worker subprocess of this task slot ({@link WorkerPool}); its report/1 JSON is
 * written to the output folder as {@code ingest} writes it, and an {@link Outcome} goes back to the driver. A
 * document that throws is a failure with its cause; one whose worker crashes or hangs is tried again in a fresh
 * worker, and after {@link SparkIngestOptions#attempts()} such runs it is a failure too (quarantined by the driver):
 * never retried forever, and never the end of the job.
 */
final class DocumentTask implements FlatMapFunction<Iterator<Row>, Outcome> {
    private final Broadcast<Map<String, Item>> items;
    private final String outDir;
    private final SparkIngestOptions options;
    private final SerializableConfiguration hadoop;

    DocumentTask(Broadcast<Map<String, Item>> items, String outDir, SparkIngestOptions options,
                 SerializableConfiguration hadoop) {
        this.items = items;
        this.outDir = outDir;
        this.options = options;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Outcome> call(Iterator<Row> rows) {
        Map<String, Item> todo = items.value();
        return new Iterator<>() {
            Outcome next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    Item item = todo.get(rows.next().getString(0));
                    if (item != null) next = run(item);
                }
                return next != null;
            }

            @Override
            public Outcome next() {
                if (!hasNext()) throw new NoSuchElementException();
                Outcome o = next;
                next = null;
                return o;
            }
        };
    }

    /** Extracts one document (lazily, as the iterator is consumed: each Outcome leaves as soon as it is known). */
    Outcome run(Item item) {
        Path local = localFile(item.path());
        Path tmpDir = null;
        try {
            if (local == null) {
                // not on a local file system: a copy with the same file name (the report's source.file is the name)
                try {
                    tmpDir = Files.createTempDirectory("suchi-spark-");
                    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(item.path());
                    local = tmpDir.resolve(p.getName());
                    try (InputStream in = p.getFileSystem(conf()).open(p)) {
                        Files.copy(in, local);
                    }
                } catch (IOException e) {
                    return failure(item, FailureCause.NOT_FOUND, e.toString(), 1, 0);
                }
            }
            return extract(item, local);
        } catch (IOException e) {
            // the output folder, not the document: the task fails (Spark retries it; what finished is journaled)
            throw new java.io.UncheckedIOException("cannot write the report of " + item.name() + " to " + outDir, e);
        } finally {
            if (tmpDir != null) deleteTree(tmpDir);
        }
    }

    private Outcome extract(Item item, Path file) throws IOException {
        for (int attempt = 1; ; attempt++) {
            WorkerProcess.Answer a = options.isolation() == Isolation.THREAD ? inThread(file) : inWorker(file);
            if (a instanceof WorkerProcess.Done d) {
                ReportFiles.write(d.json(), Path.of(outDir).resolve(item.output()));
                return new Outcome(item.output(), item.name(), item.sha256(), d.pages(), d.rows(), d.warnings(), null,
                        null, attempt, d.millis());
            }
            if (a instanceof WorkerProcess.Failed f) {
                return failure(item, FailureCause.valueOf(f.cause()), f.detail(), attempt, f.millis());
            }
            WorkerProcess.Died died = (WorkerProcess.Died) a;
            if (attempt >= options.attempts()) {
                FailureCause cause = died.timedOut() ? FailureCause.TIMEOUT : FailureCause.INTERNAL;
                String detail = died.detail() + (attempt > 1 ? " (the same in all " + attempt + " worker runs)" : "");
                return failure(item, cause, detail, attempt, 0);
            }
            System.err.println("suchi: " + item.name() + ": " + died.detail() + "; trying it again in a new worker");
        }
    }

    private WorkerProcess.Answer inWorker(Path file) {
        WorkerPool pool = WorkerPool.get();
        WorkerProcess w;
        try {
            w = pool.borrow(options.worker());
        } catch (IOException first) {
            try {
                w = pool.borrow(options.worker());
            } catch (IOException second) {
                // not the document's fault: the task fails (and Spark retries it), nothing is quarantined
                throw new IllegalStateException("cannot start a worker subprocess (twice): " + second.getMessage(), second);
            }
        }
        try {
            return w.extract(file, options.timeout());
        } finally {
            pool.release(w);
        }
    }

    private static WorkerProcess.Answer inThread(Path file) {
        long t0 = System.nanoTime();
        try {
            Report r = InThread.suchi().extract(file);
            return new WorkerProcess.Done(Suchi.json(r), r.source().pages(), r.rows().size(), r.warnings().size(),
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (ExtractionException e) {
            return new WorkerProcess.Failed(e.failureCause().name(), e.getMessage() == null ? "" : e.getMessage(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static Outcome failure(Item item, FailureCause cause, String detail, int attempts, long millis) {
        return new Outcome(item.output(), item.name(), item.sha256(), 0, 0, 0, cause.name(), detail, attempts, millis);
    }

    private Configuration conf() {
        return hadoop.value();
    }

    /** The file itself when it is on a local file system (local mode, or a shared mount on every node). */
    static Path localFile(String sparkPath) {
        java.net.URI uri = new org.apache.hadoop.fs.Path(sparkPath).toUri();
        if (uri.getScheme() == null || "file".equals(uri.getScheme())) return Path.of(uri.getPath());
        return null;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    /** One {@link Suchi} per executor JVM for {@link Isolation#THREAD}: an OCR engine per task thread. */
    static final class InThread {
        private static Suchi suchi;

        static synchronized Suchi suchi() {
            if (suchi == null) {
                suchi = Suchi.open();
                Runtime.getRuntime().addShutdownHook(new Thread(suchi::close));
            }
            return suchi;
        }
    }

}
