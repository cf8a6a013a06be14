package org.suchi.cli.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.suchi.index.Exporter;
import org.suchi.index.ReportSearcher;
import org.suchi.index.StoredRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code suchi export}: the rows matching filters (and words) as CSV or XLSX. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export indexed rows matching the filters (and QUERY words) to CSV or XLSX: one line per "
                + "indicator row with its report's fields, targets, achievement, level reached and computed score."})
public final class ExportCommand implements Callable<Integer> {
    /** Fiscal year, office, period, file, then the rows in document order. */
    static final Comparator<StoredRow> ORDER = Comparator
            .comparing(StoredRow::fiscalYear, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoredRow::office, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoredRow::period, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoredRow::file, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(StoredRow::order);

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "index folder")
    Path index;

    @Option(names = "--format", required = true, paramLabel = "FMT", description = "csv or xlsx")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file (written atomically)")
    Path out;

    @Mixin
    FilterOptions filter;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words (optional)")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        Exporter.Format f;
        try {
            f = Exporter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            Console.err().println(e.getMessage());
            return 2;
        }
        try (ReportSearcher s = IndexOpener.open(index)) {
            if (s == null) {
                return IndexOpener.EXIT_NO_INDEX;
            }
            List<StoredRow> rows = new ArrayList<>(s.rows(words == null ? null : String.join(" ", words),
                    filter.filters()));
            rows.sort(ORDER);
            int cut = Exporter.write(rows, f, out);
            Console.out().printf("%d row(s) written to %s%n", rows.size(), out);
            if (cut > 0) {
                Console.err().printf("warning: %d text(s) longer than an XLSX cell holds (32,767 characters) were cut,"
                        + " each ending with \"… [N more characters cut]\"; export --format csv keeps them whole%n", cut);
            }
        }
        return 0;
    }
}
