package org.suchi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.suchi.bulk.BulkIngest;
import org.suchi.bulk.IngestOptions;
import org.suchi.bulk.IngestProgress;
import org.suchi.bulk.IngestSummary;
import org.suchi.bulk.Journal;
import org.suchi.bulk.ResultSink;
import org.suchi.config.ProjectPaths;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.model.FailureCause;
import org.suchi.ocr.OcrEnginePool;
import org.suchi.spark.worker.WorkerSpec;

/**
 * spark-ingest in local mode ({@code local[2]}, worker subprocesses, real Tesseract) against {@code ingest} on the
 * project's samples, and with injected faults.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkSession spark;
    private Path work;
    private Path src;
    private Path ingestOut;
    private Path sparkOut;
    private SparkIngest.Result first;

    @BeforeAll
    void runBoth() throws IOException {
        work = Files.createTempDirectory("suchi-spark-test");
        Path samples = ProjectPaths.home().orElseThrow().resolve("samples");
        src = work.resolve("src");
        Files.createDirectories(src.resolve("q2"));
        for (String s : List.of("sample-jpg-c.jpg", "sample-pdf-b.pdf", "sample-tif-a.tif")) {
            Files.copy(samples.resolve(s), src.resolve(s));
        }
        Files.copy(samples.resolve("sample-png-c.png"), src.resolve("q2/sample-png-c.png"));
        // the same bytes under another name: copied from the first report, not extracted again
        Files.copy(samples.resolve("sample-png-c.png"), src.resolve("copy of sample-png-c.png"));
        Files.writeString(src.resolve("notes.txt"), "not a report file");

        ingestOut = work.resolve("ingest");
        IngestSummary ingest = ingest(src, ingestOut);
        assertThat(ingest.done()).isEqualTo(4);
        assertThat(ingest.copied()).isEqualTo(1);

        LocalLogging.useLog4jCore(true);
        spark = SparkSession.builder().master("local[2]").appName("suchi-spark-test")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.debug.maxToStringFields", "100").getOrCreate();
        sparkOut = work.resolve("spark");
        first = new SparkIngest(spark, SparkIngestOptions.defaults(), System.err).run(List.of(src.toString()), sparkOut);
    }

    @AfterAll
    void stop() throws IOException {
        if (spark != null) spark.stop();
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void writesTheSameReportsAndJournalAsIngest() throws IOException {
        assertThat(first.summary().done()).isEqualTo(4);
        assertThat(first.summary().copied()).isEqualTo(1);
        assertThat(first.summary().ignored()).isEqualTo(1);
        assertThat(first.summary().failed()).isEmpty();
        assertThat(first.summary().exitCode()).isZero();
        Map<String, byte[]> expected = reports(ingestOut);
        Map<String, byte[]> got = reports(sparkOut);
        assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet())
                .contains("q2/sample-png-c.json", "copy of sample-png-c.json");
        for (String r : expected.keySet()) {
            assertThat(new String(got.get(r), StandardCharsets.UTF_8)).as(r)
                    .isEqualTo(new String(expected.get(r), StandardCharsets.UTF_8));
        }
        assertThat(journal(sparkOut, Journal.DONE_FILE)).containsExactlyInAnyOrderElementsOf(journal(ingestOut, Journal.DONE_FILE));
        assertThat(Files.readString(sparkOut.resolve(Journal.FAILED_FILE))).isEmpty();
    }

    @Test
    void parquetHoldsEveryIndicatorRowOfTheJson() throws IOException {
        Dataset<Row> rows = spark.read().parquet(sparkOut.resolve(SparkIngest.INDICATORS).toString());
        int inJson = 0;
        Set<String> years = new HashSet<>();
        JsonNode tif = null;
        for (Map.Entry<String, byte[]> e : reports(sparkOut).entrySet()) {
            JsonNode r = JSON.readTree(e.getValue());
            inJson += r.get("rows").size();
            if (r.get("rows").size() > 0) years.add(r.path("document").path("fiscal_year").asText());
            if (e.getKey().equals("sample-tif-a.json")) tif = r;
        }
        assertThat(first.indicatorRows()).isEqualTo(inJson);
        assertThat(rows.count()).isEqualTo(inJson);
        assertThat(rows.select("fiscal_year").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
                .containsExactlyInAnyOrderElementsOf(years);
        // one row's values, field by field, against its JSON
        JsonNode jr = tif.get("rows").get(2);
        Row pr = rows.where("report = 'sample-tif-a.json' and row_index = 2").first();
        assertThat(pr.<String>getAs("indicator_code")).isEqualTo(jr.path("indicator").path("code").asText());
        assertThat(pr.<String>getAs("indicator_text")).isEqualTo(jr.path("indicator").path("text").asText());
        assertThat(pr.<String>getAs("ministry")).isEqualTo(tif.path("document").path("ministry").textValue());
        assertThat(pr.<String>getAs("period")).isEqualTo(tif.path("document").path("period").textValue());
        assertThat(pr.<Double>getAs("weight")).isEqualTo(jr.path("weight").isNumber() ? jr.path("weight").asDouble() : null);
        Row assessment = pr.getAs("assessment");
        if (jr.path("assessment").path("score").isNumber()) {
            assertThat(assessment.<Double>getAs("score")).isEqualTo(jr.path("assessment").path("score").asDouble());
        }
        scala.collection.Map<String, Row> targets = pr.getAs("targets");
        assertThat(targets.size()).isEqualTo(jr.path("targets").size());
        // every document's rows, by report
        Map<String, Long> perReport = new HashMap<>();
        for (Row r : rows.groupBy("report").count().collectAsList()) perReport.put(r.getString(0), r.getLong(1));
        for (Map.Entry<String, byte[]> e : reports(sparkOut).entrySet()) {
            int n = JSON.readTree(e.getValue()).get("rows").size();
            assertThat(perReport.getOrDefault(e.getKey(), 0L)).as(e.getKey()).isEqualTo(n);
        }
    }

    /** The README's Spark SQL example, on the samples' table, against the same averages computed from the JSON. */
    @Test
    void theReadmeQueryAveragesAnIndicatorsScoreByMinistryAndQuarter() throws IOException {
        String code = null;
        for (byte[] b : reports(sparkOut).values()) {
            for (JsonNode row : JSON.readTree(b).get("rows")) {
                if (code == null && row.path("assessment").path("score").isNumber()) code = row.path("indicator").path("code").asText();
            }
        }
        assertThat(code).as("a scored indicator in the samples").isNotNull();
        Map<String, List<Double>> expected = new HashMap<>();
        for (byte[] b : reports(sparkOut).values()) {
            JsonNode r = JSON.readTree(b);
            JsonNode d = r.path("document");
            if (!d.path("period").asText().matches("Q[1-4]")) continue;
            for (JsonNode row : r.get("rows")) {
                if (!code.equals(row.path("indicator").path("code").asText())) continue;
                String key = d.path("ministry").asText() + "|" + d.path("fiscal_year").asText() + "|" + d.path("period").asText();
                List<Double> scores = expected.computeIfAbsent(key, k -> new ArrayList<>());
                if (row.path("assessment").path("score").isNumber()) scores.add(row.path("assessment").path("score").asDouble());
            }
        }
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW indicators USING parquet OPTIONS (path '"
                + sparkOut.resolve(SparkIngest.INDICATORS) + "')");
        List<Row> got = spark.sql("""
                SELECT ministry, fiscal_year, period AS quarter,
                       round(avg(assessment.score), 2) AS avg_score,
                       count(assessment.score)        AS scored_reports,
                       count(*)                        AS reports
                FROM indicators
                WHERE indicator_code = '%s' AND period IN ('Q1', 'Q2', 'Q3', 'Q4')
                GROUP BY ministry, fiscal_year, period
                ORDER BY ministry, fiscal_year, quarter""".formatted(code)).collectAsList();
        assertThat(got).isNotEmpty().hasSize(expected.size());
        for (Row g : got) {
            List<Double> scores = expected.get(g.getString(0) + "|" + g.getString(1) + "|" + g.getString(2));
            assertThat(scores).as(g.toString()).isNotNull();
            assertThat(g.getLong(4)).isEqualTo(scores.size());
            if (scores.isEmpty()) {
                assertThat(g.isNullAt(3)).isTrue();
                continue;
            }
            double avg = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertThat(g.getDouble(3)).isCloseTo(Math.round(avg * 100) / 100.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aSecondRunSkipsEverythingDone() throws IOException {
        Map<String, byte[]> before = reports(sparkOut);
        SparkIngest.Result again = new SparkIngest(spark, SparkIngestOptions.defaults(), System.err)
                .run(List.of(src.toString()), sparkOut);
        assertThat(again.summary().skipped()).isEqualTo(5);
        assertThat(again.summary().done()).isZero();
        assertThat(again.summary().copied()).isZero();
        assertThat(again.summary().pages()).isZero();
        assertThat(again.indicatorRows()).isEqualTo(first.indicatorRows());
        Map<String, byte[]> after = reports(sparkOut);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String r : before.keySet()) assertThat(after.get(r)).as(r).isEqualTo(before.get(r));
    }

    @Test
    void corruptCrashingAndThrowingFilesAreRecordedAndTheRestFinish() throws IOException {
        Path samples = ProjectPaths.home().orElseThrow().resolve("samples");
        Path faults = work.resolve("faults");
        Files.createDirectories(faults);
        Files.copy(samples.resolve("sample-png-c.png"), faults.resolve("sample-png-c.png"));
        Files.write(faults.resolve("corrupt.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII));
        // distinct bytes each (same bytes would be copied, not extracted); the worker fails them by name
        Files.writeString(faults.resolve("crash.png"), "crash");
        Files.writeString(faults.resolve("throw[1].png"), "throw"); // a glob character in the name
        Path out = work.resolve("faults-out");
        SparkIngestOptions options = new SparkIngestOptions(Duration.ofMinutes(10), Isolation.PROCESS, 2,
                new WorkerSpec("1g", "crash:crash.png,throw:throw[1].png", null));
        SparkIngest.Result r = new SparkIngest(spark, options, System.err).run(List.of(faults.toString()), out);

        assertThat(r.summary().done()).isEqualTo(1);
        assertThat(r.summary().failed()).containsOnly(Map.entry(FailureCause.CORRUPT, 1), Map.entry(FailureCause.INTERNAL, 2));
        assertThat(r.summary().exitCode()).isEqualTo(1);
        assertThat(r.attemptsOverOne()).as("the crashing file got a second worker, the throwing one did not").isEqualTo(1);
        // ingest's report of the same bytes under the same file name (its copy: the same JSON tree)
        assertThat(JSON.readTree(out.resolve("sample-png-c.json").toFile()))
                .isEqualTo(JSON.readTree(ingestOut.resolve("q2/sample-png-c.json").toFile()));
        Map<String, JsonNode> failed = failed(out);
        assertThat(failed.keySet()).containsExactlyInAnyOrder("corrupt.pdf", "crash.png", "throw[1].png");
        assertThat(failed.get("corrupt.pdf").get("cause").asText()).isEqualTo("CORRUPT");
        assertThat(failed.get("corrupt.pdf").get("exitCode").asInt()).isEqualTo(5);
        assertThat(failed.get("crash.png").get("cause").asText()).isEqualTo("INTERNAL");
        assertThat(failed.get("crash.png").get("detail").asText()).contains("died", "exit code 134", "all 2 worker runs");
        assertThat(failed.get("throw[1].png").get("detail").asText()).contains("injected failure");
        for (JsonNode f : failed.values()) assertThat(out.resolve(f.get("output").asText())).doesNotExist();

        // quarantined: not tried again (nothing extracted), still counted as failed
        SparkIngest.Result again = new SparkIngest(spark, options, System.err).run(List.of(faults.toString()), out);
        assertThat(again.summary().skipped()).isEqualTo(1);
        assertThat(again.summary().failed()).isEmpty();
        assertThat(again.summary().failedEarlier()).containsOnly(Map.entry(FailureCause.CORRUPT, 1),
                Map.entry(FailureCause.INTERNAL, 2));
        assertThat(again.attemptsOverOne()).isZero();
        assertThat(Files.readAllLines(out.resolve(Journal.FAILED_FILE))).hasSize(3);
    }

    /** Alone, with a short time limit: a real document beside it could need longer on a loaded machine. */
    @Test
    void aHangingFileIsKilledTriedInANewWorkerAndQuarantined() throws IOException {
        Path hang = work.resolve("hang");
        Files.createDirectories(hang);
        Files.writeString(hang.resolve("hang.png"), "hang");
        Path out = work.resolve("hang-out");
        SparkIngestOptions options = new SparkIngestOptions(Duration.ofSeconds(5), Isolation.PROCESS, 2,
                new WorkerSpec("1g", "hang:hang.png", null));
        SparkIngest.Result r = new SparkIngest(spark, options, System.err).run(List.of(hang.toString()), out);
        assertThat(r.summary().failed()).containsOnly(Map.entry(FailureCause.TIMEOUT, 1));
        assertThat(r.summary().exitCode()).isEqualTo(11);
        assertThat(r.attemptsOverOne()).isEqualTo(1);
        JsonNode f = failed(out).get("hang.png");
        assertThat(f.get("cause").asText()).isEqualTo("TIMEOUT");
        assertThat(f.get("exitCode").asInt()).isEqualTo(11);
        assertThat(f.get("detail").asText()).contains("not finished after 5 s", "all 2 worker runs");

        SparkIngest.Result again = new SparkIngest(spark, options, System.err).run(List.of(hang.toString()), out);
        assertThat(again.summary().failed()).isEmpty();
        assertThat(again.summary().failedEarlier()).containsOnly(Map.entry(FailureCause.TIMEOUT, 1));
        assertThat(again.attemptsOverOne()).isZero();
    }

    private static Map<String, JsonNode> failed(Path out) throws IOException {
        Map<String, JsonNode> failed = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve(Journal.FAILED_FILE))) {
            JsonNode f = JSON.readTree(line);
            failed.put(f.get("path").asText(), f);
        }
        return failed;
    }

    private static IngestSummary ingest(Path src, Path out) throws IOException {
        PipelineSettings settings = PipelineSettings.DEFAULT;
        try (OcrEnginePool engines = Pipeline.engines(settings)) {
            return new BulkIngest(Pipeline.extractor(settings), engines::engine,
                    new IngestOptions(2, 2, Duration.ofMinutes(10)), ResultSink.NONE, IngestProgress.NONE,
                    new PrintStream(System.err, true, StandardCharsets.UTF_8)).run(List.of(src), out);
        }
    }

    /** The report files under {@code dir} by their path in it (the Parquet folder left out). */
    private static Map<String, byte[]> reports(Path dir) throws IOException {
        Map<String, byte[]> m = new HashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !dir.relativize(p).startsWith(SparkIngest.INDICATORS)).toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static List<String> journal(Path dir, String file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve(file))) {
            if (!l.isBlank()) lines.add(JSON.readTree(l).toString());
        }
        return lines;
    }
}
