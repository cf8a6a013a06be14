package org.suchi.layout;

/** Approximate matching for OCR'd Bangla labels. */
final class Fuzzy {
    private Fuzzy() {}

    /**
     * The smallest edit distance between {@code needle} and any substring of {@code hay}
     * (Sellers' algorithm), in code points.
     */
    static int substringDistance(String hay, String needle) {
        int[] h = hay.codePoints().toArray(), n = needle.codePoints().toArray();
        if (n.length == 0) return 0;
        int[] prev = new int[n.length + 1], cur = new int[n.length + 1];
        for (int j = 0; j <= n.length; j++) prev[j] = j;
        int best = prev[n.length];
        for (int i = 1; i <= h.length; i++) {
            cur[0] = 0;
            for (int j = 1; j <= n.length; j++) {
                int sub = prev[j - 1] + (h[i - 1] == n[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            best = Math.min(best, cur[n.length]);
            int[] t = prev; prev = cur; cur = t;
        }
        return best;
    }

    /** True when {@code hay} contains {@code needle} with at most about one error in four characters. */
    static boolean contains(String hay, String needle) {
        int len = needle.codePointCount(0, needle.length());
        int allowed = len <= 3 ? 0 : len / 4;
        return substringDistance(hay, needle) <= allowed;
    }
}
