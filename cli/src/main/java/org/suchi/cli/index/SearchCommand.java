package org.suchi.cli.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.suchi.index.ReportSearcher;
import org.suchi.index.SearchRequest;
import org.suchi.index.SearchResult;
import org.suchi.index.StoredRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code suchi search}: finds indicator rows by words, digits, codes and exact filters. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Search indexed reports. Every word must match (a partial word finds its forms; ই-নথি and "
                + "\"quoted phrases\" match as phrases; Bangla and ASCII digits are the same).",
            "Prints the best rows with a «highlighted» snippet; --json prints one JSON object per hit."})
public final class SearchCommand implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "index folder")
    Path index;

    @Mixin
    FilterOptions filter;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "at most N hits (default 20)")
    int limit;

    @Option(names = "--json", description = "one JSON object per line per hit")
    boolean json;

    @Option(names = "--facets", description = "also print facet counts (ministry, office, fiscal year, period, unit, "
            + "indicator, level) of all matching rows")
    boolean facets;

    @Option(names = "--no-fuzzy", negatable = false, description = "no fuzzy matching of long words (OCR noise)")
    boolean noFuzzy;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words (none: every row matching the filters)")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            Console.err().println("--limit must not be negative");
            return 2;
        }
        String q = words == null ? null : String.join(" ", words);
        PrintStream out = Console.out();
        try (ReportSearcher s = IndexOpener.open(index)) {
            if (s == null) {
                return IndexOpener.EXIT_NO_INDEX;
            }
            SearchResult r = s.search(new SearchRequest(q, filter.filters(), limit, facets, !noFuzzy));
            if (json) {
                printJson(out, r);
            } else {
                printText(out, r);
            }
        }
        return 0;
    }

    private void printJson(PrintStream out, SearchResult r) throws Exception {
        ObjectMapper m = new ObjectMapper();
        for (SearchResult.Hit h : r.hits()) {
            StoredRow row = h.row();
            ObjectNode n = m.createObjectNode();
            n.put("file", row.file());
            n.put("sha256", row.sha256());
            n.put("office", row.office());
            n.put("ministry", row.ministry());
            n.put("fiscal_year", row.fiscalYear());
            n.put("period", row.period());
            n.put("indicator", row.indicator());
            n.put("text", row.indicatorText());
            n.put("progress", row.progress());
            n.put("unit", row.unit());
            n.set("targets", row.targets());
            n.set("achievement", row.achievement());
            n.put("level", row.level());
            n.putPOJO("computed_score", row.score());
            n.put("score", h.relevance());
            n.put("snippet", h.snippet());
            out.println(m.writeValueAsString(n));
        }
        if (facets) {
            ObjectNode n = m.createObjectNode();
            n.put("total", r.total());
            n.put("total_exact", r.totalExact());
            ObjectNode f = n.putObject("facets");
            r.facets().forEach((dim, counts) -> {
                ObjectNode d = f.putObject(dim);
                counts.forEach(c -> d.put(c.value(), c.count()));
            });
            out.println(m.writeValueAsString(n));
        }
    }

    private void printText(PrintStream out, SearchResult r) {
        int i = 1;
        for (SearchResult.Hit h : r.hits()) {
            StoredRow row = h.row();
            out.printf("%2d. [%s] %s %s · %s · %s  (%.2f)%n", i++, row.indicator(), row.fiscalYear(), row.period(),
                    row.office(), row.file(), h.relevance());
            out.println("    " + (h.snippet().isEmpty() ? row.indicatorText() : h.snippet()));
            if (row.progress() != null) {
                out.println("    progress: " + row.progress());
            }
        }
        out.printf("%d of %s%d matching row(s)%n", r.hits().size(), r.totalExact() ? "" : "at least ", r.total());
        if (facets) {
            for (Map.Entry<String, List<SearchResult.FacetCount>> e : r.facets().entrySet()) {
                out.println(e.getKey() + ": " + e.getValue().stream().map(c -> c.value() + " (" + c.count() + ")")
                        .collect(Collectors.joining(", ")));
            }
        }
    }
}
