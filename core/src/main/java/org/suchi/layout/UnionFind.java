package org.suchi.layout;

/** Disjoint sets over {@code 0..n-1} in a parent array (each index its own parent at the start). */
final class UnionFind {
    private UnionFind() {}

    /** The root of {@code i}'s set, halving the path on the way. */
    static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}; the smaller root stays the root. */
    static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra != rb) p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
