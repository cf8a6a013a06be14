package org.suchi.bulk;

import java.time.Duration;
import org.suchi.extract.DocumentRunner;

/**
 * How a bulk run is carried out.
 *
 * @param jobs    worker threads, each with its own OCR engine
 * @param window  pages of one document rendered ahead of the page being read (bounds memory)
 * @param timeout longest time one file may take, from its start to its report (hashing included)
 * @param retryFailed try again the files an earlier run quarantined ({@code _failed.jsonl})
 */
public record IngestOptions(int jobs, int window, Duration timeout, boolean retryFailed) {
    public IngestOptions(int jobs, int window, Duration timeout) {
        this(jobs, window, timeout, false);
    }

    public IngestOptions {
        if (jobs < 1) throw new IllegalArgumentException("jobs " + jobs);
        if (window < 1) throw new IllegalArgumentException("window " + window);
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout " + timeout);
    }

    /** All cores, two pages ahead, ten minutes per file. */
    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), DocumentRunner.DEFAULT_WINDOW,
                DocumentRunner.DEFAULT_TIMEOUT);
    }
}
