package org.suchi.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.suchi.bulk.BulkIngest;
import org.suchi.bulk.IngestOptions;
import org.suchi.bulk.IngestProgress;
import org.suchi.bulk.IngestSummary;
import org.suchi.bulk.ResultSink;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.index.ReportFile;
import org.suchi.ingest.DocumentOpener;
import org.suchi.ingest.IngestSettings;
import org.suchi.ingest.OpenedDocument;
import org.suchi.model.ExtractionException;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEnginePool;

/**
 * Upload jobs: each stored upload is extracted by the same runner as {@code suchi ingest} ({@link BulkIngest}: the
 * journal, {@code _failed.jsonl}, the time limit), its report written into DIR and put into the index with the
 * review corrections applied. One job at a time (the machine's cores are the OCR's); jobs wait in order.
 */
public final class Jobs implements AutoCloseable {
    /** One upload. */
    public static final class Job {
        public final String id;
        public final String name;
        public final Instant created = Instant.now();
        public volatile String state = "queued";
        public volatile int pages;
        public final AtomicInteger pagesDone = new AtomicInteger();
        public volatile String sha256;
        public volatile String cause;
        public volatile Integer warnings;
        public volatile Instant started;
        public volatile Instant finished;

        Job(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private final ReportStore store;
    private final IndexService index;
    private final Server.Corrector corrector;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "upload-jobs");
        t.setDaemon(true);
        return t;
    });
    private final Duration timeout;
    private OcrEnginePool engines;

    public Jobs(ReportStore store, IndexService index, Server.Corrector corrector, Duration timeout) {
        this.store = store;
        this.index = index;
        this.corrector = corrector;
        this.timeout = timeout;
    }

    public Job get(String id) {
        return jobs.get(id);
    }

    /** Queues a stored upload ({@code file} is under DIR/uploads with a generated name). */
    public Job submit(Path file, String shownName) {
        Job job = new Job(UUID.randomUUID().toString(), shownName);
        try (OpenedDocument d = new DocumentOpener(IngestSettings.DEFAULT).open(file)) {
            job.pages = d.pageCount();
            job.sha256 = d.sha256();
        } catch (ExtractionException e) {
            job.pages = 0;
            job.state = "failed";
            job.cause = e.failureCause().name() + ": " + e.getMessage();
            job.finished = Instant.now();
            jobs.put(job.id, job);
            return job;
        } catch (RuntimeException e) {
            job.state = "failed";
            job.cause = "CORRUPT: " + e.getMessage();
            job.finished = Instant.now();
            jobs.put(job.id, job);
            return job;
        }
        jobs.put(job.id, job);
        runner.submit(() -> run(job, file));
        return job;
    }

    private synchronized OcrEnginePool engines() {
        if (engines == null) {
            engines = Pipeline.engines(PipelineSettings.DEFAULT);
        }
        return engines;
    }

    private void run(Job job, Path file) {
        job.state = "running";
        job.started = Instant.now();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<Path> written = new ArrayList<>();
        ResultSink sink = new ResultSink() {
            @Override
            public synchronized void accept(Path json, Report report) {
                written.add(json);
            }

            @Override
            public synchronized void commit() throws IOException {
                List<JsonNode> reports = new ArrayList<>();
                for (Path p : written) {
                    JsonNode root = ReportFile.MAPPER.readTree(p.toFile());
                    String sha = root.path("source").path("sha256").asText();
                    store.add(sha, p);
                    reports.add(corrector.corrected(sha, root));
                }
                if (!reports.isEmpty()) {
                    index.put(reports);
                }
            }
        };
        IngestProgress progress = new IngestProgress() {
            @Override public void start(int files) {}
            @Override public void pagesRead(int n) { job.pagesDone.addAndGet(n); }
            @Override public void file(Outcome outcome) {}
            @Override public void close() {}
        };
        try (PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            OcrEnginePool pool = engines();
            BulkIngest bulk = new BulkIngest(Pipeline.extractor(PipelineSettings.DEFAULT), pool::engine,
                    new IngestOptions(1, 2, timeout), sink, progress, ps);
            IngestSummary s = bulk.run(List.of(file), store.dir());
            if (!written.isEmpty()) {
                JsonNode root = ReportFile.MAPPER.readTree(written.get(0).toFile());
                job.sha256 = root.path("source").path("sha256").asText();
                job.warnings = root.path("warnings").size();
                job.pagesDone.set(Math.max(job.pagesDone.get(), job.pages));
                job.state = "done";
            } else if (s.exitCode() == 0 && job.sha256 != null && store.path(job.sha256).isPresent()) {
                job.state = "done"; // the same bytes were ingested before: their report stands
            } else {
                job.state = "failed";
                String msg = err.toString(StandardCharsets.UTF_8).strip();
                job.cause = msg.isEmpty() ? s.describe() : msg;
            }
        } catch (IOException | RuntimeException e) {
            job.state = "failed";
            job.cause = "internal error: " + e;
        } finally {
            job.finished = Instant.now();
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
        if (engines != null) {
            engines.close();
        }
    }
}
