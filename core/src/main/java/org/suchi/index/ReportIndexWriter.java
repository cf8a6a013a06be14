package org.suchi.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import java.util.Map;

/**
 * Adds reports to an index folder. A report replaces every document with its sha256 in one atomic update, so
 * indexing a report again never duplicates it. Nothing is visible to readers until {@link #commit()}; a process that
 * dies before it leaves the last commit as it was ({@link #rollback()} does the same on purpose).
 */
public final class ReportIndexWriter implements Closeable {
    private final Directory dir;
    private final IndexWriter writer;
    private final DocumentMapper mapper;

    public ReportIndexWriter(Path folder, LevelRule rule) throws IOException {
        this(folder, rule, 64);
    }

    /** {@code ramBufferMb}: memory for documents buffered before a segment is flushed. */
    public ReportIndexWriter(Path folder, LevelRule rule, double ramBufferMb) throws IOException {
        this.dir = FSDirectory.open(folder);
        IndexWriterConfig cfg = new IndexWriterConfig(indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb)
                .setCommitOnClose(false);
        try {
            this.writer = new IndexWriter(dir, cfg);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
        this.mapper = new DocumentMapper(rule);
    }

    /** The analyzers documents are indexed with (per field; see {@link BanglaAnalyzer}). */
    public static Analyzer indexAnalyzer() {
        Analyzer prefix = new BanglaAnalyzer(BanglaAnalyzer.Mode.PREFIX);
        return new PerFieldAnalyzerWrapper(new BanglaAnalyzer(BanglaAnalyzer.Mode.STEMMED),
                Map.of(Fields.TEXT_PREFIX, prefix, Fields.CONTEXT, prefix));
    }

    /** Adds the report, replacing any earlier version with the same sha256 (visible after the next commit). */
    public void put(IndexedReport report) throws IOException {
        writer.updateDocuments(new Term(Fields.SHA256, report.sha256()), mapper.documents(report));
    }

    /** Removes a report (visible after the next commit). */
    public void delete(String sha256) throws IOException {
        writer.deleteDocuments(new Term(Fields.SHA256, sha256));
    }

    /** Makes everything put so far durable and visible, atomically. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Drops everything since the last commit and closes the writer. */
    public void rollback() throws IOException {
        try {
            writer.rollback();
        } finally {
            dir.close();
        }
    }

    /** Closes without committing (call {@link #commit()} first to keep pending changes). */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            dir.close();
        }
    }
}
