package org.suchi.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;

/**
 * The checks every input passes before a byte of it is read: it must be a regular file (a symbolic
 * link to one is fine) that we may read. A FIFO, device, socket, folder or symbolic-link loop is
 * refused ({@link FailureCause#NOT_REGULAR}), so reading it can never block or run forever; a missing
 * file or a dangling link is {@link FailureCause#NOT_FOUND}. Hashing runs under a time limit too.
 */
public final class InputGuard {
    private InputGuard() {}

    /** Returns normally when {@code file} is a readable regular file, else throws the refusal. */
    public static void check(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ExtractionException(FailureCause.NOT_FOUND, file,
                    Files.isSymbolicLink(file) ? "a symbolic link to a missing file" : null);
        } catch (AccessDeniedException e) {
            throw new ExtractionException(FailureCause.NOT_FOUND, file, "permission denied");
        } catch (FileSystemException e) {
            String why = e.getReason() == null ? "" : e.getReason();
            if (why.toLowerCase(java.util.Locale.ROOT).contains("symbolic link")) {
                throw new ExtractionException(FailureCause.NOT_REGULAR, file, "a symbolic link loop (" + why + ")");
            }
            throw new ExtractionException(FailureCause.NOT_FOUND, file, why);
        } catch (IOException e) {
            throw new ExtractionException(FailureCause.NOT_FOUND, file, e.getMessage());
        }
        if (a.isDirectory()) throw new ExtractionException(FailureCause.NOT_REGULAR, file, "a folder");
        if (!a.isRegularFile()) throw new ExtractionException(FailureCause.NOT_REGULAR, file, kind(file));
        if (!Files.isReadable(file)) throw new ExtractionException(FailureCause.NOT_FOUND, file, "permission denied");
    }

    /** What a file that is not regular is: a FIFO, a device, a socket. */
    static String kind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
    }

    /**
     * The hex SHA-256 of a checked input, given up after {@code limit} (a file on a hung network
     * mount): {@link FailureCause#TIMEOUT}.
     */
    public static String sha256(Path file, Duration limit) {
        check(file);
        CompletableFuture<String> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(DocumentOpener.sha256(file));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "suchi-hash");
        t.setDaemon(true);
        t.start();
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            throw new ExtractionException(FailureCause.TIMEOUT, file, "reading the file took longer than "
                    + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException x) throw x;
            throw new ExtractionException(FailureCause.NOT_FOUND, file, String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(FailureCause.TIMEOUT, file, "interrupted while reading");
        }
    }
}
