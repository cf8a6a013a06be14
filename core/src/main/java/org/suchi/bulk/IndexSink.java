package org.suchi.bulk;

import java.io.IOException;
import java.nio.file.Path;
import org.suchi.index.LevelRules;
import org.suchi.index.ReportFile;
import org.suchi.index.ReportIndexWriter;
import org.suchi.model.Report;

/**
 * Feeds every finished report to the search index ({@code org.suchi.index}). The index keys a report by
 * its sha256 and replaces it when it comes again, which is the idempotence {@link ResultSink} asks
 * for; files with the same bytes are one report in the index. Committed every {@code commitEvery}
 * reports (so a long run is searchable while it goes) and at the end; a run that dies between commits
 * loses nothing, because the next run offers every journaled report again.
 */
public final class IndexSink implements ResultSink {
    private final ReportIndexWriter writer;
    private final int commitEvery;
    private int pending;

    public IndexSink(Path indexDir, int commitEvery) throws IOException {
        if (commitEvery < 1) throw new IllegalArgumentException("commitEvery " + commitEvery);
        this.writer = new ReportIndexWriter(indexDir, LevelRules.standard());
        this.commitEvery = commitEvery;
    }

    /** Indexes the report as written to {@code json} (read back, so the index sees exactly the file). */
    @Override
    public synchronized void accept(Path json, Report report) throws IOException {
        writer.put(ReportFile.read(json));
        if (++pending >= commitEvery) commit();
    }

    @Override
    public synchronized void commit() throws IOException {
        writer.commit();
        pending = 0;
    }

    /** Closes without committing what came after the last {@link #commit()}. */
    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
