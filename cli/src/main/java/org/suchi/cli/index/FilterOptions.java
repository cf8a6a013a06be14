package org.suchi.cli.index;

import org.suchi.index.Filters;
import picocli.CommandLine.Option;

/** The exact-field filters shared by search, compare and export. */
public final class FilterOptions {
    @Option(names = "--office", paramLabel = "NAME", description = "office, as printed (Bangla)")
    String office;

    @Option(names = "--ministry", paramLabel = "NAME", description = "ministry, as printed (Bangla)")
    String ministry;

    @Option(names = "--fy", paramLabel = "YYYY-YY", description = "fiscal year, e.g. 2023-24 or ২০২৩-২৪")
    String fiscalYear;

    @Option(names = "--period", paramLabel = "P", description = "Q1, Q2, Q3, Q4, H1 or annual")
    String period;

    @Option(names = "--indicator", paramLabel = "CODE", description = "indicator code, e.g. 1.1.1 or ১.১.১")
    String indicator;

    @Option(names = "--unit", paramLabel = "U", description = "date, count or percent")
    String unit;

    @Option(names = "--level", paramLabel = "L", description = "level reached: excellent, very_good, good, fair, "
            + "poor or below_lowest")
    String level;

    public Filters filters() {
        return new Filters(office, ministry, fiscalYear, period, indicator, unit, level);
    }
}
