package org.suchi.bulk;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Progress as a plain line every so often, for logs and pipes (no terminal). */
final class LogProgress implements IngestProgress {
    private final ProgressCounts counts = new ProgressCounts();
    private final PrintStream out;
    private final Duration every;
    private ScheduledExecutorService timer;

    LogProgress(PrintStream out, Duration every) {
        this.out = out;
        this.every = every;
    }

    @Override
    public synchronized void start(int files) {
        counts.files.set(files);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::print, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void print() {
        out.printf("ingest: %d/%d files, %s, elapsed %s, ETA %s%n", counts.finished.get(), counts.files.get(),
                counts.pagesAndFailures(), ProgressCounts.format(counts.elapsed()), ProgressCounts.format(counts.eta()));
    }

    @Override
    public void pagesRead(int n) {
        counts.pages.addAndGet(n);
    }

    @Override
    public void extracted(int pages) {
        counts.extracted(pages);
    }

    @Override
    public void file(Outcome outcome) {
        counts.count(outcome);
    }

    @Override
    public synchronized void close() {
        if (timer != null) timer.shutdownNow();
        timer = null;
    }
}
