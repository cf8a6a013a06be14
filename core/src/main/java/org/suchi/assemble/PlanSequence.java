package org.suchi.assemble;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.suchi.config.Catalogue;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/**
 * Indicator codes checked against the order of the plan the report was printed from: a code the plan
 * does not have, or one already taken by an earlier row, that differs in one number from the plan's
 * next indicator after the row before (৫ read as ১, ১ as ৯), is that indicator; a code that did not read
 * at all is taken from its neighbours the same way. Every repair is a warning on {@code indicator.code},
 * and the activity and area codes follow the new code (with their own warnings).
 */
final class PlanSequence {
    private PlanSequence() {}

    static List<Row> repair(List<Row> rows, Catalogue.Template plan, List<Warning> warnings) {
        return repair(rows, plan, warnings, Set.of());
    }

    /**
     * As {@link #repair(List, Catalogue.Template, List)}; the rows at {@code guessed} (indexes) have codes that were
     * not read but guessed from the printed sequence (a code that did not read, or read as no code at all): the plan's
     * order overrules such a guess without the one-number test a read code must pass.
     */
    static List<Row> repair(List<Row> rows, Catalogue.Template plan, List<Warning> warnings, Set<Integer> guessed) {
        List<String> order = plan.entries().stream().map(e -> e.indicator().code()).toList();
        List<Row> out = byText(rows, plan, order, warnings);
        Set<String> used = new HashSet<>();
        for (Row r : out) if (r.indicator().code() != null && order.contains(r.indicator().code())) used.add(r.indicator().code());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            Row r = out.get(i);
            String code = r.indicator().code();
            if (firstKnown(code, order, seen)) continue;
            String cand = candidate(out, i, order);
            if (cand == null || seen.contains(cand) || (used.contains(cand) && !cand.equals(code))) {
                if (code != null) seen.add(code);
                continue;
            }
            boolean guess = guessed.contains(i);
            if (code != null && !guess && !oneNumberApart(code, cand)) {
                seen.add(code);
                continue;
            }
            String msg = (code == null ? "indicator code not read" : "indicator code " + (guess ? "guessed as " : "read as ") + code
                    + (order.contains(code) ? " is taken by an earlier row" : " is not in the plan " + plan.id()))
                    + "; taken as " + cand + ", the plan's next indicator after the row before";
            warnings.add(new Warning(r.page(), cand, "indicator.code", msg));
            out.set(i, recode(r, cand, warnings));
            seen.add(cand);
            used.add(cand);
        }
        return out;
    }

    /** How alike a row's text must be to a plan indicator's wording to take its code, and by how much more than to any other. */
    static final double TEXT_ALIKE = 0.75, TEXT_MARGIN = 0.1;

    /**
     * A code the plan lacks, one an earlier row already has, or one that did not read (small type loses the dots of
     * [২.২.২]; the sequence then guesses) is the code of the plan indicator whose wording the row's indicator text
     * clearly is: at least {@link #TEXT_ALIKE} alike and {@link #TEXT_MARGIN} more than to any other wording, not
     * taken by another row, and in the plan's order between the rows around it. Long texts survive a poor scan
     * better than the digits of a code. Each repair is a warning on {@code indicator.code}.
     */
    static List<Row> byText(List<Row> rows, Catalogue.Template plan, List<String> order, List<Warning> warnings) {
        List<Row> out = new ArrayList<>(rows);
        // a code is taken by the row that has it, as strongly as that row's text is the code's wording
        java.util.Map<String, Double> taken = new java.util.HashMap<>();
        for (Row r : rows) {
            String c = r.indicator().code();
            if (c != null && order.contains(c)) taken.merge(c, wordingSimilarity(r.indicator().text(), plan.entry(c).orElseThrow()), Math::max);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < out.size(); i++) {
            Row r = out.get(i);
            String code = r.indicator().code();
            if (firstKnown(code, order, seen)) continue;
            String text = r.indicator().text();
            if (text == null || text.isBlank()) continue;
            Nearest n = nearest(text, plan);
            String best = n.code();
            double bestSim = n.sim();
            Double holder = taken.get(best);
            if (!n.clear()
                    || holder != null && holder + TEXT_MARGIN > bestSim || !inOrder(out, i, order.indexOf(best), order)) {
                continue;
            }
            if (holder != null) {
                // a later row has the code, by a rebuilt guess or a misreading, with a text unlike its wording: its
                // code is not known any more
                for (int k = 0; k < out.size(); k++) {
                    Row h = out.get(k);
                    if (k != i && best.equals(h.indicator().code())) {
                        warnings.add(new Warning(h.page(), null, "indicator.code", "indicator code " + best + " of a row whose "
                                + "text is not its wording (" + Math.round(holder * 100) + "% alike) belongs to the row whose text is; "
                                + "this row's code is not known"));
                        out.set(k, new Row(h.area(), h.activity(), new Row.Indicator(null, h.indicator().text()), h.unit(),
                                h.weight(), h.targets(), h.achievement(), h.progress(), h.reportedScore(), h.assessment(),
                                h.page(), h.confidence()));
                    }
                }
            }
            String msg = (code == null ? "indicator code not read" : "indicator code read as " + code
                    + (order.contains(code) ? " is taken by an earlier row" : " is not in the plan " + plan.id()))
                    + "; taken as " + best + ": the row's text is the plan's wording of [" + best + "] ("
                    + Math.round(bestSim * 100) + "% alike)";
            warnings.add(new Warning(r.page(), best, "indicator.code", msg));
            out.set(i, recode(r, best, warnings));
            seen.add(best);
            taken.put(best, bestSim);
        }
        return out;
    }

    /** The plan wording nearest a text: its code, how alike, and how alike the next nearest is. */
    private record Nearest(String code, double sim, double second) {
        /** Clearly that wording: {@link #TEXT_ALIKE} alike, by {@link #TEXT_MARGIN} more than any other. */
        boolean clear() {
            return code != null && sim >= TEXT_ALIKE && sim - second >= TEXT_MARGIN;
        }
    }

    private static Nearest nearest(String text, Catalogue.Template plan) {
        String best = null;
        double bestSim = 0, second = 0;
        for (Catalogue.Entry e : plan.entries()) {
            double sim = wordingSimilarity(text, e);
            if (sim > bestSim) {
                second = bestSim;
                bestSim = sim;
                best = e.indicator().code();
            } else if (sim > second) {
                second = sim;
            }
        }
        return new Nearest(best, bestSim, second);
    }

    /**
     * How alike {@code text} is to the one plan wording it clearly is, as {@link #byText} would take its code; 0 when
     * it is clearly none.
     */
    static double clearWording(String text, Catalogue.Template plan) {
        if (text == null || text.isBlank()) return 0;
        Nearest n = nearest(text, plan);
        return n.clear() ? n.sim() : 0;
    }

    /** A code of the plan not seen on an earlier row: noted as seen. */
    private static boolean firstKnown(String code, List<String> order, Set<String> seen) {
        if (code == null || !order.contains(code) || seen.contains(code)) return false;
        seen.add(code);
        return true;
    }

    private static double wordingSimilarity(String text, Catalogue.Entry e) {
        double sim = CatalogueCheck.similarity(text, e.indicator().text());
        for (String alt : e.indicator().altTexts().values()) sim = Math.max(sim, CatalogueCheck.similarity(text, alt));
        return sim;
    }

    /** Whether plan position {@code at} lies after the nearest earlier row's and before the nearest later row's (codes in the plan). */
    private static boolean inOrder(List<Row> rows, int i, int at, List<String> order) {
        for (int k = i - 1; k >= 0; k--) {
            int p = rows.get(k).indicator().code() == null ? -1 : order.indexOf(rows.get(k).indicator().code());
            if (p == at) continue; // the row that holds the code now (its claim is weighed by the caller)
            if (p >= 0) {
                if (p >= at) return false;
                break;
            }
        }
        for (int k = i + 1; k < rows.size(); k++) {
            int n = rows.get(k).indicator().code() == null ? -1 : order.indexOf(rows.get(k).indicator().code());
            if (n == at) continue;
            if (n >= 0) return n > at;
        }
        return true;
    }

    /** The plan's indicator after the previous row's, or (for the first rows) before the next row's. */
    private static String candidate(List<Row> rows, int i, List<String> order) {
        for (int k = i - 1; k >= 0; k--) {
            String prev = rows.get(k).indicator().code();
            int p = prev == null ? -1 : order.indexOf(prev);
            if (p >= 0) {
                int at = p + (i - k);
                return at < order.size() ? order.get(at) : null;
            }
        }
        for (int k = i + 1; k < rows.size(); k++) {
            String next = rows.get(k).indicator().code();
            int n = next == null ? -1 : order.indexOf(next);
            if (n >= 0) {
                int at = n - (k - i);
                return at >= 0 ? order.get(at) : null;
            }
        }
        return null;
    }

    /** Two codes of the same depth that differ in exactly one of their numbers. */
    static boolean oneNumberApart(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        if (x.length != y.length) return false;
        int diff = 0;
        for (int i = 0; i < x.length; i++) if (!x[i].equals(y[i])) diff++;
        return diff == 1;
    }

    private static Row recode(Row r, String code, List<Warning> warnings) {
        String activity = code.substring(0, code.lastIndexOf('.'));
        String area = code.substring(0, code.indexOf('.'));
        if (r.activity().code() != null && !activity.equals(r.activity().code())) {
            warnings.add(new Warning(r.page(), code, "activity.code", "activity code " + r.activity().code()
                    + " follows the repaired indicator code: taken as " + activity));
        }
        if (r.area().code() != null && !area.equals(r.area().code())) {
            warnings.add(new Warning(r.page(), code, "area.code", "area code " + r.area().code()
                    + " follows the repaired indicator code: taken as " + area));
        }
        // the row's own warnings were filed under the code as read: file them under the new code too
        List<Warning> again = new ArrayList<>();
        // (a row whose code did not read has its warnings under no code, on its page: those are taken too)
        for (Warning w : warnings) {
            if (java.util.Objects.equals(r.indicator().code(), w.indicator()) && w.page() != null
                    && w.page() == r.page() && !"indicator.code".equals(w.field())) {
                again.add(new Warning(w.page(), code, w.field(), w.message()));
            }
        }
        warnings.addAll(again);
        return new Row(new Row.Area(area, r.area().text(), r.area().weight()), new Row.Activity(activity, r.activity().text()),
                new Row.Indicator(code, r.indicator().text()), r.unit(), r.weight(), r.targets(), r.achievement(),
                r.progress(), r.reportedScore(), r.assessment(), r.page(), Math.round(r.confidence() * 850) / 1000.0);
    }
}
