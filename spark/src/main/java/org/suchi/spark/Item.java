package org.suchi.spark;

import java.io.Serializable;

/**
 * One input to extract.
 *
 * @param path   the file as Spark's binaryFile source names it ({@code file:/…}, {@code hdfs://…})
 * @param name   its path relative to its source, as {@code ingest} names it
 * @param output its report's path in the output folder, as {@code ingest} names it
 */
public record Item(String path, String name, String output, String sha256) implements Serializable {
    Item withSha(String sha) {
        return new Item(path, name, output, sha);
    }
}
