package org.suchi.index;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Test helper run in a child JVM: {@code INDEX COMMIT_EVERY HALT_AT FILE…} indexes the files, committing every
 * COMMIT_EVERY reports, and halts the JVM at once (like a kill: no close, no rollback, no shutdown hooks) just before
 * report HALT_AT (0-based) — reports added since the last commit are still in the writer's buffer.
 */
public final class HaltingIndexer {
    static final int HALTED = 77;

    private HaltingIndexer() {}

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int commitEvery = Integer.parseInt(args[1]);
        int haltAt = Integer.parseInt(args[2]);
        List<Path> files = Arrays.stream(args, 3, args.length).map(Path::of).toList();
        new Indexer(LevelRules.standard(), commitEvery, (i, f) -> {
            if (i == haltAt) {
                Runtime.getRuntime().halt(HALTED);
            }
        }).run(index, files, line -> { });
    }
}
