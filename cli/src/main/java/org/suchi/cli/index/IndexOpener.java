package org.suchi.cli.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexNotFoundException;
import org.suchi.index.ReportSearcher;

/** Opens an index for the read commands, with a one-line error when there is none. */
final class IndexOpener {
    /** Exit code when the folder holds no index. */
    static final int EXIT_NO_INDEX = 3;

    private IndexOpener() {}

    /** The searcher, or null after printing why it cannot be opened. */
    static ReportSearcher open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Console.err().println(dir + ": no index folder (run suchi index --index " + dir + " FILES first)");
            return null;
        }
        try {
            return new ReportSearcher(dir);
        } catch (IndexNotFoundException e) {
            Console.err().println(dir + ": no index in this folder (run suchi index first)");
            return null;
        }
    }
}
