package org.suchi.spark;

import java.io.Serializable;

/**
 * What a Spark task did with one document, sent back to the driver (which journals it).
 *
 * @param output   the report's path in the output folder (the journal key)
 * @param name     the input's path relative to its source (the journal's {@code input})
 * @param cause    null when the report was written; else a {@link org.suchi.model.FailureCause} name
 * @param attempts worker runs it took (2 when the first worker crashed or hung)
 * @param millis   extraction time in the worker (the last attempt)
 */
public record Outcome(String output, String name, String sha256, int pages, int rows, int warnings, String cause,
                      String detail, int attempts, long millis) implements Serializable {
    public boolean ok() {
        return cause == null;
    }
}
