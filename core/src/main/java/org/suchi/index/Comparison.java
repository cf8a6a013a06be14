package org.suchi.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator across offices and periods: a line per office × period (targets, achievement, level reached and the
 * computed score), and each office's trend over its periods.
 */
public final class Comparison {
    private Comparison() {}

    /** Period order within a fiscal year (H1 covers Q1 and Q2; annual closes the year). */
    static final List<String> PERIODS = List.of("Q1", "Q2", "H1", "Q3", "Q4", "annual");

    /** One office × period. */
    public record Line(String office, String fiscalYear, String period, String unit, JsonNode targets,
                       JsonNode achievement, String level, Double score, String file) {}

    /** The scores of one office in period order; {@code direction} rising, falling, steady or unknown. */
    public record Trend(String office, List<Line> points, String direction) {}

    /** Lines for {@code filters.indicator()} (required), sorted by year, period, score (best first), office. */
    public static List<Line> lines(ReportSearcher searcher, Filters filters) throws IOException {
        if (filters.indicator() == null) {
            throw new IllegalArgumentException("an indicator code is required");
        }
        List<Line> out = new ArrayList<>();
        for (StoredRow r : searcher.rows(null, filters)) {
            out.add(new Line(r.office(), r.fiscalYear(), r.period(), r.unit(), r.targets(), r.achievement(), r.level(),
                    r.score(), r.file()));
        }
        out.sort(Comparator.comparing(Line::fiscalYear, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(l -> periodRank(l.period()))
                .thenComparing(Line::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Line::office, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Line::file, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** Each office's lines in time order, with the direction from its first to its last score. */
    public static List<Trend> trends(List<Line> lines) {
        Map<String, List<Line>> byOffice = new LinkedHashMap<>();
        for (Line l : lines) {
            byOffice.computeIfAbsent(String.valueOf(l.office()), k -> new ArrayList<>()).add(l);
        }
        List<Trend> out = new ArrayList<>();
        byOffice.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Line> pts = new ArrayList<>(e.getValue());
            pts.sort(Comparator.comparing(Line::fiscalYear, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingInt(l -> periodRank(l.period())));
            out.add(new Trend(e.getKey(), pts, direction(pts)));
        });
        return out;
    }

    static String direction(List<Line> pts) {
        List<Double> s = pts.stream().map(Line::score).filter(java.util.Objects::nonNull).toList();
        if (s.size() < 2) {
            return "unknown";
        }
        int c = Double.compare(s.get(s.size() - 1), s.get(0));
        return c > 0 ? "rising" : c < 0 ? "falling" : "steady";
    }

    /** A period's place in the year; an unknown or missing period (a plan has none; OCR can miss it) goes last. */
    static int periodRank(String p) {
        if (p == null) return PERIODS.size() + 1;
        int i = PERIODS.indexOf(p);
        return i < 0 ? PERIODS.size() : i;
    }
}
