package org.suchi.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suchi.bulk.OutputLock;
import org.suchi.io.AtomicFile;
import org.suchi.io.Printable;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import picocli.CommandLine;

/**
 * What any command does with an exception that reached the top: one {@code error:} line naming the
 * file, the cause and what to do, and the cause's exit code; never a stack trace on the terminal (the
 * trace of an unexpected failure goes to the log file, {@link Logging}).
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    /** Exit code when another {@code ingest} writes into the same output folder. */
    static final int EXIT_OUTPUT_LOCKED = 17;

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintStream err = System.err;
        Throwable corrupt = indexCorruption(ex);
        if (corrupt != null) {
            CommandLine.ParseResult sub = parsed;
            while (sub != null && sub.hasSubcommand()) sub = sub.subcommand();
            Object dir = sub == null ? null : sub.matchedOptionValue("--index", null);
            err.println("error: " + (dir == null ? "" : Printable.of(dir) + ": ") + "the search index is corrupt ("
                    + Printable.of(firstLine(corrupt.getMessage())) + "); build it again from the report files:"
                    + " move the folder away and run suchi index --index DIR REPORTS");
            return EXIT_INDEX;
        }
        return report(ex, err, cl.getCommandName());
    }

    /** Exit code of an index folder that is locked, corrupt or not usable (as {@code suchi index} gives). */
    static final int EXIT_INDEX = 13;

    /** The Lucene corruption (damaged, truncated, too old or too new segment files) behind {@code e}, or null. */
    static Throwable indexCorruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.lucene.index.CorruptIndexException
                    || t instanceof org.apache.lucene.index.IndexFormatTooOldException
                    || t instanceof org.apache.lucene.index.IndexFormatTooNewException) {
                return t;
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    /** Prints the one line for {@code ex} and gives its exit code. */
    static int report(Throwable ex, PrintStream err, String command) {
        if (ex instanceof ExtractionException x) {
            err.println("error: " + x.userMessage());
            return x.failureCause().exitCode();
        }
        if (ex instanceof OutputLock.LockedException l) {
            err.println("error: " + Printable.of(l.getMessage()) + " (wait for it to finish, or give another --out)");
            return EXIT_OUTPUT_LOCKED;
        }
        if (ex instanceof FileSystemException f) {
            FailureCause c = FailureCause.OUTPUT_UNWRITABLE;
            err.println("error: " + Printable.of(AtomicFile.reason(f)) + ": " + c.description() + " (" + c.hint() + ")");
            return c.exitCode();
        }
        if (ex instanceof IOException io && io.getMessage() != null && io.getMessage().contains("No space left")) {
            FailureCause c = FailureCause.OUTPUT_UNWRITABLE;
            err.println("error: " + Printable.of(io.getMessage()) + " (" + c.hint() + ")");
            return c.exitCode();
        }
        if (ex instanceof OutOfMemoryError) {
            FailureCause c = FailureCause.RESOURCES;
            err.println("error: " + command + ": " + c.description() + " (" + c.hint() + ")");
            return c.exitCode();
        }
        LOG.error("{} failed", command, ex);
        FailureCause c = FailureCause.INTERNAL;
        err.println("error: " + command + ": " + c.description() + ": " + Printable.of(ex) + " (" + c.hint()
                + "; the details are in " + Logging.file() + ")");
        return c.exitCode();
    }
}
