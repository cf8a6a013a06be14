package org.suchi.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way Suchi writes a file that a reader may see at any moment (reports, exports): the bytes go
 * to a temporary file in the same folder ({@code .NAME.PID.RANDOM.tmp}), are forced to disk, the file
 * is moved over the target in one step, and the folder is forced too, so a crash leaves either the old
 * file or the new one, never a part. The temporary file is created with the process's umask (not 0600).
 * Its name carries the writing process's id, so a clean-up ({@link #removeStale}) never deletes the
 * temporary file of a run that is still going.
 */
public final class AtomicFile {
    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Pattern TEMP = Pattern.compile("^\\..+?(?:\\.(\\d+)\\.[0-9a-f]+)?\\.tmp$");
    private static final long PID = ProcessHandle.current().pid();

    private AtomicFile() {}

    /** Writes {@code target} atomically and durably with what {@code content} writes. */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + PID + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(os);
                os.flush();
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
    }

    /**
     * Makes sure files can be written in {@code dir} (creating it): a probe file is created and removed.
     * Fails early, before any work, for a read-only or full file system, a folder without write
     * permission, or a path that is a file.
     */
    public static void checkWritable(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new java.nio.file.FileSystemException(dir.toString(), null, "is not a folder");
        }
        Files.createDirectories(dir);
        Path probe = dir.resolve(".suchi-probe." + PID + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".json.tmp");
        try (OutputStream os = Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            os.write('\n');
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** A short reason for a failed write ("permission denied", "No space left on device", ...), without a stack trace. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) return a.getFile() + ": permission denied";
        if (e instanceof java.nio.file.NoSuchFileException n) return n.getFile() + ": no such file or folder";
        if (e instanceof java.nio.file.FileAlreadyExistsException f) return f.getFile() + ": exists and is not a folder";
        if (e instanceof java.nio.file.FileSystemException f) {
            return (f.getFile() == null ? "" : f.getFile() + ": ") + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Forces a folder's entries to disk (where the file system can; a no-op elsewhere). */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // some file systems cannot sync a folder; the file itself was forced already
        }
    }

    /** True for the name of a temporary file written by {@link #write} (or by an older Suchi). */
    public static boolean isTemporary(String fileName) {
        return TEMP.matcher(fileName).matches();
    }

    /**
     * Deletes the temporary files of {@code .NAME.json} targets that a killed process left in {@code dir}
     * and below: those whose writer is no longer running. Files of a live process (another run writing
     * into the same folder) are kept.
     *
     * @return how many were deleted
     */
    public static int removeStale(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    n += removeStale(p);
                    continue;
                }
                Matcher m = TEMP.matcher(name);
                if (!m.matches() || !name.contains(".json") || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                if (m.group(1) != null) {
                    long pid = Long.parseLong(m.group(1));
                    if (pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                }
                if (Files.deleteIfExists(p)) n++;
            }
        }
        return n;
    }
}
