package org.suchi.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.suchi.image.Rect;

/**
 * Turns a table's line positions into a {@link Grid} with merged cells.
 *
 * <p>For every piece of ruling between two neighbouring crossings (the part of row line {@code i}
 * inside column gap {@code j}, the part of column line {@code k} inside row gap {@code i}) it
 * measures, in the ruling masks and within a small distance of the line:
 * <ul>
 *   <li>coverage: the share of the piece that has ruling ink;</li>
 *   <li>its local band (the rows or columns the ruling actually occupies there, so bent, slanted
 *       or double lines give correct cell boxes);</li>
 *   <li>whether the ink leaves a crossing ruling into the piece ("touch"). A headline of a word that
 *       happens to lie where a ruling is missing keeps a margin from the rulings; a real ruling,
 *       even a broken one, runs out of at least one crossing.</li>
 * </ul>
 * A piece is present when at least half of it is covered and it touches a crossing (or is nearly
 * complete). Grid positions separated by an absent piece belong to the same cell; merged groups
 * that are not rectangles are grown to their bounding rectangle so the cells tile the grid.
 */
final class GridBuilder {
    private final Rulings r;
    private final int[] rowY, colX;
    private final int nr, nc; // number of row lines, column lines
    private final int tol, gapD, reach, run;

    // horizontal pieces: [row line][column gap]
    private final double[][] hCov;
    private final int[][] hLo, hHi; // band rows, -1 if none
    private final boolean[][] hPresent;
    // vertical pieces: [column line][row gap]
    private final double[][] vCov;
    private final int[][] vLo, vHi; // band columns, -1 if none
    private final boolean[][] vPresent;

    private GridBuilder(Rulings r, List<Integer> rows, List<Integer> cols) {
        this.r = r;
        this.rowY = rows.stream().mapToInt(Integer::intValue).toArray();
        this.colX = cols.stream().mapToInt(Integer::intValue).toArray();
        this.nr = rowY.length;
        this.nc = colX.length;
        this.tol = Math.max(3, (int) Math.round(r.dpi * 0.04));
        this.gapD = Math.max(2, (int) Math.round(r.dpi * 0.02));
        this.reach = Math.max(1, (int) Math.round(r.dpi / 150.0));
        this.run = Math.max(4, (int) Math.round(r.dpi * 0.04));
        hCov = new double[nr][nc - 1];
        hLo = new int[nr][nc - 1];
        hHi = new int[nr][nc - 1];
        hPresent = new boolean[nr][nc - 1];
        vCov = new double[nc][nr - 1];
        vLo = new int[nc][nr - 1];
        vHi = new int[nc][nr - 1];
        vPresent = new boolean[nc][nr - 1];
    }

    static Grid build(Rulings r, List<Integer> rows, List<Integer> cols, int inset) {
        List<Integer> rl = new ArrayList<>(rows), cl = new ArrayList<>(cols);
        while (true) {
            GridBuilder b = new GridBuilder(r, rl, cl);
            b.measure();
            // an inner line with no ruling piece present anywhere is not a line (text that lined up)
            List<Integer> keepR = new ArrayList<>(), keepC = new ArrayList<>();
            for (int i = 0; i < b.nr; i++) if (i == 0 || i == b.nr - 1 || anyTrue(b.hPresent[i])) keepR.add(rl.get(i));
            for (int k = 0; k < b.nc; k++) if (k == 0 || k == b.nc - 1 || anyTrue(b.vPresent[k])) keepC.add(cl.get(k));
            if (keepR.size() == rl.size() && keepC.size() == cl.size()) return b.grid(inset);
            rl = keepR;
            cl = keepC;
        }
    }

    private static boolean anyTrue(boolean[] a) {
        for (boolean x : a) if (x) return true;
        return false;
    }

    private void measure() {
        for (int k = 0; k < nc; k++) {
            for (int i = 0; i < nr - 1; i++) measurePiece(false, k, i);
        }
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc - 1; j++) measurePiece(true, i, j);
        }
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc - 1; j++) {
                boolean outer = i == 0 || i == nr - 1;
                int touches = hLo[i][j] < 0 ? 0 : (touchH(i, j, true) ? 1 : 0) + (touchH(i, j, false) ? 1 : 0);
                hPresent[i][j] = hLo[i][j] >= 0 && present(hCov[i][j], touches, outer);
            }
        }
        for (int k = 0; k < nc; k++) {
            for (int i = 0; i < nr - 1; i++) {
                boolean outer = k == 0 || k == nc - 1;
                int touches = vLo[k][i] < 0 ? 0 : (touchV(k, i, true) ? 1 : 0) + (touchV(k, i, false) ? 1 : 0);
                vPresent[k][i] = vLo[k][i] >= 0 && present(vCov[k][i], touches, outer);
            }
        }
        dropCrossingStrokes();
        // bands of absent pieces are not rulings (headlines, stray strokes): forget them
        for (int i = 0; i < nr; i++) for (int j = 0; j < nc - 1; j++) if (!hPresent[i][j]) hLo[i][j] = hHi[i][j] = -1;
        for (int k = 0; k < nc; k++) for (int i = 0; i < nr - 1; i++) if (!vPresent[k][i]) vLo[k][i] = vHi[k][i] = -1;
    }

    /**
     * A straight stroke that crosses rulings (the underline of a signature, a pen stroke) looks like
     * a ruling between the crossings, but it runs on a little past the crossings at both of its ends
     * and then stops. A ruling ends at a crossing or goes on to the next one. Runs of present pieces
     * whose ink overshoots both end crossings into absent neighbours (or out of the table) are
     * dropped.
     */
    private void dropCrossingStrokes() {
        for (int i = 1; i < nr - 1; i++) {
            int j = 0;
            while (j < nc - 1) {
                if (!hPresent[i][j]) { j++; continue; }
                int ja = j;
                while (j + 1 < nc - 1 && hPresent[i][j + 1]) j++;
                int jb = j;
                int y0 = Integer.MAX_VALUE, y1 = Integer.MIN_VALUE;
                for (int g = ja; g <= jb; g++) { y0 = Math.min(y0, hLo[i][g]); y1 = Math.max(y1, hHi[i][g]); }
                boolean overLeft = (ja == 0 || !hPresent[i][ja - 1]) && leavesH(i, ja, -1, y0 - 1, y1 + 1);
                boolean overRight = (jb == nc - 2 || !hPresent[i][jb + 1]) && leavesH(i, jb + 1, 1, y0 - 1, y1 + 1);
                if (overLeft && overRight) for (int g = ja; g <= jb; g++) hPresent[i][g] = false;
                j++;
            }
        }
        for (int k = 1; k < nc - 1; k++) {
            int i = 0;
            while (i < nr - 1) {
                if (!vPresent[k][i]) { i++; continue; }
                int ia = i;
                while (i + 1 < nr - 1 && vPresent[k][i + 1]) i++;
                int ib = i;
                int x0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE;
                for (int g = ia; g <= ib; g++) { x0 = Math.min(x0, vLo[k][g]); x1 = Math.max(x1, vHi[k][g]); }
                boolean overTop = (ia == 0 || !vPresent[k][ia - 1]) && leavesV(k, ia, -1, x0 - 1, x1 + 1);
                boolean overBottom = (ib == nr - 2 || !vPresent[k][ib + 1]) && leavesV(k, ib + 1, 1, x0 - 1, x1 + 1);
                if (overTop && overBottom) for (int g = ia; g <= ib; g++) vPresent[k][g] = false;
                i++;
            }
        }
    }

    /** Does horizontal ink within rows y0..y1 leave column line {@code k} in direction {@code dir} and run on for {@link #run} pixels? */
    private boolean leavesH(int i, int k, int dir, int y0, int y1) {
        int edge = vEdge(k, i, dir > 0);
        y0 = Math.max(0, y0);
        y1 = Math.min(r.height - 1, y1);
        for (int d = 1; d <= reach + run; d++) {
            int x = edge + dir * d;
            if (x < 0 || x >= r.width || !columnHasInk(r.h, x, y0, y1)) return false;
        }
        return true;
    }

    /** Does vertical ink within columns x0..x1 leave row line {@code i} in direction {@code dir} and run on? */
    private boolean leavesV(int k, int i, int dir, int x0, int x1) {
        int edge = hEdge(i, k, dir > 0);
        x0 = Math.max(0, x0);
        x1 = Math.min(r.width - 1, x1);
        for (int d = 1; d <= reach + run; d++) {
            int y = edge + dir * d;
            if (y < 0 || y >= r.height || !rowHasInk(r.v, y, x0, x1)) return false;
        }
        return true;
    }

    /**
     * The presence rule: half covered and running out of both crossings, or mostly covered and
     * running out of one, or (nearly) complete. Outer borders only need to be half covered.
     */
    private static boolean present(double cov, int touches, boolean outer) {
        if (outer) return cov >= 0.5;
        return (cov >= 0.5 && touches == 2) || (cov >= 0.8 && touches >= 1) || cov >= 0.97;
    }

    /**
     * Coverage and band of one piece. For a horizontal piece {@code line} is the row line and
     * {@code gap} the column gap; for a vertical one the column line and the row gap.
     */
    private void measurePiece(boolean horizontal, int line, int gap) {
        int w = r.width, h = r.height;
        byte[] mask = horizontal ? r.h : r.v;
        int[] along = horizontal ? colX : rowY;
        int center = horizontal ? rowY[line] : colX[line];
        int limitAcross = horizontal ? h : w, limitAlong = horizontal ? w : h;
        int margin = Math.max(2, tol / 2);
        int a0 = Math.max(0, along[gap] + margin), a1 = Math.min(limitAlong - 1, along[gap + 1] - margin);
        if (a1 < a0) { // a very short piece: use its middle
            a0 = Math.max(0, (along[gap] + along[gap + 1]) / 2);
            a1 = Math.min(limitAlong - 1, a0);
        }
        int c0 = Math.max(0, center - tol), c1 = Math.min(limitAcross - 1, center + tol);
        int len = a1 - a0 + 1;
        int[] across = new int[c1 - c0 + 1];
        int covered = 0;
        for (int a = a0; a <= a1; a++) {
            boolean any = false;
            for (int c = c0; c <= c1; c++) {
                int idx = horizontal ? c * w + a : a * w + c;
                if (mask[idx] != 0) {
                    across[c - c0]++;
                    any = true;
                }
            }
            if (any) covered++;
        }
        double cov = covered / (double) len;
        int peak = 0;
        // the peak nearest to the nominal position among the strongest
        for (int c = 0; c < across.length; c++) {
            if (across[c] > across[peak] || (across[c] == across[peak]
                    && Math.abs(c + c0 - center) < Math.abs(peak + c0 - center))) peak = c;
        }
        int lo = -1, hi = -1;
        if (across[peak] >= 0.3 * len) {
            int thr = Math.max(1, across[peak] / 2);
            lo = peak;
            hi = peak;
            int gapRun = 0;
            for (int c = peak - 1; c >= 0; c--) {
                if (across[c] >= thr) { lo = c; gapRun = 0; } else if (++gapRun > gapD) break;
            }
            gapRun = 0;
            for (int c = peak + 1; c < across.length; c++) {
                if (across[c] >= thr) { hi = c; gapRun = 0; } else if (++gapRun > gapD) break;
            }
            lo += c0;
            hi += c0;
        }
        if (horizontal) {
            hCov[line][gap] = cov;
            hLo[line][gap] = lo;
            hHi[line][gap] = hi;
        } else {
            vCov[line][gap] = cov;
            vLo[line][gap] = lo;
            vHi[line][gap] = hi;
        }
    }

    /**
     * Does row line {@code i}'s ink leave column line {@code j} (left) or {@code j+1} (right) and run
     * on into gap {@code j}, unbroken for at least {@link #run} pixels?
     */
    private boolean touchH(int i, int j, boolean left) {
        int k = left ? j : j + 1;
        int edge = vEdge(k, i, left); // the crossing's edge on this gap's side
        int y0 = Math.max(0, hLo[i][j] - 1), y1 = Math.min(r.height - 1, hHi[i][j] + 1);
        int dir = left ? 1 : -1;
        int start = -1;
        for (int d = 1; d <= reach + run && start < 0; d++) {
            int x = edge + dir * d;
            if (x < 0 || x >= r.width) return false;
            if (columnHasInk(r.h, x, y0, y1)) start = d;
            else if (d > reach) return false;
        }
        if (start < 0) return false;
        for (int d = start; d < start + run; d++) {
            int x = edge + dir * d;
            if (x < 0 || x >= r.width || !columnHasInk(r.h, x, y0, y1)) return false;
        }
        return true;
    }

    /** Does column line {@code k}'s ink leave row line {@code i} (top) or {@code i+1} (bottom) and run on into row gap {@code i}? */
    private boolean touchV(int k, int i, boolean top) {
        int li = top ? i : i + 1;
        int edge = hEdge(li, k, top);
        int x0 = Math.max(0, vLo[k][i] - 1), x1 = Math.min(r.width - 1, vHi[k][i] + 1);
        int dir = top ? 1 : -1;
        int start = -1;
        for (int d = 1; d <= reach + run && start < 0; d++) {
            int y = edge + dir * d;
            if (y < 0 || y >= r.height) return false;
            if (rowHasInk(r.v, y, x0, x1)) start = d;
            else if (d > reach) return false;
        }
        if (start < 0) return false;
        for (int d = start; d < start + run; d++) {
            int y = edge + dir * d;
            if (y < 0 || y >= r.height || !rowHasInk(r.v, y, x0, x1)) return false;
        }
        return true;
    }

    private boolean columnHasInk(byte[] mask, int x, int y0, int y1) {
        for (int y = y0; y <= y1; y++) if (mask[y * r.width + x] != 0) return true;
        return false;
    }

    private boolean rowHasInk(byte[] mask, int y, int x0, int x1) {
        int o = y * r.width;
        for (int x = x0; x <= x1; x++) if (mask[o + x] != 0) return true;
        return false;
    }

    /**
     * The right ({@code rightSide}) or left edge of column line {@code k} near row line/row gap {@code i}:
     * from its bands in the row gaps around, or its nominal position.
     */
    private int vEdge(int k, int i, boolean rightSide) {
        int best = Integer.MIN_VALUE;
        for (int g = Math.max(0, i - 1); g <= Math.min(nr - 2, i); g++) {
            if (vLo[k][g] < 0) continue;
            int e = rightSide ? vHi[k][g] : -vLo[k][g];
            best = Math.max(best, e);
        }
        if (best == Integer.MIN_VALUE) return colX[k] + (rightSide ? 1 : -1);
        return rightSide ? best : -best;
    }

    /** The bottom ({@code below}) or top edge of row line {@code i} near column {@code k}. */
    private int hEdge(int i, int k, boolean below) {
        int best = Integer.MIN_VALUE;
        for (int g = Math.max(0, k - 1); g <= Math.min(nc - 2, k); g++) {
            if (hLo[i][g] < 0) continue;
            int e = below ? hHi[i][g] : -hLo[i][g];
            best = Math.max(best, e);
        }
        if (best == Integer.MIN_VALUE) return rowY[i] + (below ? 1 : -1);
        return below ? best : -best;
    }

    private Grid grid(int inset) {
        int rows = nr - 1, cols = nc - 1;
        int[] parent = new int[rows * cols];
        for (int p = 0; p < parent.length; p++) parent[p] = p;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (j + 1 < cols && !vPresent[j + 1][i]) UnionFind.union(parent, i * cols + j, i * cols + j + 1);
                if (i + 1 < rows && !hPresent[i + 1][j]) UnionFind.union(parent, i * cols + j, (i + 1) * cols + j);
            }
        }
        // grow every group to its bounding rectangle until the groups tile the grid
        boolean changed = true;
        while (changed) {
            changed = false;
            int[] r0 = new int[parent.length], r1 = new int[parent.length], c0 = new int[parent.length], c1 = new int[parent.length];
            Arrays.fill(r0, Integer.MAX_VALUE);
            Arrays.fill(c0, Integer.MAX_VALUE);
            Arrays.fill(r1, -1);
            Arrays.fill(c1, -1);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    int g = UnionFind.find(parent, i * cols + j);
                    r0[g] = Math.min(r0[g], i);
                    r1[g] = Math.max(r1[g], i);
                    c0[g] = Math.min(c0[g], j);
                    c1[g] = Math.max(c1[g], j);
                }
            }
            for (int g = 0; g < parent.length; g++) {
                if (r1[g] < 0) continue;
                for (int i = r0[g]; i <= r1[g]; i++) {
                    for (int j = c0[g]; j <= c1[g]; j++) {
                        if (UnionFind.find(parent, i * cols + j) != UnionFind.find(parent, g)) {
                            UnionFind.union(parent, i * cols + j, g);
                            changed = true;
                        }
                    }
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        boolean[] seen = new boolean[parent.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int g = UnionFind.find(parent, i * cols + j);
                if (seen[g]) continue;
                seen[g] = true;
                int ri = i, cj = j, re = i, ce = j;
                while (re + 1 < rows && UnionFind.find(parent, (re + 1) * cols + j) == g) re++;
                while (ce + 1 < cols && UnionFind.find(parent, i * cols + ce + 1) == g) ce++;
                cells.add(new Cell(ri, cj, re - ri + 1, ce - cj + 1, box(ri, cj, re, ce, inset)));
            }
        }
        List<Integer> rl = new ArrayList<>(), cl = new ArrayList<>();
        for (int y : rowY) rl.add(y);
        for (int x : colX) cl.add(x);
        Rect bounds = new Rect(colX[0], rowY[0], colX[nc - 1] - colX[0] + 1, rowY[nr - 1] - rowY[0] + 1);
        return new Grid(bounds, rl, cl, cells);
    }

    /** The inner box of the cell spanning rows r0..r1 and columns c0..c1, inside the rulings. */
    private Rect box(int r0, int c0, int r1, int c1, int inset) {
        int top = Integer.MIN_VALUE, bottom = Integer.MAX_VALUE, left = Integer.MIN_VALUE, right = Integer.MAX_VALUE;
        for (int j = c0; j <= c1; j++) {
            top = Math.max(top, hLo[r0][j] >= 0 ? hHi[r0][j] : rowY[r0] + halfH(r0));
            bottom = Math.min(bottom, hLo[r1 + 1][j] >= 0 ? hLo[r1 + 1][j] : rowY[r1 + 1] - halfH(r1 + 1));
        }
        for (int i = r0; i <= r1; i++) {
            left = Math.max(left, vLo[c0][i] >= 0 ? vHi[c0][i] : colX[c0] + halfV(c0));
            right = Math.min(right, vLo[c1 + 1][i] >= 0 ? vLo[c1 + 1][i] : colX[c1 + 1] - halfV(c1 + 1));
        }
        int x0 = left + 1 + inset, y0 = top + 1 + inset;
        int x1 = right - 1 - inset, y1 = bottom - 1 - inset;
        if (x1 < x0) x0 = x1 = (left + right) / 2;
        if (y1 < y0) y0 = y1 = (top + bottom) / 2;
        return new Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /** Half the typical thickness of row line {@code i} (0 where it has no ink, e.g. a closing line added at a cut). */
    private int halfH(int i) {
        List<Integer> t = new ArrayList<>();
        for (int j = 0; j < nc - 1; j++) if (hLo[i][j] >= 0) t.add(hHi[i][j] - hLo[i][j] + 1);
        return median(t) / 2;
    }

    private int halfV(int k) {
        List<Integer> t = new ArrayList<>();
        for (int i = 0; i < nr - 1; i++) if (vLo[k][i] >= 0) t.add(vHi[k][i] - vLo[k][i] + 1);
        return median(t) / 2;
    }

    private static int median(List<Integer> v) {
        if (v.isEmpty()) return 0;
        v.sort(null);
        return v.get(v.size() / 2);
    }
}
