package org.suchi.cli.index;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.suchi.index.IndexedReport;
import org.suchi.index.Indexer;
import org.suchi.index.LevelRules;
import org.suchi.index.RecallCheck;
import org.suchi.index.ReportFile;
import org.suchi.index.ReportSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code suchi search-recall}: search recall against a brute-force substring scan of report JSON. */
@Command(name = "search-recall", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure search recall: index the reports (in a temporary folder), then for each word compare "
                + "the rows a search finds with the rows whose indicator/activity/area/progress text contains the word.",
            "Exit code 0 when every word has recall 1.0, 1 otherwise."})
public final class RecallCommand implements Callable<Integer> {
    @Option(names = "--words", required = true, split = ",", paramLabel = "W[,W…]", description = "query words")
    List<String> words;

    @Option(names = "--no-fuzzy", description = "measure without fuzzy matching")
    boolean noFuzzy;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "report/1 JSON files or folders")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintStream out = Console.out();
        List<IndexedReport> reports = new ArrayList<>();
        for (Path p : ReportFile.expand(paths)) {
            try {
                reports.add(ReportFile.read(p));
            } catch (ReportFile.BadReportException e) {
                Console.err().println(p + ": " + e.getMessage() + " (skipped)");
            }
        }
        Path tmp = Files.createTempDirectory("suchi-recall");
        try {
            Indexer.Summary s = new Indexer(LevelRules.standard(), 1000, Indexer.Step.NONE).run(tmp, paths,
                    line -> { });
            out.printf("%d report(s), %d row(s)%n", s.reports(), s.rows());
            boolean all = true;
            try (ReportSearcher searcher = new ReportSearcher(tmp)) {
                out.printf("%-24s %8s %8s %8s %8s%n", "word", "rows", "found", "recall", "extra");
                for (RecallCheck.WordRecall r : RecallCheck.measure(searcher, reports, words, !noFuzzy)) {
                    out.printf("%-24s %8d %8d %8.3f %8d%s%n", r.word(), r.expected(), r.found(), r.recall(), r.extra(),
                            r.missed().isEmpty() ? "" : "  missed " + r.missed());
                    all &= r.recall() == 1.0;
                }
            }
            return all ? 0 : 1;
        } finally {
            try (Stream<Path> w = Files.walk(tmp)) {
                w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
