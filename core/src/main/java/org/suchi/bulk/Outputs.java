package org.suchi.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.suchi.extract.ReportJson;
import org.suchi.model.Report;

/** Report files in the output folder: durable atomic writes, copies for same-content inputs, leftovers of a killed run. */
final class Outputs {
    private Outputs() {}

    /** Writes {@code report} atomically (temporary file, fsync, move) and makes the move durable. */
    static void write(Report report, Path out) throws IOException {
        ReportJson.write(report, out);
        syncDirectory(out.toAbsolutePath().getParent());
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
        Path dir = to.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + to.getFileName(), ".tmp");
        try {
            ReportJson.mapper().writeValue(tmp.toFile(), tree);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
        return r;
    }

    /** Removes the temporary files a killed run left behind ({@code .NAME.json…tmp}). */
    static int removeTemporaries(Path outDir) throws IOException {
        if (!Files.isDirectory(outDir)) return 0;
        List<Path> tmp;
        try (Stream<Path> s = Files.walk(outDir)) {
            tmp = s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.contains(".json") && n.endsWith(".tmp");
            }).toList();
        }
        for (Path p : tmp) Files.deleteIfExists(p);
        return tmp.size();
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the file itself was forced already
        } catch (UncheckedIOException ignored) {
            // same
        }
    }
}
