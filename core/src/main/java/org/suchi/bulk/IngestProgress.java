package org.suchi.bulk;

import java.io.PrintStream;
import java.time.Duration;

/** Told of a bulk run's progress; thread-safe. */
public interface IngestProgress extends AutoCloseable {
    /** How a file ended. */
    enum Outcome { DONE, COPIED, SKIPPED, FAILED }

    void start(int files);

    void pagesRead(int n);

    void file(Outcome outcome);

    /** A document of {@code pages} pages was extracted (its {@link #file} outcome comes too); for a time left in pages. */
    default void extracted(int pages) {}

    @Override
    void close();

    /** Says nothing. */
    IngestProgress NONE = new IngestProgress() {
        @Override public void start(int files) {}
        @Override public void pagesRead(int n) {}
        @Override public void file(Outcome outcome) {}
        @Override public void close() {}
    };

    /** A progress bar on a terminal; otherwise a plain line every {@code every}. */
    static IngestProgress on(PrintStream out, boolean terminal, Duration every) {
        return terminal ? new BarProgress(out) : new LogProgress(out, every);
    }
}
