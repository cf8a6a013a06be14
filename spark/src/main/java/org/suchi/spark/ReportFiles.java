package org.suchi.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.suchi.extract.ReportJson;

/**
 * Report files in the output folder, written as {@code ingest} writes them (its {@code Outputs} is internal to
 * {@code org.suchi.bulk}): a temporary {@code .NAME.json…tmp} beside the report, forced to disk, moved over it
 * atomically, the folder forced. A reader never sees half a report and a killed run leaves only temporaries, which
 * the next run removes.
 */
final class ReportFiles {
    private ReportFiles() {}

    /** Writes {@code json} (the report/1 text) to {@code out}, atomically and durably. */
    static void write(String json, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + out.getFileName(), ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                os.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            force(tmp);
            move(tmp, out);
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
    }

    /** Counts of a report copied from another with the same bytes. */
    record Counts(int pages, int rows, int warnings) {}

    /**
     * The report of {@code from} given as the report of a file with the same bytes named {@code fileName}: only
     * {@code source.file} differs, the rest of the JSON tree is kept as it is (as {@code ingest} copies).
     */
    static Counts copy(Path from, String fileName, Path to) throws IOException {
        JsonNode tree = ReportJson.mapper().readTree(from.toFile());
        ((ObjectNode) tree.get("source")).put("file", fileName);
        Path dir = to.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + to.getFileName(), ".tmp");
        try {
            ReportJson.mapper().writeValue(tmp.toFile(), tree);
            force(tmp);
            move(tmp, to);
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
        return new Counts(tree.path("source").path("pages").asInt(), tree.path("rows").size(),
                tree.path("warnings").size());
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

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void move(Path tmp, Path out) throws IOException {
        try {
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UncheckedIOException e) {
            // some file systems cannot sync a directory; the file itself was forced already
        }
    }
}
