package org.suchi.cli.index;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import org.suchi.index.Indexer;
import org.suchi.index.LevelRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code suchi index}: adds report/1 JSON files to a Lucene index (re-indexing a report replaces it). */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Index report/1 JSON files (or folders of them) for search, compare and export.",
            "A report is identified by its source.sha256: indexing it again replaces it. The index is committed "
                    + "every --commit-every reports and at the end; an interrupted run leaves the last commit intact."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:every file was indexed", " 1:files failed for different causes",
            " 3:file not found or not readable", " 5:not valid JSON", " 9:not report/1 JSON (no schema or sha256)",
            "13:index folder locked by another writer or not usable (a file, no permission)"})
public final class IndexCommand implements Callable<Integer> {
    static final int EXIT_INDEX = 13;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "index folder (created)")
    Path index;

    @Option(names = "--commit-every", defaultValue = "100", paramLabel = "N",
            description = "commit after this many reports (default 100)")
    int commitEvery;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "report/1 JSON files or folders")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Indexer.Summary s;
        try {
            s = new Indexer(LevelRules.standard(), Math.max(1, commitEvery), Indexer.Step.NONE)
                    .run(index, paths, Console.err()::println);
        } catch (LockObtainFailedException e) {
            Console.err().println(index + ": index folder is locked by another writer (" + e.getMessage() + ")");
            return EXIT_INDEX;
        } catch (java.nio.file.FileSystemException e) {
            Console.err().println(index + ": index folder not usable: " + e.getMessage());
            return EXIT_INDEX;
        }
        Console.out().printf("indexed %d report(s), %d row(s) into %s in %.1f s%s%n", s.reports(), s.rows(), index,
                (System.nanoTime() - t0) / 1e9, (s.skipped() == 0 ? "" : "; " + s.skipped() + " other JSON file(s) skipped")
                        + (s.failures().isEmpty() ? "" : "; " + s.failures().size() + " failed"));
        return s.exitCode();
    }
}
