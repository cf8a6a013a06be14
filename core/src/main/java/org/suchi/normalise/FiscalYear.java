package org.suchi.normalise;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bangladesh government fiscal year, 1 July to 30 June. {@code new FiscalYear(2023)} is "2023-24",
 * 2023-07-01 .. 2024-06-30.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    public FiscalYear {
        if (startYear < 1900 || startYear > 2999) throw new IllegalArgumentException("fiscal year " + startYear);
    }

    /** Parses the output label "2023-24". */
    public static FiscalYear of(String label) {
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) throw new IllegalArgumentException("not a fiscal year label: " + label);
        FiscalYear fy = new FiscalYear(Integer.parseInt(m.group(1)));
        if (Integer.parseInt(m.group(2)) != (fy.startYear + 1) % 100) throw new IllegalArgumentException(label);
        return fy;
    }

    /** The fiscal year a date falls in. */
    public static FiscalYear containing(LocalDate d) {
        return new FiscalYear(d.getMonthValue() >= 7 ? d.getYear() : d.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 7, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 6, 30);
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(start()) && !d.isAfter(end());
    }

    /** "2023-24". */
    public String label() {
        return String.format("%04d-%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FiscalYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
