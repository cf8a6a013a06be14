package org.suchi.bulk;

import java.nio.file.Path;

/**
 * One file to ingest.
 *
 * @param path   where it is
 * @param name   its path relative to its source (with the source's name first when there are several), with {@code /}
 * @param output its report's path relative to the output folder, with {@code /}; unique in a run, so it
 *               is the file's key in the journal and the quarantine list
 */
public record InputFile(Path path, String name, String output) {}
