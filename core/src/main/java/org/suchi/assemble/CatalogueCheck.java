package org.suchi.assemble;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.suchi.config.Catalogue;
import org.suchi.config.Catalogue.Template;
import org.suchi.model.Row;
import org.suchi.model.Warning;
import org.suchi.normalise.BanglaText;
import org.suchi.normalise.Fuzzy;

/**
 * Rows checked against the plan they were printed from (the indicator catalogue in
 * {@code config/catalogue/}).
 *
 * <ul>
 *   <li>The plan is the catalogue template of the report's fiscal year whose indicator codes and
 *       texts the rows match best (a row whose code the plan lacks counts when its text is clearly one of
 *       the plan's wordings); with no plan matching at least half the rows nothing is checked,
 *       and a warning says so.</li>
 *   <li>An indicator, activity or area text close to the plan's wording (at least {@link #REPAIR}
 *       similar: OCR slips) is replaced by it; the repair lowers the row's confidence by the share
 *       of characters changed. A text of which only a piece read, or only half alike (at least
 *       {@link #DIFFERENT}), is replaced too, with a warning that quotes what was read. A text unlike
 *       the wording is kept as printed, with a warning.</li>
 *   <li>An indicator code the plan does not have is kept as printed, with a warning. A unit that
 *       did not read is the plan's (with a warning); a unit other than the plan's is a warning and
 *       is kept. Weights are kept as printed (offices set their own); {@link WeightCheck} checks that
 *       they add up to their area's, {@link PlanWeights} warns on one far from the plan's.</li>
 * </ul>
 */
public final class CatalogueCheck {
    /** Similarity (1 − edit distance / length) from which a text is the plan's wording misread. */
    static final double REPAIR = 0.75;
    /** Below this similarity the text is not the plan's wording at all. */
    static final double DIFFERENT = 0.5;

    private final Catalogue catalogue;

    public CatalogueCheck(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The rows checked against the best-matching plan; warnings are added to {@code warnings}. */
    public List<Row> apply(List<Row> rows, String fiscalYear, List<Warning> warnings) {
        return checked(rows, fiscalYear, warnings, java.util.Set.of()).rows();
    }

    /** The rows after {@link #checked}, and the plan they were checked against (empty when none matched). */
    public record Checked(List<Row> rows, Optional<Template> plan) {}

    /**
     * As {@link #apply(List, String, List)}, also giving the plan; {@code guessed}: indexes of rows whose code was
     * guessed from the printed sequence, not read.
     */
    public Checked checked(List<Row> rows, String fiscalYear, List<Warning> warnings, java.util.Set<Integer> guessed) {
        if (rows.isEmpty()) return new Checked(rows, Optional.empty());
        Optional<Template> plan = plan(rows, fiscalYear);
        if (plan.isEmpty()) {
            warnings.add(Warning.document("rows", "no plan in the catalogue matches this report"
                    + (fiscalYear == null ? "" : " of " + fiscalYear) + ": indicator texts and codes were not checked"));
            // the plans of the year still say which target levels the table must have
            List<Template> year = fiscalYear == null ? List.of() : catalogue.forFiscalYear(fiscalYear);
            if (!year.isEmpty() && year.stream().allMatch(t -> t.levelKeys().equals(year.get(0).levelKeys()))) {
                for (Row r : rows) levelsLost(r, year.get(0), warnings);
            }
            return new Checked(rows, plan);
        }
        Template t = plan.get();
        rows = PlanSequence.repair(rows, t, warnings, guessed);
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) out.add(check(r, t, warnings));
        PlanWeights.check(out, t, warnings);
        return new Checked(out, plan);
    }

    /** A warning on the targets of a row whose table lost target columns the plan has (a level label that did not read). */
    private static void levelsLost(Row r, Template t, List<Warning> w) {
        List<String> lost = t.levelKeys().stream().filter(k -> !r.targets().containsKey(k)).toList();
        if (r.indicator().code() != null && !r.targets().isEmpty() && !lost.isEmpty()) {
            w.add(new Warning(r.page(), r.indicator().code(), "targets", "the plan " + t.id() + " has target levels "
                    + t.levelKeys() + " but the table's header gave no column for " + lost));
        }
    }

    /** The template of the fiscal year (else any) that knows most of the rows' codes and texts. */
    Optional<Template> plan(List<Row> rows, String fiscalYear) {
        List<Template> candidates = fiscalYear == null ? List.of() : catalogue.forFiscalYear(fiscalYear);
        if (candidates.isEmpty()) candidates = catalogue.templates();
        Template best = null;
        double bestScore = 0;
        for (Template t : candidates) {
            double score = 0;
            for (Row r : rows) {
                var ind = r.indicator().code() == null ? Optional.<Catalogue.Indicator>empty() : t.indicator(r.indicator().code());
                if (ind.isPresent()) {
                    score += 1 + similarity(r.indicator().text(), wordings(ind.get()));
                } else {
                    // a code lost or misread (a poor scan loses a code's dots before its words): the row's text
                    // counts when it is clearly one of the plan's wordings, as the plan's order would take it
                    double sim = PlanSequence.clearWording(r.indicator().text(), t);
                    if (sim > 0) score += 1 + sim;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best != null && bestScore >= rows.size() * 0.5 * (1 + REPAIR) ? Optional.of(best) : Optional.empty();
    }

    private Row check(Row r, Template t, List<Warning> w) {
        String code = r.indicator().code();
        if (code == null) return r;
        Optional<Catalogue.Entry> entry = t.entry(code);
        if (entry.isEmpty()) {
            w.add(new Warning(r.page(), code, "indicator.code", "[" + code + "] is not an indicator of the plan "
                    + t.id() + ": kept as printed"));
            return r;
        }
        Catalogue.Entry e = entry.get();
        levelsLost(r, t, w);
        double[] conf = {r.confidence()};
        String indText = text(r.indicator().text(), wordings(e.indicator()), "indicator.text", r, w, conf);
        String actText = e.activity() != null && r.activity().code() != null && r.activity().code().equals(e.activity().code())
                ? text(r.activity().text(), nonNull(e.activity().text()), "activity.text", r, w, conf) : r.activity().text();
        String areaText = e.area() != null && r.area().code() != null && r.area().code().equals(e.area().code())
                ? text(r.area().text(), nonNull(e.area().text()), "area.text", r, w, conf) : r.area().text();
        String unit = r.unit();
        if (unit == null) {
            unit = e.indicator().unit();
            w.add(new Warning(r.page(), code, "unit", "the unit did not read: the plan's (" + unit + ") is taken"));
        } else if (!unit.equals(e.indicator().unit())) {
            w.add(new Warning(r.page(), code, "unit", "unit " + unit + " but the plan's is " + e.indicator().unit()));
        }
        return new Row(new Row.Area(r.area().code(), areaText, r.area().weight()),
                new Row.Activity(r.activity().code(), actText), new Row.Indicator(code, indText), unit, r.weight(),
                r.targets(), r.achievement(), r.progress(), r.reportedScore(), r.assessment(), r.page(),
                Math.round(conf[0] * 1000) / 1000.0);
    }

    /**
     * The printed text, or the plan's wording it is a misreading of: silently when nearly the same,
     * with a warning when only part of it read or it is only half alike; a text unlike every wording
     * is kept, with a warning.
     */
    private static String text(String printed, Collection<String> wordings, String field, Row r, List<Warning> w, double[] conf) {
        if (printed == null || printed.isBlank()) return printed;
        String best = null;
        double sim = -1;
        for (String c : wordings) {
            double s = similarity(printed, c);
            if (s > sim) {
                sim = s;
                best = c;
            }
        }
        if (best == null) return printed;
        if (sim >= 1) return best;
        if (sim >= REPAIR) {
            conf[0] *= 0.9 + 0.1 * sim;
            return best;
        }
        String part = null;
        for (String c : wordings) if (isPartOf(printed, c)) part = c;
        if (part != null || sim >= DIFFERENT) {
            String taken = part != null ? part : best;
            conf[0] *= 0.85;
            w.add(new Warning(r.page(), r.indicator().code(), field, (part != null ? "only part of the text read (\""
                    : "the text read as \"") + printed.strip() + "\", " + Math.round(sim * 100) + "% alike): the plan's wording for ["
                    + r.indicator().code() + "] is taken"));
            return taken;
        }
        w.add(new Warning(r.page(), r.indicator().code(), field, "the text is not the plan's wording for ["
                + r.indicator().code() + "] (" + Math.round(sim * 100) + "% alike): kept as printed"));
        return printed;
    }

    /** Whether the printed text is a (nearly exact) piece of the wording, long enough to name it: OCR lost the rest. */
    static boolean isPartOf(String printed, String wording) {
        String x = key(printed), y = key(wording);
        int n = x.codePointCount(0, x.length()), m = y.codePointCount(0, y.length());
        if (n < 6 || n * 10 < m * 3) return false;
        return Fuzzy.substringDistance(x, y) <= n * 0.15;
    }

    private static List<String> nonNull(String s) {
        return s == null ? List.of() : List.of(s);
    }

    private static List<String> wordings(Catalogue.Indicator ind) {
        List<String> out = new ArrayList<>();
        out.add(ind.text());
        out.addAll(ind.altTexts().values());
        return out;
    }

    private static double similarity(String printed, Collection<String> wordings) {
        double best = 0;
        for (String c : wordings) best = Math.max(best, similarity(printed, c));
        return best;
    }

    /** 1 − edit distance / longer length, over the texts without spaces and punctuation. */
    static double similarity(String a, String b) {
        if (a == null || b == null) return 0;
        String x = key(a), y = key(b);
        int n = Math.max(x.codePointCount(0, x.length()), y.codePointCount(0, y.length()));
        if (n == 0) return 1;
        return 1 - Fuzzy.distance(x, y) / (double) n;
    }

    private static String key(String s) {
        return BanglaText.normalize(s).replaceAll("[\\s\\p{P}\\p{S}]+", "");
    }
}
