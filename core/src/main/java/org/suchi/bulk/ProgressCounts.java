package org.suchi.bulk;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The counters behind both kinds of progress display. */
final class ProgressCounts {
    private final long started = System.nanoTime();
    final AtomicInteger files = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicLong pages = new AtomicLong();
    /** Documents extracted in this run and their pages (for the time left, counted in pages). */
    final AtomicInteger extracted = new AtomicInteger();
    final AtomicLong extractedPages = new AtomicLong();

    void count(IngestProgress.Outcome o) {
        finished.incrementAndGet();
        if (o == IngestProgress.Outcome.SKIPPED) skipped.incrementAndGet();
        if (o == IngestProgress.Outcome.FAILED) failed.incrementAndGet();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    double pagesPerMinute() {
        double min = elapsed().toMillis() / 60000.0;
        return min > 0 ? pages.get() / min : 0;
    }

    /** A document extracted in this run had {@code n} pages. */
    void extracted(int n) {
        extracted.incrementAndGet();
        extractedPages.addAndGet(n);
    }

    /**
     * Time left, counted in pages: the files left times the mean pages of the documents extracted so far,
     * less the pages already read of those in progress, at this run's pages per second. Before any
     * document is done, at the pace of files (files skipped from the journal cost nothing).
     */
    Duration eta() {
        int left = files.get() - finished.get();
        long read = pages.get();
        if (extracted.get() > 0 && read > 0) {
            double meanPages = extractedPages.get() / (double) extracted.get();
            double pagesLeft = Math.max(0, left * meanPages - (read - extractedPages.get()));
            return Duration.ofMillis((long) (elapsed().toMillis() * pagesLeft / read));
        }
        int worked = finished.get() - skipped.get();
        if (worked <= 0) return null;
        return elapsed().multipliedBy(left).dividedBy(worked);
    }

    /** "12 pages, 34.5 pages/min, 1 failed". */
    String pagesAndFailures() {
        String s = String.format("%d pages, %.1f pages/min", pages.get(), pagesPerMinute());
        return failed.get() > 0 ? s + ", " + failed.get() + " failed" : s;
    }

    static String format(Duration d) {
        if (d == null) return "?";
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60) : String.format("%dm%02ds", s / 60, s % 60);
    }
}
