package org.suchi.bulk;

import java.time.Duration;

/**
 * How a bulk run is carried out.
 *
 * @param jobs    worker threads, each with its own OCR engine
 * @param window  pages of one document rendered ahead of the page being read (bounds memory)
 * @param timeout longest time one file may take, from its start to its report
 */
public record IngestOptions(int jobs, int window, Duration timeout) {
    public IngestOptions {
        if (jobs < 1) throw new IllegalArgumentException("jobs " + jobs);
        if (window < 1) throw new IllegalArgumentException("window " + window);
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout " + timeout);
    }

    /** All cores, two pages ahead, ten minutes per file. */
    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 2, Duration.ofMinutes(10));
    }

    /** Documents open at once: one more than the workers, so a worker never waits for a document to open. */
    int documentsInFlight() {
        return jobs + 1;
    }
}
