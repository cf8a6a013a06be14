package org.suchi.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.suchi.tools.bench.BenchCorpus;
import org.suchi.cli.index.Console;
import org.suchi.index.Filters;
import org.suchi.index.IndexedReport;
import org.suchi.index.LevelRules;
import org.suchi.index.ReportIndexWriter;
import org.suchi.index.ReportSearcher;
import org.suchi.index.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code suchi bench-index}: index build rate, query latency and index size on generated rows. */
@Command(name = "bench-index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark the index: generate report/1 documents in process (catalogue plans, offices, random "
                + "years, periods, achievements and progress texts), index at least --rows rows, then time searches "
                + "(top 20 with snippets) with and without filters. Prints a Markdown table."})
public final class BenchIndexCommand implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "index folder (must be new or empty)")
    Path index;

    @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N", description = "rows to index (default 1000000)")
    int rows;

    @Option(names = "--queries", defaultValue = "300", paramLabel = "N", description = "timed queries per kind (default 300)")
    int queries;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default 1)")
    long seed;

    @Option(names = "--commit-every", defaultValue = "10000", paramLabel = "N",
            description = "commit after this many reports (default 10000)")
    int commitEvery;

    @Option(names = "--ram-mb", defaultValue = "256", paramLabel = "MB", description = "writer buffer (default 256)")
    double ramMb;

    @Option(names = "--queries-only", description = "time the queries on an index an earlier run built (same --seed)")
    boolean queriesOnly;

    static final String[] WORDS = {"উদ্ভাবনী", "ই-নথি", "শোকেজিং", "কর্মশালা", "হালনাগাদ", "প্রশিক্ষণ", "বাতায়ন",
        "ডিজিটাইজ", "সেবা সহজিকরণ", "১.২.১", "2023-24", "উদ্ভাবনের প্রশিক্ষণ", "নিষ্পত্তি", "অভিযোগ প্রতিকার"};

    @Override
    public Integer call() throws Exception {
        PrintStream out = Console.out();
        if (queriesOnly) {
            BenchCorpus corpus = BenchCorpus.loadDefault();
            List<String> offices = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                offices.add(corpus.report(seed, i).office());
            }
            queries(out, offices);
            return 0;
        }
        if (Files.isDirectory(index)) {
            try (Stream<Path> s = Files.list(index)) {
                if (s.findAny().isPresent()) {
                    Console.err().println(index + ": not empty; give a new folder");
                    return 2;
                }
            }
        }
        BenchCorpus corpus = BenchCorpus.loadDefault();
        List<String> offices = new ArrayList<>();
        long t0 = System.nanoTime();
        int reports = 0;
        long indexed = 0;
        long genNanos = 0;
        try (ReportIndexWriter w = new ReportIndexWriter(index, LevelRules.standard(), ramMb)) {
            while (indexed < rows) {
                long g = System.nanoTime();
                IndexedReport r = corpus.report(seed, reports);
                genNanos += System.nanoTime() - g;
                if (offices.size() < 200) {
                    offices.add(r.office());
                }
                w.put(r);
                reports++;
                indexed += r.rows().size();
                if (reports % commitEvery == 0) {
                    w.commit();
                }
                if (reports % 20000 == 0) {
                    Console.err().printf("%d reports, %d rows, %.0f s%n", reports, indexed, (System.nanoTime() - t0) / 1e9);
                }
            }
            w.commit();
        }
        double buildS = (System.nanoTime() - t0) / 1e9;
        long bytes = size(index);
        out.println("| measure | value |");
        out.println("|---|---|");
        out.printf("| reports / rows indexed | %,d / %,d |%n", reports, indexed);
        out.printf("| build time (incl. generating, %.1f s) | %.1f s |%n", genNanos / 1e9, buildS);
        out.printf("| build rate | %,.0f rows/s (%,.0f reports/s) |%n", indexed / buildS, reports / buildS);
        out.printf("| index size on disk | %.1f MB (%.0f bytes/row) |%n", bytes / 1e6, (double) bytes / indexed);
        queries(out, offices);
        return 0;
    }

    private void queries(PrintStream out, List<String> offices) throws IOException {
        try (ReportSearcher s = new ReportSearcher(index)) {
            Random r = new Random(seed);
            String[] fys = {"2021-22", "2022-23", "2023-24", "2024-25"};
            String[] periods = {"Q1", "Q2", "Q3", "Q4", "H1", "annual"};
            out.println();
            out.println("| query kind (top 20, snippets) | median ms | p95 ms | mean hit count reported |");
            out.println("|---|---|---|---|");
            time(out, s, "words, no filter", () -> SearchRequest.of(word(r)));
            time(out, s, "words + fiscal year + period", () -> SearchRequest.of(word(r))
                    .withFilters(new Filters(null, null, fys[r.nextInt(4)], periods[r.nextInt(6)], null, null, null)));
            time(out, s, "words + office", () -> SearchRequest.of(word(r))
                    .withFilters(new Filters(offices.get(r.nextInt(offices.size())), null, null, null, null, null, null)));
            time(out, s, "filters only (office + indicator)", () -> SearchRequest.of(null)
                    .withFilters(new Filters(offices.get(r.nextInt(offices.size())), null, null, null, "1.1.1", null, null)));
            time(out, s, "words + facet counts", () -> SearchRequest.of(word(r)).withFacets(true));
            time(out, s, "words, no fuzzy", () -> SearchRequest.of(word(r)).withFuzzy(false));
        }
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private void time(PrintStream out, ReportSearcher s, String kind, java.util.function.Supplier<SearchRequest> next)
            throws IOException {
        for (int i = 0; i < Math.min(50, queries); i++) {
            s.search(next.get());
        }
        double[] ms = new double[queries];
        long hits = 0;
        for (int i = 0; i < queries; i++) {
            SearchRequest q = next.get();
            long t = System.nanoTime();
            hits += s.search(q).total();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        out.printf("| %s | %.2f | %.2f | %,d |%n", kind, ms[queries / 2], ms[(int) Math.ceil(queries * 0.95) - 1],
                hits / Math.max(1, queries));
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
