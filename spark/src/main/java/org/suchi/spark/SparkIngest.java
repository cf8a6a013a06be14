package org.suchi.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.suchi.bulk.IngestSummary;
import org.suchi.bulk.Journal;
import org.suchi.extract.ReportJson;
import org.suchi.ingest.DocumentOpener;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import scala.Tuple2;

/**
 * {@code ingest} as a Spark job: the same reports, journal and quarantine list in the output folder, the
 * extraction spread over the executors.
 *
 * <ol>
 *   <li>List the sources with Spark's {@code binaryFile} source (recursive; no content read), name the files as
 *       {@code ingest} does ({@link InputNames}) and hash them (sha256, in Spark tasks).</li>
 *   <li>On the driver, against the journal ({@link Journal}, {@code _journal.jsonl} and {@code _failed.jsonl}):
 *       skip a file whose report is there for the same bytes; skip (as failed) a quarantined one; a file with the
 *       same bytes as another (now or in an earlier run) is copied from that report, not extracted again.</li>
 *   <li>Read the files left with {@code binaryFile} again, one file a partition, biggest first, and extract each in
 *       {@code mapPartitions} ({@link DocumentTask}: a worker subprocess per task slot). Each task writes its
 *       reports; the driver journals each outcome as its task ends (a collection accumulator polled while the job
 *       runs), so a killed driver loses at most the reports of unfinished tasks.</li>
 *   <li>Write the copies, then the Parquet table of indicator rows from every report in the journal
 *       ({@link IndicatorRows}, {@code OUT/indicators.parquet}, partitioned by {@code fiscal_year}), rewritten each run so
 *       it always equals the JSON.</li>
 * </ol>
 *
 * The output folder must be a path that the driver and every executor see (local disk in local mode; a shared
 * mount on a cluster). Sources may be on any file system Spark reads (a shared mount, HDFS, S3).
 */
public final class SparkIngest {
    /** The Parquet table of indicator rows, in the output folder. */
    public static final String INDICATORS = "indicators.parquet";

    private final SparkSession spark;
    private final SparkIngestOptions options;
    private final PrintStream err;

    public SparkIngest(SparkSession spark, SparkIngestOptions options, PrintStream err) {
        this.spark = spark;
        this.options = options;
        this.err = err;
    }

    /** What a run did: {@code ingest}'s summary, and the Parquet rows written. */
    public record Result(IngestSummary summary, long indicatorRows, int attemptsOverOne) {}

    public Result run(List<String> sources, Path outDir) throws IOException {
        long t0 = System.nanoTime();
        Path out = outDir.toAbsolutePath().normalize();
        Files.createDirectories(out);
        ReportFiles.removeTemporaries(out);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hconf = spark.sparkContext().hadoopConfiguration();
        SerializableConfiguration shconf = new SerializableConfiguration(hconf);

        InputNames.Result found = list(sources, out, hconf);
        Map<String, String> shaByPath = hash(jsc, found.files(), shconf);

        Map<FailureCause, Integer> failed = new EnumMap<>(FailureCause.class);
        Map<FailureCause, Integer> failedEarlier = new EnumMap<>(FailureCause.class);
        int done = 0, copied = 0, skipped = 0, retried = 0;
        long pages = 0, warnings = 0;
        long indicatorRows;
        try (Journal journal = Journal.open(out)) {
            // a report already written for these bytes (by `ingest` or an earlier run of this job)
            Map<String, String> bySha = new HashMap<>();
            for (Journal.Done d : journal.allDone()) {
                if (Files.isRegularFile(out.resolve(d.output()))) bySha.putIfAbsent(d.sha256(), d.output());
            }
            Map<String, Item> todo = new LinkedHashMap<>();
            List<Tuple2<Item, String>> copies = new ArrayList<>(); // a file and the output it copies
            for (InputNames.Named f : found.files()) {
                String sha = shaByPath.getOrDefault(f.id(), "");
                Item item = new Item(f.id(), f.name(), f.output(), sha);
                if (sha.startsWith("!")) { // could not be read
                    quarantine(journal, out, item.withSha(""), FailureCause.NOT_FOUND, sha.substring(1), failed);
                    continue;
                }
                if (journal.done(f.output(), sha) != null && Files.isRegularFile(out.resolve(f.output()))) {
                    skipped++;
                    continue;
                }
                Journal.Failed earlier = journal.failed(f.output(), sha);
                if (earlier != null) {
                    failedEarlier.merge(FailureCause.valueOf(earlier.cause()), 1, Integer::sum);
                    continue;
                }
                String first = bySha.get(sha);
                if (first != null) {
                    copies.add(new Tuple2<>(item, first));
                    continue;
                }
                todo.put(f.id(), item);
                bySha.put(sha, f.output());
            }
            err.printf("spark-ingest: %d files: %d to extract, %d copies of another, %d already done, %d quarantined earlier%n",
                    found.files().size(), todo.size(), copies.size(), skipped,
                    failedEarlier.values().stream().mapToInt(Integer::intValue).sum());

            Map<String, Outcome> outcomes = new HashMap<>();
            if (!todo.isEmpty()) {
                for (Outcome o : extract(jsc, todo, out, shconf, journal, failed)) {
                    outcomes.put(o.output(), o);
                    if (o.attempts() > 1) retried++;
                    if (o.ok()) {
                        done++;
                        pages += o.pages();
                        warnings += o.warnings();
                    }
                }
            }
            for (Tuple2<Item, String> c : copies) {
                Item in = c._1();
                Outcome first = outcomes.get(c._2());
                if (first != null && !first.ok()) {
                    quarantine(journal, out, in, FailureCause.valueOf(first.cause()),
                            "same bytes as a file that failed: " + first.detail(), failed);
                    continue;
                }
                ReportFiles.Counts n = ReportFiles.copy(out.resolve(c._2()), fileName(in.path()), out.resolve(in.output()));
                journal.append(new Journal.Done(in.output(), in.name(), in.sha256(), n.pages(), n.rows(), n.warnings(), c._2()));
                copied++;
                warnings += n.warnings();
            }
            List<String> reports = new ArrayList<>();
            for (Journal.Done d : journal.allDone()) {
                if (Files.isRegularFile(out.resolve(d.output()))) reports.add(d.output());
            }
            indicatorRows = writeIndicators(jsc, out, reports);
        }
        IngestSummary summary = new IngestSummary(done, copied, skipped, failed, failedEarlier, found.ignored(), pages,
                warnings, 0, Duration.ofNanos(System.nanoTime() - t0));
        return new Result(summary, indicatorRows, retried);
    }

    /** The report files under the sources, named as {@code ingest} names them. Ids are binaryFile's path strings. */
    private InputNames.Result list(List<String> sources, Path out, Configuration hconf) throws IOException {
        String outPrefix = new org.apache.hadoop.fs.Path(out.toUri()).toString() + "/";
        List<InputNames.Source> named = new ArrayList<>();
        for (String src : sources) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(src);
            FileSystem fs = p.getFileSystem(hconf);
            org.apache.hadoop.fs.Path q = fs.makeQualified(p);
            FileStatus st = fs.getFileStatus(q);
            if (!st.isDirectory()) {
                named.add(new InputNames.Source(false, q.getName(), List.of(), List.of(q.toString())));
                continue;
            }
            List<String> paths = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                    .load(q.toString()).select("path").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
            String root = q.toString().endsWith("/") ? q.toString() : q + "/";
            List<String> rel = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (String f : paths) {
                String s = new org.apache.hadoop.fs.Path(f).toString();
                if (s.startsWith(outPrefix) || !s.startsWith(root)) continue;
                rel.add(s.substring(root.length()));
                ids.add(f);
            }
            String name = "file".equals(q.toUri().getScheme())
                    ? String.valueOf(Path.of(q.toUri().getPath()).toAbsolutePath().normalize().getFileName())
                    : q.getName();
            named.add(new InputNames.Source(true, "null".equals(name) ? "" : name, rel, ids));
        }
        return InputNames.name(named);
    }

    /** sha256 of every file, in Spark tasks; {@code "!" + error} for a file that cannot be read. */
    private Map<String, String> hash(JavaSparkContext jsc, List<InputNames.Named> files, SerializableConfiguration conf) {
        if (files.isEmpty()) return Map.of();
        List<String> ids = files.stream().map(InputNames.Named::id).toList();
        int slices = Math.max(1, Math.min(ids.size(), jsc.defaultParallelism() * 4));
        List<Tuple2<String, String>> hashed = jsc.parallelize(ids, slices).mapToPair(id -> new Tuple2<>(id, sha256(id, conf)))
                .collect();
        Map<String, String> m = new HashMap<>();
        for (Tuple2<String, String> t : hashed) m.put(t._1(), t._2());
        return m;
    }

    static String sha256(String sparkPath, SerializableConfiguration conf) {
        Path local = DocumentTask.localFile(sparkPath);
        try {
            if (local != null) return DocumentOpener.sha256(local); // exactly as `ingest` hashes
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(sparkPath);
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = p.getFileSystem(conf.value()).open(p)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (ExtractionException | IOException e) {
            return "!" + e.getMessage();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the extraction job and journals each outcome as its task ends. */
    private List<Outcome> extract(JavaSparkContext jsc, Map<String, Item> todo, Path out, SerializableConfiguration conf,
                                  Journal journal, Map<FailureCause, Integer> failed) throws IOException {
        Broadcast<Map<String, Item>> items = jsc.broadcast(new HashMap<>(todo));
        // one file a partition (binaryFile sorts files biggest first): a task is one document, so the scheduler
        // balances documents of any size over the slots and the driver hears of each one as it ends
        String maxBytes = spark.conf().get("spark.sql.files.maxPartitionBytes");
        String ignoreMissing = spark.conf().get("spark.sql.files.ignoreMissingFiles", "false");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "1");
        spark.conf().set("spark.sql.files.ignoreMissingFiles", "true");
        CollectionAccumulator<Outcome> acc = jsc.sc().collectionAccumulator("suchi-outcomes");
        List<Outcome> all = new ArrayList<>();
        try {
            Dataset<Row> files = spark.read().format("binaryFile")
                    .load(todo.keySet().stream().map(SparkIngest::literal).toArray(String[]::new))
                    .select("path"); // no content column: the worker reads the file (a copy when not local)
            JavaRDD<Outcome> outcomes = files.javaRDD().mapPartitions(new DocumentTask(items, out.toString(), options, conf));
            JavaFutureAction<Void> job = outcomes.foreachPartitionAsync(it -> {
                while (it.hasNext()) acc.add(it.next());
            });
            int seen = 0;
            while (true) {
                boolean finished = job.isDone();
                List<Outcome> now = acc.value();
                for (int i = seen; i < now.size(); i++) {
                    Outcome o = now.get(i);
                    journal(journal, out, o, failed);
                    all.add(o);
                }
                seen = now.size();
                if (finished) break;
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    job.cancel(true);
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            try {
                job.get();
            } catch (ExecutionException e) {
                throw new IOException("the Spark job failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", maxBytes);
            spark.conf().set("spark.sql.files.ignoreMissingFiles", ignoreMissing);
            items.destroy();
        }
        // a file that vanished between the listing and the job: no task saw it
        for (Item item : todo.values()) {
            if (all.stream().noneMatch(o -> o.output().equals(item.output()))) {
                Outcome o = new Outcome(item.output(), item.name(), item.sha256(), 0, 0, 0, FailureCause.NOT_FOUND.name(),
                        "gone before it was read", 0, 0);
                journal(journal, out, o, failed);
                all.add(o);
            }
        }
        return all;
    }

    private void journal(Journal journal, Path out, Outcome o, Map<FailureCause, Integer> failed) throws IOException {
        if (o.ok()) {
            journal.append(new Journal.Done(o.output(), o.name(), o.sha256(), o.pages(), o.rows(), o.warnings(), null));
            err.printf("spark-ingest: %s: %d pages, %d rows, %d warnings (%.1f s%s)%n", o.name(), o.pages(), o.rows(),
                    o.warnings(), o.millis() / 1000.0, o.attempts() > 1 ? ", in the second worker" : "");
        } else {
            Item item = new Item(o.name(), o.name(), o.output(), o.sha256());
            quarantine(journal, out, item, FailureCause.valueOf(o.cause()), o.detail(), failed);
        }
    }

    /** As {@code ingest}: no stale report left for a changed input that now fails; one line in _failed.jsonl. */
    private void quarantine(Journal journal, Path out, Item in, FailureCause cause, String detail,
                            Map<FailureCause, Integer> failed) throws IOException {
        Files.deleteIfExists(out.resolve(in.output()));
        String d = detail == null ? "" : detail;
        journal.append(new Journal.Failed(in.name(), in.output(), in.sha256(), cause.name(), cause.exitCode(), d));
        failed.merge(cause, 1, Integer::sum);
        err.println("error: " + new ExtractionException(cause, Path.of(in.name()), d).userMessage());
    }

    /** Rewrites {@code OUT/indicators.parquet} from {@code reports} (paths in the output folder); returns its row count. */
    private long writeIndicators(JavaSparkContext jsc, Path out, List<String> reports) {
        String dir = out.toString();
        int slices = Math.max(1, Math.min(reports.size(), jsc.defaultParallelism() * 2));
        JavaRDD<Row> rows = jsc.parallelize(reports, slices).flatMap(r -> IndicatorRows.of(r,
                ReportJson.mapper().readTree(Path.of(dir).resolve(r).toFile())).iterator());
        Dataset<Row> df = spark.createDataFrame(rows, IndicatorRows.SCHEMA);
        String table = out.resolve(INDICATORS).toUri().toString();
        df.write().mode(SaveMode.Overwrite).partitionBy("fiscal_year").parquet(table);
        // the schema given: a table of no rows (no report yet, or none with rows) has no file to infer it from
        return spark.read().schema(IndicatorRows.SCHEMA).parquet(table).count();
    }

    /** {@code path} as a glob that matches only itself ({@code load} takes glob patterns: {@code r[1].pdf}). */
    static String literal(String path) {
        StringBuilder b = new StringBuilder(path.length() + 8);
        for (char c : path.toCharArray()) {
            if ("\\*?[]{}".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    private static String fileName(String sparkPath) {
        return new org.apache.hadoop.fs.Path(sparkPath).getName();
    }
}
