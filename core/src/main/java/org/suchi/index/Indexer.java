package org.suchi.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.suchi.model.FailureCause;

/**
 * Indexes report files into a folder: a bad file gets one error line (file and cause) and the rest goes on (JSON in a
 * folder that is not report/1 is skipped quietly); the
 * index is committed every {@code commitEvery} reports and at the end. Any other failure rolls the writer back to
 * the last commit and is rethrown — what was committed stays intact and opens.
 */
public final class Indexer {
    /** A step run before each file (tests inject a failure here to prove commits are atomic). */
    @FunctionalInterface
    public interface Step {
        Step NONE = (i, f) -> { };

        void before(int index, Path file) throws IOException;
    }

    /** A file that could not be indexed. */
    public record Failure(Path file, FailureCause cause, String message) {}

    /** What a run did; {@code exitCode} 0 when every file was indexed, the cause's code, or 1 for mixed causes. */
    public record Summary(int reports, int rows, int skipped, List<Failure> failures) {
        public Summary {
            failures = List.copyOf(failures);
        }

        public int exitCode() {
            if (failures.isEmpty()) {
                return 0;
            }
            long causes = failures.stream().map(Failure::cause).distinct().count();
            return causes == 1 ? failures.get(0).cause().exitCode() : 1;
        }
    }

    private final LevelRule rule;
    private final int commitEvery;
    private final Step step;

    public Indexer(LevelRule rule, int commitEvery, Step step) {
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1");
        }
        this.rule = rule;
        this.commitEvery = commitEvery;
        this.step = step;
    }

    /** Indexes {@code inputs} (files or folders) into {@code indexDir}; {@code errors} receives one line per bad file. */
    public Summary run(Path indexDir, List<Path> inputs, Consumer<String> errors) throws IOException {
        List<Path> files = ReportFile.expand(inputs);
        java.util.Set<Path> named = new java.util.HashSet<>(inputs);
        List<Failure> failures = new ArrayList<>();
        int reports = 0;
        int rows = 0;
        int skipped = 0;
        ReportIndexWriter w = new ReportIndexWriter(indexDir, rule);
        boolean ok = false;
        try {
            int pending = 0;
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                step.before(i, f);
                IndexedReport r;
                try {
                    r = ReportFile.read(f);
                } catch (ReportFile.BadReportException e) {
                    if (e.failureCause() == FailureCause.NOT_A_REPORT && !named.contains(f)) {
                        skipped++; // other JSON in a folder (a manifest, a list): not an error
                        continue;
                    }
                    failures.add(new Failure(f, e.failureCause(), e.getMessage()));
                    errors.accept(f + ": " + e.failureCause().description() + ": " + e.getMessage());
                    continue;
                }
                w.put(r);
                reports++;
                rows += r.rows().size();
                if (++pending >= commitEvery) {
                    w.commit();
                    pending = 0;
                }
            }
            w.commit();
            ok = true;
        } finally {
            if (ok) {
                w.close();
            } else {
                w.rollback();
            }
        }
        return new Summary(reports, rows, skipped, failures);
    }
}
