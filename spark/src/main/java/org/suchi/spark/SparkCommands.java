package org.suchi.spark;

import java.util.List;
import org.suchi.cli.ToolCommands;

/** {@code suchi spark-ingest}, when the launcher puts this module's jar and Spark on the class path. */
public final class SparkCommands implements ToolCommands {
    @Override
    public List<Object> commands() {
        return List.of(new SparkIngestCommand());
    }
}
