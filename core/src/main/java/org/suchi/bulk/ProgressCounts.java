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

    /** Time left at the pace of the files finished in this run (files skipped from the journal cost nothing). */
    Duration eta() {
        int worked = finished.get() - skipped.get();
        int left = files.get() - finished.get();
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
