package org.suchi.bulk;

import java.time.Duration;
import java.util.Map;
import org.suchi.model.FailureCause;

/**
 * The outcome of a bulk run.
 *
 * @param done          reports extracted in this run
 * @param copied        reports of files whose bytes equal another input's (copied, not extracted again)
 * @param skipped       files already finished by an earlier run (journal)
 * @param failed        files that failed in this run, by cause
 * @param failedEarlier files quarantined by an earlier run and not tried again, by cause
 * @param ignored       files in the folders that are not report files by their extension
 * @param pages         pages read in this run
 * @param warnings      warnings in this run's reports
 * @param stuck         documents given up (timeout) whose last task had not returned at the end
 */
public record IngestSummary(int done, int copied, int skipped, Map<FailureCause, Integer> failed,
                            Map<FailureCause, Integer> failedEarlier, int ignored, long pages, long warnings,
                            int stuck, Duration elapsed) {
    public IngestSummary {
        failed = Map.copyOf(failed);
        failedEarlier = Map.copyOf(failedEarlier);
    }

    /** 0 when nothing failed (now or in an earlier run); a cause's code when all failures share it; 1 otherwise. */
    public int exitCode() {
        var causes = new java.util.HashSet<FailureCause>(failed.keySet());
        causes.addAll(failedEarlier.keySet());
        if (causes.isEmpty()) return 0;
        if (causes.size() == 1) return causes.iterator().next().exitCode();
        return 1;
    }

    public double pagesPerMinute() {
        double min = elapsed.toMillis() / 60000.0;
        return min > 0 ? pages / min : 0;
    }

    /** A few lines for the end of a run. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("ingest: %d extracted, %d copied (same bytes as another file), %d already done, %d failed%n",
                done, copied, skipped, total(failed) + total(failedEarlier)));
        failed.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append(String.format(
                "  failed: %d %s (exit %d)%n", e.getValue(), e.getKey().description(), e.getKey().exitCode())));
        failedEarlier.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append(String.format(
                "  failed in an earlier run (quarantined, not retried): %d %s (exit %d)%n", e.getValue(),
                e.getKey().description(), e.getKey().exitCode())));
        if (ignored > 0) sb.append(String.format("  %d files ignored (not .pdf, .png, .jpg, .jpeg, .tif, .tiff)%n", ignored));
        if (stuck > 0) sb.append(String.format("  %d timed-out files were still running when the batch ended%n", stuck));
        sb.append(String.format("  %d pages, %d warnings, %.1f s, %.1f pages/min", pages, warnings,
                elapsed.toMillis() / 1000.0, pagesPerMinute()));
        return sb.toString();
    }

    private static int total(Map<FailureCause, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }
}
