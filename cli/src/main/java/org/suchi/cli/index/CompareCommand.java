package org.suchi.cli.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.suchi.index.Comparison;
import org.suchi.index.Filters;
import org.suchi.index.ReportSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code suchi compare}: one indicator's targets, achievement, level and score across offices and periods. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare one indicator across offices and periods: a line per office × period (targets, "
                + "achievement, level reached, computed score), sorted by fiscal year, period and score, then each "
                + "office's trend across its periods."})
public final class CompareCommand implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "index folder")
    Path index;

    @Option(names = "--indicator", required = true, paramLabel = "CODE", description = "indicator code, e.g. 1.1.1")
    String indicator;

    @Option(names = "--fy", paramLabel = "YYYY-YY", description = "fiscal year")
    String fiscalYear;

    @Option(names = "--office", paramLabel = "NAME", description = "office, as printed")
    String office;

    @Option(names = "--ministry", paramLabel = "NAME", description = "ministry, as printed")
    String ministry;

    @Option(names = "--json", description = "one JSON object per line per office × period")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintStream out = Console.out();
        try (ReportSearcher s = IndexOpener.open(index)) {
            if (s == null) {
                return IndexOpener.EXIT_NO_INDEX;
            }
            Filters f = new Filters(office, ministry, fiscalYear, null, indicator, null, null);
            List<Comparison.Line> lines = Comparison.lines(s, f);
            if (json) {
                ObjectMapper m = new ObjectMapper();
                for (Comparison.Line l : lines) {
                    ObjectNode n = m.createObjectNode();
                    n.put("office", l.office());
                    n.put("fiscal_year", l.fiscalYear());
                    n.put("period", l.period());
                    n.put("indicator", f.indicator());
                    n.put("unit", l.unit());
                    n.set("targets", l.targets());
                    n.set("achievement", l.achievement());
                    n.put("level", l.level());
                    n.putPOJO("score", l.score());
                    n.put("file", l.file());
                    out.println(m.writeValueAsString(n));
                }
                return 0;
            }
            out.printf("indicator %s: %d office × period line(s)%n", f.indicator(), lines.size());
            for (Comparison.Line l : lines) {
                out.printf("%s %-6s %-40s targets %s  achievement %s  level %s  score %s%n", l.fiscalYear(), l.period(),
                        l.office(), l.targets(), l.achievement(), l.level() == null ? "-" : l.level(),
                        l.score() == null ? "-" : String.format("%.2f", l.score()));
            }
            // the trend of every office with two or more periods (of the one office asked for, with --office)
            List<Comparison.Trend> trends = Comparison.trends(lines).stream()
                    .filter(t -> t.points().size() > 1).toList();
            out.println(trends.isEmpty() ? "trend: no office has more than one period here" : "trend:");
            for (Comparison.Trend t : trends) {
                out.printf("  %s: %s (%s)%n", t.office(), t.points().stream()
                        .map(l -> l.fiscalYear() + " " + l.period() + " "
                                + (l.score() == null ? "-" : String.format("%.2f", l.score())))
                        .collect(Collectors.joining(" → ")), t.direction());
            }
        }
        return 0;
    }
}
