package org.suchi.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets of a row run in level order: from the best level down, each is no better than the one above
 * (counts and percents falling or, for "lower is better" indicators, rising; dates later or earlier). When the
 * targets as chosen are out of order and some of them had second readings, the readings of those cells are
 * tried together: the assignment in order (either direction, ties allowed) with the most support of the
 * readings wins. Targets without second readings keep their value. Pure; changes nothing when no assignment
 * puts the row in order.
 */
final class LevelOrder {
    /** At most this many candidate values of one cell are tried. */
    static final int PER_CELL = 4;

    private LevelOrder() {}

    /**
     * @param values  the row's target values by level key, in level order (best first); nulls are skipped
     * @param choices the reading choices of the targets that had second readings, by level key
     * @return the level keys whose choice changes, with the new choice; empty when the row is in order or no
     *         assignment of the readings puts it in order
     */
    static Map<String, ReadingChoice.Choice> repair(Map<String, Object> values, Map<String, ReadingChoice.Choice> choices) {
        List<String> keys = new ArrayList<>(values.keySet());
        List<Object> current = new ArrayList<>(values.values());
        if (inOrder(current)) return Map.of();
        List<List<ReadingChoice.Candidate>> options = new ArrayList<>();
        for (String k : keys) {
            ReadingChoice.Choice c = choices.get(k);
            List<ReadingChoice.Candidate> o = new ArrayList<>();
            if (c != null) o.addAll(c.candidates().subList(0, Math.min(PER_CELL, c.candidates().size())));
            // the value as chosen stays possible (a doubtful reading is not among the clean candidates)
            Object v = values.get(k);
            if (o.stream().noneMatch(x -> ReadingChoice.same(x.value(), v))) o.add(new ReadingChoice.Candidate(v, null, 0, List.of()));
            options.add(o);
        }
        int[] pick = new int[keys.size()];
        int[] best = null;
        double bestScore = -1;
        int bestChanges = Integer.MAX_VALUE;
        while (true) {
            List<Object> vals = new ArrayList<>();
            double score = 0;
            int changes = 0;
            for (int i = 0; i < keys.size(); i++) {
                ReadingChoice.Candidate c = options.get(i).get(pick[i]);
                vals.add(c.value());
                score += c.support();
                if (!ReadingChoice.same(c.value(), current.get(i))) changes++;
            }
            if (inOrder(vals) && (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && changes < bestChanges))) {
                best = pick.clone();
                bestScore = score;
                bestChanges = changes;
            }
            int i = 0;
            while (i < pick.length && ++pick[i] == options.get(i).size()) pick[i++] = 0;
            if (i == pick.length) break;
        }
        if (best == null) return Map.of();
        Map<String, ReadingChoice.Choice> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            ReadingChoice.Candidate c = options.get(i).get(best[i]);
            if (ReadingChoice.same(c.value(), current.get(i))) continue;
            out.put(keys.get(i), choices.get(keys.get(i)).with(c));
        }
        return out;
    }

    /** True when the non-null values never rise or never fall (values of different types are not compared). */
    static boolean inOrder(List<Object> values) {
        boolean up = true, down = true;
        Object prev = null;
        for (Object v : values) {
            if (v == null) continue;
            if (prev != null) {
                int c = compare(prev, v);
                if (c == Integer.MIN_VALUE) return false;
                if (c < 0) down = false;
                if (c > 0) up = false;
            }
            prev = v;
        }
        return up || down;
    }

    /** Sign of a − b for two numbers or two ISO dates; {@code Integer.MIN_VALUE} when they cannot be compared. */
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return Double.compare(x.doubleValue(), y.doubleValue());
        if (a instanceof String x && b instanceof String y) return Integer.signum(x.compareTo(y));
        return Integer.MIN_VALUE;
    }
}
