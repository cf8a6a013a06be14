package org.suchi.bulk;

import java.io.IOException;
import java.nio.file.Path;
import org.suchi.model.Report;

/**
 * Where each finished report goes besides its JSON file: the search index (wired to the Lucene index
 * writer of {@code org.suchi.index}). Called from worker threads, so implementations are thread-safe.
 *
 * <p>Crash safety asks two things of an implementation. {@link #accept} must be idempotent per
 * {@code json} path (an upsert keyed by the report's path, never a blind add): a run killed after
 * {@code accept} but before its journal line is written extracts the file again and offers it again.
 * And a run that resumes offers every report already in the journal again before new ones, because
 * the killed run may have died before its last {@link #commit}; an upsert makes that cheap and exact.
 */
public interface ResultSink extends AutoCloseable {
    /** Takes the report written to {@code json} (replacing any earlier one for the same path). */
    void accept(Path json, Report report) throws IOException;

    /** Makes everything accepted so far durable. */
    void commit() throws IOException;

    @Override
    default void close() throws IOException {}

    /** A sink that keeps nothing (no {@code --index}). */
    ResultSink NONE = new ResultSink() {
        @Override public void accept(Path json, Report report) {}
        @Override public void commit() {}
    };
}
