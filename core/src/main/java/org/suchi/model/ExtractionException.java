package org.suchi.model;

import java.nio.file.Path;

/** A document that cannot be extracted, with its cause (and so its exit code). */
public final class ExtractionException extends RuntimeException {
    private final FailureCause cause;
    private final Path file;

    public ExtractionException(FailureCause cause, Path file, String detail) {
        this(cause, file, detail, null);
    }

    public ExtractionException(FailureCause cause, Path file, String detail, Throwable t) {
        super(detail, t);
        this.cause = cause;
        this.file = file;
    }

    public FailureCause failureCause() { return cause; }
    public Path file() { return file; }

    /** One line for the user: file, cause, detail and how to fix it. */
    public String userMessage() {
        String d = getMessage() == null || getMessage().isBlank() ? "" : ": " + getMessage();
        return org.suchi.io.Printable.of(file) + ": " + cause.description() + org.suchi.io.Printable.of(d) + " (" + cause.hint() + ")";
    }
}
