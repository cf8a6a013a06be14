package org.suchi.normalise;

import java.util.Map;

/** Edit-distance lookup for short OCR'd words against a small table. */
public final class Fuzzy {
    private Fuzzy() {}

    /** Levenshtein distance over code points (insert, delete, substitute each cost 1). */
    public static int distance(String a, String b) {
        int[] last = lastRow(a, b, false);
        return last[last.length - 1];
    }

    /**
     * Edit distance of {@code a} to its best-matching substring of {@code b} (free start and end in {@code b}:
     * Sellers' algorithm). Like every method here, the word comes first and the text it is looked for in second.
     */
    public static int substringDistance(String a, String b) {
        int best = Integer.MAX_VALUE;
        for (int v : lastRow(a, b, true)) best = Math.min(best, v);
        return best;
    }

    /** The last row of the edit-distance table of a against b; with {@code freeStart}, b may be entered anywhere. */
    private static int[] lastRow(String a, String b, boolean freeStart) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = freeStart ? 0 : j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev;
    }

    /** Default tolerance for a word of this many code points: 0 up to 2, 1 up to 5, else 2. */
    public static int tolerance(String word) {
        int n = word.codePointCount(0, word.length());
        return n <= 2 ? 0 : n <= 5 ? 1 : 2;
    }

    /**
     * The value of the table entry nearest to {@code word}, if its distance is within the tolerance of the
     * entry's spelling ({@link #tolerance}) and no entry with a different value is equally near.
     * Returns null when nothing fits or the best fit is ambiguous.
     */
    public static <T> T best(String word, Map<String, T> table) {
        T best = null;
        int bestD = Integer.MAX_VALUE;
        boolean tie = false;
        for (Map.Entry<String, T> e : table.entrySet()) {
            int d = distance(word, e.getKey());
            if (d > tolerance(e.getKey())) continue;
            if (d < bestD) {
                bestD = d;
                best = e.getValue();
                tie = false;
            } else if (d == bestD && !e.getValue().equals(best)) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** True when {@code text} holds {@code word} with at most about one error in four characters (none up to 3). */
    public static boolean occursIn(String word, String text) {
        int len = word.codePointCount(0, word.length());
        int allowed = len <= 3 ? 0 : len / 4;
        return substringDistance(word, text) <= allowed;
    }
}
