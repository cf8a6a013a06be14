package org.suchi.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;

/**
 * What earlier runs into the same output folder finished: {@code DIR/_journal.jsonl} (one line per
 * report written, appended only after the report is on disk) and the quarantine list
 * {@code DIR/_failed.jsonl} (one line per file that could not be extracted). Both are keyed by the
 * report's path in the output folder and the input's sha256: a file whose content changed is
 * extracted again. A later line for the same key wins.
 */
public final class Journal implements AutoCloseable {
    public static final String DONE_FILE = "_journal.jsonl";
    public static final String FAILED_FILE = "_failed.jsonl";

    /**
     * A finished report.
     *
     * @param copyOf the report it was copied from when the input has the same bytes as an earlier one, else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Done(String output, String input, String sha256, int pages, int rows, int warnings, String copyOf) {}

    /**
     * A quarantined file: its path, the cause (a {@link FailureCause} name), the exit code of that
     * cause, and the one-line detail.
     */
    public record Failed(String path, String output, String sha256, String cause, int exitCode, String detail) {
        static Failed of(InputFile in, String sha, ExtractionException e) {
            return new Failed(in.name(), in.output(), sha, e.failureCause().name(), e.failureCause().exitCode(),
                    e.getMessage() == null ? "" : e.getMessage());
        }

        FailureCause failureCause() {
            return FailureCause.valueOf(cause);
        }
    }

    private final JsonLines<Done> done;
    private final JsonLines<Failed> failed;
    private final Map<String, Done> doneByOutput = new HashMap<>();
    private final Map<String, Failed> failedByOutput = new HashMap<>();

    private Journal(JsonLines<Done> done, JsonLines<Failed> failed) {
        this.done = done;
        this.failed = failed;
        for (Done d : done.loaded()) doneByOutput.put(d.output(), d);
        for (Failed f : failed.loaded()) failedByOutput.put(f.output(), f);
    }

    public static Journal open(Path outDir) throws IOException {
        JsonLines<Done> d = JsonLines.open(outDir.resolve(DONE_FILE), Done.class);
        try {
            return new Journal(d, JsonLines.open(outDir.resolve(FAILED_FILE), Failed.class));
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** The finished report of {@code output} when its input had {@code sha256}, else null. */
    public synchronized Done done(String output, String sha256) {
        Done d = doneByOutput.get(output);
        return d != null && d.sha256().equals(sha256) ? d : null;
    }

    /** The quarantine record of {@code output} when its input had {@code sha256}, else null. */
    public synchronized Failed failed(String output, String sha256) {
        Failed f = failedByOutput.get(output);
        return f != null && f.sha256().equals(sha256) ? f : null;
    }

    /** Lines of either file that were not a record (written by something else) and were skipped. */
    public int unreadableLines() {
        return done.unreadable() + failed.unreadable();
    }

    /** Forgets the quarantine list for this run ({@code ingest --retry-failed}): those files are tried again. */
    public synchronized void retryFailed() {
        failedByOutput.clear();
    }

    /** Every finished report known. */
    public synchronized Collection<Done> allDone() {
        return java.util.List.copyOf(doneByOutput.values());
    }

    public void append(Done d) throws IOException {
        done.append(d);
        synchronized (this) {
            doneByOutput.put(d.output(), d);
        }
    }

    public void append(Failed f) throws IOException {
        failed.append(f);
        synchronized (this) {
            failedByOutput.put(f.output(), f);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            done.close();
        } finally {
            failed.close();
        }
    }
}
