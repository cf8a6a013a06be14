package org.suchi.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.suchi.extract.ReportJson;
import org.suchi.io.AtomicFile;
import org.suchi.model.Report;

/** Report files in the output folder: durable atomic writes ({@link AtomicFile}), copies for same-content inputs, leftovers of a killed run. */
final class Outputs {
    private Outputs() {}

    /** Writes {@code report} atomically (temporary file, fsync, move, folder fsync). */
    static void write(Report report, Path out) throws IOException {
        ReportJson.write(report, out);
    }

    /**
     * The report of {@code from} given as the report of a file with the same bytes named
     * {@code fileName}: only {@code source.file} differs. Works on the JSON tree, so every field of the
     * report (including fields added later) is kept as it is.
     */
    static Report copy(Path from, String fileName, Path to) throws IOException {
        JsonNode tree = ReportJson.mapper().readTree(from.toFile());
        ((ObjectNode) tree.get("source")).put("file", fileName);
        Report r = ReportJson.mapper().treeToValue(tree, Report.class);
        AtomicFile.write(to, os -> ReportJson.mapper().writeValue(os, tree));
        return r;
    }

    /** Removes the temporary files a killed run left behind; never those of a process still running. */
    static int removeTemporaries(Path outDir) throws IOException {
        return AtomicFile.removeStale(outDir);
    }
}
