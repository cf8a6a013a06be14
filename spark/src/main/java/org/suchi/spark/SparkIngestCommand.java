package org.suchi.spark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.suchi.spark.worker.WorkerSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "spark-ingest", mixinStandardHelpOptions = true,
        description = "`ingest` as an Apache Spark job: the same report/1 files, _journal.jsonl and _failed.jsonl in OUT, "
                + "the documents extracted in Spark tasks (a worker subprocess per task slot, killed and restarted on a "
                + "timeout or a crash), and OUT/indicators.parquet: a Parquet table of indicator rows partitioned by "
                + "fiscal_year. Run it again to finish what a killed run left; a second run over the same files skips "
                + "them all. Here Spark runs in local mode (--master local[N]); on a cluster, spark-submit "
                + "spark/target/suchi-spark-job.jar with the same arguments (README: Archive scale on Apache Spark).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:every input was extracted (or had been)",
                " 1:inputs failed for different causes (see the error lines and OUT/_failed.jsonl)",
                " 3..11:every failed input failed for this cause (see `suchi --help`)",
                "12:internal error, or the Spark job itself failed"})
public final class SparkIngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SRC",
            description = "folders (walked recursively) or report files: local paths or any URI Spark reads (hdfs://, s3a://)")
    List<String> sources;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "output folder; on a cluster a path every executor and the driver see (a shared mount)")
    Path out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "longest time for one file in a worker, then the worker is killed (default: ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "2",
            description = "worker runs a file gets when its worker crashes or hangs; then it is quarantined (default: ${DEFAULT-VALUE})")
    int attempts;

    @Option(names = "--isolation", paramLabel = "MODE", defaultValue = "process",
            description = "process: a worker subprocess per task slot (default); thread: on the task's thread, no time limit and no crash isolation")
    String isolation;

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = "1536m",
            description = "Java heap of each worker subprocess (default: ${DEFAULT-VALUE}); count it in spark.executor.memoryOverhead")
    String workerHeap;

    @Option(names = "--tessdata", paramLabel = "DIR",
            description = "TESSDATA_PREFIX for the workers, on the executors (e.g. ./tessdata with --archives tessdata.tgz#tessdata); default: the executors' environment, then Debian's tesseract-ocr-ben folder")
    String tessdata;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (String s : sources) {
            java.net.URI u = new org.apache.hadoop.fs.Path(s).toUri();
            boolean local = u.getScheme() == null || "file".equals(u.getScheme());
            if (local && !java.nio.file.Files.exists(Path.of(u.getPath()))) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + s);
            }
        }
        Isolation iso = switch (isolation.toLowerCase(java.util.Locale.ROOT)) {
            case "process" -> Isolation.PROCESS;
            case "thread" -> Isolation.THREAD;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--isolation must be process or thread, not " + isolation);
        };
        SparkIngestOptions options = new SparkIngestOptions(Duration.ofSeconds(Math.max(1, timeout)), iso,
                Math.max(1, attempts), new WorkerSpec(workerHeap, "", tessdata));
        SparkConf conf = new SparkConf();
        String m = master != null ? master : conf.get("spark.master", "local[*]");
        boolean local = m.startsWith("local");
        LocalLogging.useLog4jCore(local);
        SparkSession.Builder b = SparkSession.builder().appName("suchi spark-ingest").master(m)
                .config("spark.sql.debug.maxToStringFields", "100");
        if (local) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false");
        }
        SparkSession spark = b.getOrCreate();
        try {
            SparkIngest.Result r = new SparkIngest(spark, options, System.err).run(sources, out);
            System.err.println(r.summary().describe());
            System.err.printf("spark-ingest: %d indicator rows in %s (Parquet, partitioned by fiscal_year)%s%n",
                    r.indicatorRows(), out.resolve(SparkIngest.INDICATORS),
                    r.attemptsOverOne() > 0 ? "; " + r.attemptsOverOne() + " files needed a second worker" : "");
            return r.summary().exitCode();
        } catch (java.io.IOException | RuntimeException e) {
            // the job itself failed (not a document: those are in _failed.jsonl); what finished is journaled
            System.err.println("error: spark-ingest: " + e.getMessage() + " (what finished is in " + out.resolve(
                    org.suchi.bulk.Journal.DONE_FILE) + "; run the same command again to go on)");
            e.printStackTrace();
            return org.suchi.model.FailureCause.INTERNAL.exitCode();
        } finally {
            spark.stop();
        }
    }
}
