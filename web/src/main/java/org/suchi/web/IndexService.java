package org.suchi.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.suchi.index.LevelRules;
import org.suchi.index.ReportFile;
import org.suchi.index.ReportIndexWriter;
import org.suchi.index.ReportSearcher;

/**
 * The search index of a data folder ({@code DIR/index}). Readers share one {@link ReportSearcher}, reopened at most once
 * a second when the index has a newer commit (an upload, a correction, or a {@code suchi ingest} running beside the
 * server); an old searcher is closed a minute after it was replaced, when no search can still use it. Writes open
 * the index writer briefly and commit, so {@code suchi ingest --index DIR/index} can run between them.
 */
public final class IndexService implements AutoCloseable {
    private final Path folder;
    private volatile ReportSearcher current;
    private volatile long checked;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "index-closer");
        t.setDaemon(true);
        return t;
    });

    public IndexService(Path folder) {
        this.folder = folder;
    }

    /** The current searcher, or null when there is no index yet. */
    public ReportSearcher searcher() throws IOException {
        long now = System.nanoTime();
        ReportSearcher s = current;
        if (s != null && now - checked < 1_000_000_000L) {
            return s;
        }
        synchronized (this) {
            s = current;
            if (s != null && now - checked < 1_000_000_000L) {
                return s;
            }
            checked = now;
            if (s != null && ((DirectoryReader) s.searcher().getIndexReader()).isCurrent()) {
                return s;
            }
            return reopen();
        }
    }

    private synchronized ReportSearcher reopen() throws IOException {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        ReportSearcher fresh;
        try {
            fresh = new ReportSearcher(folder);
        } catch (IndexNotFoundException e) {
            return null;
        }
        ReportSearcher old = current;
        current = fresh;
        checked = System.nanoTime();
        if (old != null) {
            closer.schedule(() -> {
                try {
                    old.close();
                } catch (IOException e) {
                    // closing a reader of an older commit
                }
            }, 60, TimeUnit.SECONDS);
        }
        return fresh;
    }

    /** Puts reports (corrected report/1 JSON) into the index and commits; searches see them at once after. */
    public synchronized void put(Iterable<JsonNode> reports) throws IOException {
        Files.createDirectories(folder);
        try (ReportIndexWriter w = new ReportIndexWriter(folder, LevelRules.standard())) {
            for (JsonNode r : reports) {
                w.put(ReportFile.parse(r));
            }
            w.commit();
        }
        reopen();
    }

    @Override
    public synchronized void close() throws IOException {
        closer.shutdownNow();
        if (current != null) {
            current.close();
        }
    }
}
