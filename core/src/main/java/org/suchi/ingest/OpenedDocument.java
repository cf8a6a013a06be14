package org.suchi.ingest;

import java.nio.file.Path;

/**
 * An input opened for reading, page by page, so that a long document never holds all its page
 * images at once. Not thread-safe; close it when done.
 */
public interface OpenedDocument extends AutoCloseable {
    Path path();
    InputFormat format();
    String sha256();
    int pageCount();
    /** {@code source.kind} of report/1 for this input. */
    String kind();
    /** Page {@code page} (1-based) as a grey image. */
    PageImage page(int page);
    @Override
    void close();
}
