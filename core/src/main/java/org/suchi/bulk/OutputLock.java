package org.suchi.bulk;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock of an output folder ({@code DIR/_ingest.lock}, an OS file lock): one {@code ingest} run
 * writes into a folder at a time. The lock goes with the process (a killed run leaves no stale lock);
 * the file stays (empty) between runs: deleting it could let two runs lock two different files.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = "_ingest.lock";

    /** The folder is locked by another run. */
    public static final class LockedException extends IOException {
        private final Path dir;

        LockedException(Path dir, String holder) {
            super(dir + ": another suchi ingest" + (holder.isBlank() ? "" : " (process " + holder + ")")
                    + " is writing into this output folder");
            this.dir = dir;
        }

        public Path dir() {
            return dir;
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code dir} (created when missing), or fails at once with {@link LockedException}. */
    public static OutputLock acquire(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve(FILE);
        FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null; // held by this same process (another run in this JVM)
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (l == null) {
            ch.close();
            throw new LockedException(dir, "");
        }
        return new OutputLock(ch, l);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
