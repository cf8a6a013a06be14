package org.suchi.spark;

import picocli.CommandLine;

/** The job jar's main class, for {@code spark-submit}: the same arguments as {@code ./suchi spark-ingest}. */
public final class SparkIngestMain {
    private SparkIngestMain() {}

    public static void main(String[] args) {
        int code = new CommandLine(new SparkIngestCommand()).execute(args);
        if (code != 0) System.exit(code);
    }
}
