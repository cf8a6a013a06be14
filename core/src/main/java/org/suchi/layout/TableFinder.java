package org.suchi.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.suchi.image.Rect;
import org.suchi.layout.Rulings.Segment;

/**
 * Finds ruled tables among the ruling segments and the positions of their row and column lines.
 *
 * <p>A segment is <em>structural</em> when it physically meets at least two rulings of the other
 * direction that are themselves structural (computed in three rounds: horizontal against all
 * verticals, verticals against those horizontals, horizontals again). Headlines of words,
 * underlines, seal arcs and signature strokes meet at most one ruling and drop out. Structural
 * segments that meet form a table. Within a table, segments at the same height (width) are
 * clustered into row (column) lines; a cluster becomes a line if it holds a structural segment, or
 * spans half the table, or is a broken line that still meets two rulings across a quarter of the
 * table. Where the frame runs on past the outermost line (a table cut at the page end has no
 * closing line) a line is added at the end of the frame.
 */
final class TableFinder {
    /** Horizontal pieces at least this long seed the search (longer than the headline of a long word). */
    static final double STRONG_H_INCH = 1.0;
    /** Vertical pieces at least this long seed the search. */
    static final double STRONG_V_INCH = 0.5;

    private TableFinder() {}

    /** A table's line positions (sorted) and its outer bounds. */
    record Lines(List<Integer> rows, List<Integer> cols, Rect bounds) {}

    static List<Lines> find(Rulings r) {
        int dpi = r.dpi;
        int slack = Math.max(2, dpi / 100);
        int minCell = Math.max(6, (int) Math.round(dpi * 0.06));
        List<Segment> hs = r.hSegs, vs = r.vSegs;

        // seeds: rulings too long to be strokes of text (a long word's headline is shorter than an inch)
        boolean[] hStrong = new boolean[hs.size()], vStrong = new boolean[vs.size()];
        for (int i = 0; i < hs.size(); i++) hStrong[i] = hs.get(i).length() >= dpi * STRONG_H_INCH;
        for (int i = 0; i < vs.size(); i++) vStrong[i] = vs.get(i).length() >= dpi * STRONG_V_INCH;
        boolean[] vStruct = or(structural(vs, hs, hStrong, slack, minCell), vStrong, vs, hs, hStrong, slack);
        boolean[] hStruct = structural(hs, vs, vStruct, slack, minCell);
        vStruct = structural(vs, hs, hStruct, slack, minCell);

        // group structural segments that meet into tables
        List<Segment> sh = new ArrayList<>(), sv = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) if (hStruct[i]) sh.add(hs.get(i));
        for (int i = 0; i < vs.size(); i++) if (vStruct[i]) sv.add(vs.get(i));
        int n = sh.size() + sv.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < sh.size(); i++) {
            for (int j = 0; j < sv.size(); j++) {
                if (sh.get(i).meets(sv.get(j), slack, slack)) UnionFind.union(parent, i, sh.size() + j);
            }
        }
        // groups whose boxes overlap are one table (a double frame drawn around the grid, a
        // ruling broken right at a crossing)
        boolean merged = true;
        while (merged) {
            merged = false;
            int[][] box = groupBoxes(parent, sh, sv);
            for (int a = 0; a < n && !merged; a++) {
                if (box[a] == null) continue;
                for (int b = a + 1; b < n && !merged; b++) {
                    if (box[b] == null) continue;
                    if (box[a][0] <= box[b][2] + slack && box[b][0] <= box[a][2] + slack
                            && box[a][1] <= box[b][3] + slack && box[b][1] <= box[a][3] + slack) {
                        UnionFind.union(parent, a, b);
                        merged = true;
                    }
                }
            }
        }
        List<Lines> tables = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = UnionFind.find(parent, i);
            if (done[root]) continue;
            done[root] = true;
            List<Segment> gh = new ArrayList<>(), gv = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (UnionFind.find(parent, k) != root) continue;
                if (k < sh.size()) gh.add(sh.get(k)); else gv.add(sv.get(k - sh.size()));
            }
            if (gh.size() < 2 || gv.size() < 2) continue;
            Lines t = lines(r, gh, gv, slack, minCell);
            if (t != null) tables.add(t);
        }
        tables.sort(Comparator.comparingInt(t -> t.bounds().y()));
        return tables;
    }

    /** Bounding box {x0, y0, x1, y1} of each group, indexed by the group's root (null elsewhere). */
    private static int[][] groupBoxes(int[] parent, List<Segment> sh, List<Segment> sv) {
        int n = parent.length;
        int[][] box = new int[n][];
        for (int k = 0; k < n; k++) {
            Segment s = k < sh.size() ? sh.get(k) : sv.get(k - sh.size());
            int x0 = s.horizontal() ? s.start() : s.lo(), x1 = s.horizontal() ? s.end() : s.hi();
            int y0 = s.horizontal() ? s.lo() : s.start(), y1 = s.horizontal() ? s.hi() : s.end();
            int g = UnionFind.find(parent, k);
            if (box[g] == null) box[g] = new int[] {x0, y0, x1, y1};
            else {
                box[g][0] = Math.min(box[g][0], x0);
                box[g][1] = Math.min(box[g][1], y0);
                box[g][2] = Math.max(box[g][2], x1);
                box[g][3] = Math.max(box[g][3], y1);
            }
        }
        return box;
    }

    /** {@code a}, plus the strong segments that meet at least one strong ruling of the other direction. */
    private static boolean[] or(boolean[] a, boolean[] strong, List<Segment> segs, List<Segment> others, boolean[] othersStrong, int slack) {
        boolean[] out = a.clone();
        for (int i = 0; i < segs.size(); i++) {
            if (out[i] || !strong[i]) continue;
            for (int j = 0; j < others.size() && !out[i]; j++) {
                if (othersStrong[j] && segs.get(i).meets(others.get(j), slack, slack)) out[i] = true;
            }
        }
        return out;
    }

    /**
     * Which of {@code segs} meet at least two distinct rulings of {@code others} (only the ones
     * flagged in {@code othersOk}, or all when it is null), at least a cell apart.
     */
    private static boolean[] structural(List<Segment> segs, List<Segment> others, boolean[] othersOk, int slack, int minCell) {
        boolean[] out = new boolean[segs.size()];
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
            for (int j = 0; j < others.size(); j++) {
                if (othersOk != null && !othersOk[j]) continue;
                Segment o = others.get(j);
                if (s.meets(o, slack, slack)) {
                    min = Math.min(min, o.pos());
                    max = Math.max(max, o.pos());
                }
            }
            out[i] = max - min >= minCell;
        }
        return out;
    }

    private static Lines lines(Rulings r, List<Segment> gh, List<Segment> gv, int slack, int minCell) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
        for (Segment s : gh) { x0 = Math.min(x0, s.start()); x1 = Math.max(x1, s.end()); y0 = Math.min(y0, s.lo()); y1 = Math.max(y1, s.hi()); }
        for (Segment s : gv) { y0 = Math.min(y0, s.start()); y1 = Math.max(y1, s.end()); x0 = Math.min(x0, s.lo()); x1 = Math.max(x1, s.hi()); }
        int tol = Math.max(3, (int) Math.round(r.dpi * 0.04));
        int tw = x1 - x0 + 1, th = y1 - y0 + 1;
        if (tw < r.dpi * 1.0 || th < r.dpi * 0.2) return null;

        List<Double> rows = accept(r.hSegs, gh, gv, x0, y0, x1, y1, tw, tol, slack, r.dpi);
        List<Double> cols = accept(r.vSegs, gv, gh, y0, x0, y1, x1, th, tol, slack, r.dpi);
        rows = mergeClose(rows, minCell);
        cols = mergeClose(cols, minCell);
        if (rows.isEmpty() || cols.size() < 2) return null;

        // close the grid where the frame runs on past the outermost lines (table cut at the page end)
        int minRow = Math.max(6, (int) Math.round(r.dpi * 0.08));
        double first = rows.get(0), last = rows.get(rows.size() - 1);
        int vTop = Integer.MAX_VALUE, vBottom = Integer.MIN_VALUE;
        for (Segment s : gv) { vTop = Math.min(vTop, s.start()); vBottom = Math.max(vBottom, s.end()); }
        // the text of a cut row may run on below the end of the frame: close at the end of the ink
        int inset = Math.max(2, (int) Math.round(r.dpi * 0.03));
        if (vBottom - last > minRow) rows.add((double) inkEnd(r, vBottom, 1, x0 + inset, x1 - inset));
        if (first - vTop > minRow) rows.add(0, (double) inkEnd(r, vTop, -1, x0 + inset, x1 - inset));
        double fc = cols.get(0), lc = cols.get(cols.size() - 1);
        int hLeft = Integer.MAX_VALUE, hRight = Integer.MIN_VALUE;
        for (Segment s : gh) { hLeft = Math.min(hLeft, s.start()); hRight = Math.max(hRight, s.end()); }
        if (hRight - lc > minRow) cols.add((double) hRight);
        if (fc - hLeft > minRow) cols.add(0, (double) hLeft);
        // a table has at least two columns (a single framed box is not a table)
        if (rows.size() < 2 || cols.size() < 3) return null;

        List<Integer> ri = new ArrayList<>(), ci = new ArrayList<>();
        for (double d : rows) ri.add((int) Math.round(d));
        for (double d : cols) ci.add((int) Math.round(d));
        Rect bounds = new Rect(ci.get(0), ri.get(0), ci.get(ci.size() - 1) - ci.get(0) + 1, ri.get(ri.size() - 1) - ri.get(0) + 1);
        return new Lines(ri, ci, bounds);
    }

    /**
     * From the end {@code y} of a table frame, follows the ink within {@code x0..x1} further in
     * direction {@code dir} across gaps of up to ~0.1 inch (line spacing) and returns where it ends.
     */
    private static int inkEnd(Rulings r, int y, int dir, int x0, int x1) {
        int maxGap = Math.max(4, (int) Math.round(r.dpi * 0.1));
        int end = y, gap = 0;
        for (int yy = y + dir; yy >= 0 && yy < r.height; yy += dir) {
            if (r.inkInRow(yy, x0, x1)) {
                end = yy;
                gap = 0;
            } else if (++gap > maxGap) {
                break;
            }
        }
        return Math.max(0, Math.min(r.height - 1, end + dir));
    }

    /**
     * Clusters the segments of one direction inside the table by position and returns the accepted
     * line positions (sorted). Coordinates are given along/across the segments' direction.
     */
    private static List<Double> accept(List<Segment> all, List<Segment> structuralList, List<Segment> crossing,
                                       int a0, int c0, int a1, int c1, int span, int tol, int slack, int dpi) {
        Set<Segment> structural = Collections.newSetFromMap(new IdentityHashMap<>());
        structural.addAll(structuralList);
        int minLen = (int) Math.round(dpi * 0.25);
        List<Segment> cand = new ArrayList<>();
        for (Segment s : all) {
            if (s.pos() < c0 - tol || s.pos() > c1 + tol) continue;
            if (s.end() < a0 - tol || s.start() > a1 + tol) continue;
            if (s.length() < minLen && !structural.contains(s)) continue;
            cand.add(s);
        }
        cand.sort(Comparator.comparingDouble(Segment::pos));
        // lines held by structural segments first; their position comes from those segments only
        List<Segment> st = new ArrayList<>(), rest = new ArrayList<>();
        for (Segment s : cand) (structural.contains(s) ? st : rest).add(s);
        List<Double> out = new ArrayList<>();
        for (List<Segment> cl : clusters(st, tol)) out.add(weightedMedian(cl));
        // then broken or partial lines made of non-structural pieces, away from those lines
        List<Segment> free = new ArrayList<>();
        for (Segment s : rest) {
            boolean near = false;
            for (double p : out) near |= Math.abs(s.pos() - p) <= tol;
            if (!near) free.add(s);
        }
        for (List<Segment> cl : clusters(free, tol)) {
            if (acceptCluster(cl, crossing, a0, a1, span, slack)) out.add(weightedMedian(cl));
        }
        out.sort(null);
        return out;
    }

    /** Single-linkage clusters of segments sorted by position. */
    private static List<List<Segment>> clusters(List<Segment> sorted, int tol) {
        List<List<Segment>> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).pos() - sorted.get(j - 1).pos() <= tol) j++;
            out.add(sorted.subList(i, j));
            i = j;
        }
        return out;
    }

    private static boolean acceptCluster(List<Segment> cl, List<Segment> crossing, int a0, int a1, int span, int slack) {
        // union length of the cluster inside the table
        int[][] iv = new int[cl.size()][];
        for (int k = 0; k < cl.size(); k++) iv[k] = new int[] {Math.max(a0, cl.get(k).start()), Math.min(a1, cl.get(k).end())};
        Arrays.sort(iv, Comparator.comparingInt(x -> x[0]));
        long union = 0;
        int cs = Integer.MIN_VALUE, ce = Integer.MIN_VALUE;
        for (int[] x : iv) {
            if (x[1] < x[0]) continue;
            if (x[0] > ce) {
                if (ce >= cs && cs != Integer.MIN_VALUE) union += ce - cs + 1;
                cs = x[0];
                ce = x[1];
            } else {
                ce = Math.max(ce, x[1]);
            }
        }
        if (cs != Integer.MIN_VALUE) union += ce - cs + 1;
        if (union >= 0.5 * span) return true;
        if (union < 0.25 * span) return false;
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (Segment s : cl) {
            for (Segment o : crossing) {
                if (s.meets(o, slack, slack)) {
                    min = Math.min(min, o.pos());
                    max = Math.max(max, o.pos());
                }
            }
        }
        return max > min;
    }

    private static double weightedMedian(List<Segment> cl) {
        List<Segment> s = new ArrayList<>(cl);
        s.sort(Comparator.comparingDouble(Segment::pos));
        long total = 0;
        for (Segment x : s) total += x.length();
        long acc = 0;
        for (Segment x : s) {
            acc += x.length();
            if (acc * 2 >= total) return x.pos();
        }
        return s.get(s.size() - 1).pos();
    }

    /** Lines closer than {@code minGap} (double rulings, a thick line seen twice) become one. */
    private static List<Double> mergeClose(List<Double> pos, int minGap) {
        List<Double> out = new ArrayList<>();
        for (double p : pos) {
            if (!out.isEmpty() && p - out.get(out.size() - 1) < minGap) {
                out.set(out.size() - 1, (out.get(out.size() - 1) + p) / 2);
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
