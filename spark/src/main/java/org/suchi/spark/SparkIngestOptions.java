package org.suchi.spark;

import java.io.Serializable;
import java.time.Duration;
import org.suchi.spark.worker.WorkerSpec;

/**
 * How a Spark ingestion runs.
 *
 * @param timeout  longest time one document may take in a worker; then the worker is killed
 * @param attempts worker runs a document gets when its worker crashes or hangs; after the last it is quarantined
 * @param worker   how worker subprocesses start (heap, TESSDATA_PREFIX, test-only faults)
 */
public record SparkIngestOptions(Duration timeout, Isolation isolation, int attempts, WorkerSpec worker)
        implements Serializable {
    public SparkIngestOptions {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout " + timeout);
        if (attempts < 1) throw new IllegalArgumentException("attempts " + attempts);
    }

    /** Ten minutes a document (as {@code ingest}), two attempts, 1536 MiB workers. */
    public static SparkIngestOptions defaults() {
        return new SparkIngestOptions(Duration.ofMinutes(10), Isolation.PROCESS, 2, new WorkerSpec("1536m", "", null));
    }
}
