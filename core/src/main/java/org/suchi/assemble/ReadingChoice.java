package org.suchi.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.suchi.normalise.Parsed;
import org.suchi.reading.Reread;

/**
 * The choice between the readings of one value cell: its first reading and the second readings made because
 * the first was weak (another reader, scale or binarisation; see {@code ocr.SecondReader}). Every reading is
 * parsed as the field's type; a reading counts only when it parses cleanly and fits the field's constraints
 * (a percent of at most 100, a whole count, a calendar date in the fiscal year). Readings of the same value
 * add their confidences (each at least {@link #FLOOR}); the value with the most support wins. A reading of
 * nothing is no vote (a cell with ink that one reader could not read says nothing about its value); a dash
 * is a vote for "no value". The first reading is kept when nothing clean beats it, or when no reading is clean.
 * Pure.
 */
final class ReadingChoice {
    /** The least a reading that parses and fits counts for, however unsure its reader. */
    static final double FLOOR = 0.05;

    private ReadingChoice() {}

    /** One value some of the readings gave, with their summed confidence and what they were. */
    record Candidate(Object value, String text, double support, List<String> hows) {
        Candidate {
            hows = List.copyOf(hows);
        }
    }

    /**
     * The outcome.
     *
     * @param value      the value chosen (null: no value, or the first reading was kept and it had none)
     * @param text       the reading it came from
     * @param changed    true when the value is not the first reading's
     * @param unanimous  true when every reading that parsed and fit gave this value
     * @param confidence the chosen value's share of all the support (0..1); the first reading's confidence when kept
     * @param candidates every clean value, best first (for the level-order check across a row's targets)
     * @param firstValue the first reading's value (null when it had none or did not parse)
     * @param firstClean the first reading parsed and fit
     */
    record Choice(Object value, String text, boolean changed, boolean unanimous, double confidence,
                  List<Candidate> candidates, Object firstValue, boolean firstClean) {
        Choice {
            candidates = List.copyOf(candidates);
        }

        /** The same readings with candidate {@code c} chosen instead (by a constraint across the row's fields). */
        Choice with(Candidate c) {
            double total = candidates.stream().mapToDouble(Candidate::support).sum();
            boolean first = firstClean && same(c.value(), firstValue);
            return new Choice(c.value(), c.text(), !first, unanimous, total == 0 ? 0 : c.support() / total, candidates,
                    firstValue, firstClean);
        }

        /** Why the value is what it is, for a warning: the readings behind it and the first reading's text. */
        String explain(String first) {
            Candidate c = candidates.stream().filter(x -> same(x.value(), value)).findFirst().orElse(null);
            String by = c == null ? "" : " (" + String.join(", ", c.hows()) + ")";
            StringBuilder sb = new StringBuilder();
            sb.append("first read as \"").append(first == null ? "" : oneLine(first)).append("\"; second readings give ")
                    .append(value == null ? "no value" : "\"" + oneLine(text) + "\"").append(by);
            List<String> others = new ArrayList<>();
            for (Candidate o : candidates) {
                if (!same(o.value(), value)) others.add(o.value() == null ? "no value" : "\"" + oneLine(o.text()) + "\"");
            }
            if (!others.isEmpty()) sb.append(", others ").append(String.join(", ", others));
            sb.append("; taken as ").append(value == null ? "no value" : value)
                    .append(" (").append(Math.round(confidence * 100)).append(" % of the readings' weight)");
            return sb.toString();
        }
    }

    /** {@code s} on one line (a reading of several lines is joined by spaces), for a warning. */
    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** A reading as given to the choice: its text, its reader's confidence and what made it. */
    record Reading(String text, double confidence, String how) {}

    /**
     * Chooses among {@code first} (the text kept by the first reading, with confidence {@code firstConf}) and
     * {@code rereads}. {@code parse} turns a text into the field's value; {@code fits} says whether a parsed
     * value meets the field's constraints.
     */
    static Choice choose(String first, double firstConf, List<Reread> rereads, Function<String, Parsed<?>> parse,
                         Predicate<Object> fits) {
        List<Reading> all = new ArrayList<>();
        all.add(new Reading(first == null ? "" : first, firstConf, "first reading"));
        for (Reread r : rereads) all.add(new Reading(r.text(), r.confidence(), r.how()));
        Map<Object, double[]> support = new LinkedHashMap<>();
        Map<Object, String> texts = new LinkedHashMap<>();
        Map<Object, Object> values = new LinkedHashMap<>();
        Map<Object, List<String>> hows = new LinkedHashMap<>();
        Object firstValue = NONE;
        boolean firstClean = false;
        for (int i = 0; i < all.size(); i++) {
            Reading r = all.get(i);
            if (r.text().isBlank()) continue;
            Parsed<?> p = parse.apply(r.text());
            boolean clean = p.ok() && (!p.present() || fits.test(p.value()));
            if (i == 0) {
                firstValue = p.value();
                firstClean = clean;
            }
            if (!clean) continue;
            Object key = key(p.value());
            support.computeIfAbsent(key, k -> new double[1])[0] += Math.max(FLOOR, r.confidence());
            texts.putIfAbsent(key, r.text().strip());
            values.putIfAbsent(key, p.value());
            hows.computeIfAbsent(key, k -> new ArrayList<>()).add(r.how());
        }
        List<Candidate> cands = new ArrayList<>();
        for (Map.Entry<Object, double[]> e : support.entrySet()) {
            cands.add(new Candidate(values.get(e.getKey()), texts.get(e.getKey()), e.getValue()[0], hows.get(e.getKey())));
        }
        cands.sort((a, b) -> Double.compare(b.support(), a.support()));
        double total = cands.stream().mapToDouble(Candidate::support).sum();
        if (cands.isEmpty()) {
            Object fv = firstValue == NONE ? null : firstValue;
            return new Choice(fv, first, false, false, firstConf, cands, fv, false);
        }
        Candidate best = cands.get(0);
        if (firstClean) {
            // a first reading that parses and fits is overruled only by both readers (two independent
            // opinions), and keeps a tie
            Candidate mine = null;
            for (Candidate c : cands) if (same(c.value(), firstValue)) mine = c;
            Candidate challenger = null;
            for (Candidate c : cands) {
                if (c != mine && bothReaders(c)) {
                    challenger = c;
                    break;
                }
            }
            best = mine;
            if (challenger != null && (mine == null || challenger.support() > mine.support())) best = challenger;
            if (best == null) best = cands.get(0);
        }
        boolean changed = !(firstClean && same(best.value(), firstValue));
        return new Choice(best.value(), best.text(), changed, cands.size() == 1, best.support() / total, cands,
                firstValue == NONE ? null : firstValue, firstClean);
    }

    /** True when Tesseract and the glyph reader (at any scale or threshold) both made readings of {@code c}'s value. */
    static boolean bothReaders(Candidate c) {
        boolean t = false, g = false;
        for (String h : c.hows()) {
            t |= h.startsWith(TESSERACT);
            g |= h.startsWith(GLYPHS);
        }
        return t && g;
    }

    /** How the readers' names begin in {@link Reread#how()}. */
    static final String TESSERACT = "Tesseract", GLYPHS = "glyphs";

    /** Stands for "no reading at all" (null is a reading of no value). */
    private static final Object NONE = new Object();
    private static final Object NIL = new Object();

    private static Object key(Object v) {
        if (v == null) return NIL;
        if (v instanceof Number n) return n.doubleValue();
        return v;
    }

    static boolean same(Object a, Object b) {
        return java.util.Objects.equals(key(a), key(b));
    }
}
