package org.suchi.ocr.glyph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;
import org.suchi.ocr.glyph.Components.Component;

/**
 * Cuts one text line of a value cell into glyphs, left to right: connected components (8-connectivity),
 * specks dropped, pieces that share most of their columns merged (the circles and bar of '%', broken
 * strokes), and flat or small round pieces marked as '-' and '.' candidates by their place on the line.
 * Bangla digits have no headline, so the digits of a value are separate components; digits that touch are
 * left whole here and can be cut with {@link #splits}. Stateless and thread-safe.
 */
public final class GlyphSegmenter {
    /** A piece whose longer side is below this part of the tallest piece's height, or whose area is below the
     *  square of that, is a speck; so is any piece of fewer than {@link #MIN_PIXELS} pixels. */
    private static final double SPECK = 0.10;
    private static final int MIN_PIXELS = 3;
    /** Two pieces sharing at least this part of the narrower one's columns are one glyph. */
    private static final double MERGE_OVERLAP = 0.3;
    /**
     * A piece at least {@link #RAISED_MIN_HEIGHT} of the line body high whose bottom is above this part of it is
     * raised (the upper circle of '%'); dashes are lower or thinner.
     */
    private static final double RAISED = 0.7;
    private static final double RAISED_MIN_HEIGHT = 0.3;
    /** A raised piece joins its nearest neighbour when the gap between them is at most this part of the line. */
    private static final double RAISED_GAP = 0.35;
    /** On a line of dashes only, a flat piece narrower than this part of the widest one is a speck. */
    private static final double DASH_SPECK = 0.3;
    /** A flat piece (a dash) inks at least this part of its box. */
    private static final double SOLID = 0.6;
    /** A piece at least this many times as wide as high is flat (a dash). */
    private static final double FLAT = 2.0;

    /** The glyphs of the line {@code band} of a binary image (0 = ink), left to right; empty without ink. */
    public List<Glyph> segment(GrayImage binary, Rect band) {
        List<Component> comps = Components.of(binary, band);
        int maxH = comps.stream().mapToInt(c -> c.box().height()).max().orElse(0);
        double speck = SPECK * maxH;
        List<Piece> pieces = new ArrayList<>();
        for (Component c : comps) {
            boolean big = Math.max(c.box().width(), c.box().height()) >= speck
                    && c.size() >= Math.max(MIN_PIXELS, speck * speck);
            if (big) pieces.add(new Piece(c.box(), c.pixels()));
        }
        pieces = merge(pieces);
        pieces.sort(Comparator.comparingInt(p -> p.box.x()));
        if (pieces.stream().allMatch(p -> flat(p))) { // dashes only: drop specks beside them
            int widest = pieces.stream().mapToInt(p -> p.box.width()).max().orElse(0);
            pieces.removeIf(p -> p.box.width() < DASH_SPECK * widest);
        }
        Rect line = lineBody(pieces);
        List<Glyph> out = new ArrayList<>(pieces.size());
        boolean anyBody = pieces.stream().anyMatch(p -> !flat(p));
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Glyph.Kind kind = kind(p, line, anyBody);
            boolean inner = i > 0 && i < pieces.size() - 1;
            if (kind == Glyph.Kind.DOT && !inner) continue; // a dot before or after the value is a speck
            out.add(new Glyph(p.box, kind, mask(binary.width(), p.box, p.pixels), line));
        }
        return out;
    }

    /**
     * Ways to cut a wide glyph (touching digits) into two: at up to three of the columns with the least ink
     * in its middle half, each cut giving a left and a right glyph trimmed to their ink. Empty when the glyph
     * is not at least {@code minWidth} times as wide as its line is high.
     */
    public List<List<Glyph>> splits(Glyph g, double minWidth) {
        Rect b = g.box();
        if (b.width() < minWidth * g.line().height() || b.width() < 6) return List.of();
        GrayImage ink = g.ink();
        int[] cols = new int[b.width()];
        for (int y = 0; y < b.height(); y++) for (int x = 0; x < b.width(); x++) if (ink.get(x, y) < 128) cols[x]++;
        List<Integer> cuts = new ArrayList<>();
        for (int x = b.width() / 4; x <= 3 * b.width() / 4; x++) cuts.add(x);
        cuts.sort(Comparator.comparingInt((Integer x) -> cols[x]).thenComparingInt(x -> Math.abs(2 * x - b.width())));
        List<List<Glyph>> out = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (int cut : cuts) {
            if (out.size() == 3) break;
            if (used.stream().anyMatch(u -> Math.abs(u - cut) < Math.max(2, b.width() / 10))) continue;
            used.add(cut);
            Glyph left = part(g, 0, cut), right = part(g, cut, b.width());
            if (left != null && right != null) out.add(List.of(left, right));
        }
        return out;
    }

    /** The ink of columns x0..x1 (glyph coordinates) of a glyph as a glyph of its own, or null when empty. */
    private static Glyph part(Glyph g, int x0, int x1) {
        Rect b = g.box();
        int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1;
        for (int y = 0; y < b.height(); y++) {
            for (int x = x0; x < x1; x++) {
                if (g.ink().get(x, y) < 128) {
                    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) return null;
        Rect box = new Rect(b.x() + minX, b.y() + minY, maxX - minX + 1, maxY - minY + 1);
        return new Glyph(box, Glyph.Kind.INK, g.ink().crop(new Rect(minX, minY, box.width(), box.height())), g.line());
    }

    /**
     * Joins the parts of one glyph: pieces that share columns, then raised pieces (nothing in the alphabet stands
     * alone above the baseline) with their nearest neighbour, then again pieces that now share columns.
     */
    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> ps = mergeOverlapping(new ArrayList<>(pieces));
        if (ps.size() < 2) return ps;
        Rect body = lineBody(ps);
        for (int i = 0; i < ps.size(); i++) {
            Rect b = ps.get(i).box;
            boolean raised = !flat(ps.get(i)) && b.height() >= RAISED_MIN_HEIGHT * body.height()
                    && b.bottom() <= body.y() + RAISED * body.height();
            if (!raised) continue;
            int nearest = -1;
            int bestGap = Integer.MAX_VALUE;
            for (int j = 0; j < ps.size(); j++) {
                if (j == i) continue;
                Rect o = ps.get(j).box;
                int gap = Math.max(o.x() - b.right(), b.x() - o.right());
                if (gap < bestGap) {
                    bestGap = gap;
                    nearest = j;
                }
            }
            if (bestGap <= RAISED_GAP * body.height()) {
                ps.set(nearest, ps.get(nearest).plus(ps.get(i)));
                ps.remove(i);
                i = -1; // start over: boxes changed
                if (ps.size() < 2) break;
            }
        }
        return mergeOverlapping(ps);
    }

    private static List<Piece> mergeOverlapping(List<Piece> ps) {
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    Rect a = ps.get(i).box, b = ps.get(j).box;
                    int overlap = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
                    if (overlap > 0 && overlap >= MERGE_OVERLAP * Math.min(a.width(), b.width())) {
                        ps.set(i, ps.get(i).plus(ps.get(j)));
                        ps.remove(j);
                        merged = true;
                        break outer;
                    }
                }
            }
        }
        return ps;
    }

    /**
     * The line body: the median top and bottom of the full-height glyphs (those not flat and at least half as
     * tall as the tallest one); the pieces' own extent when all are flat.
     */
    private static Rect lineBody(List<Piece> pieces) {
        if (pieces.isEmpty()) return new Rect(0, 0, 0, 0);
        int maxH = pieces.stream().filter(p -> !flat(p)).mapToInt(p -> p.box.height()).max().orElse(0);
        List<Piece> body = pieces.stream()
                .filter(p -> maxH == 0 || (!flat(p) && 2 * p.box.height() >= maxH)).toList();
        int[] tops = body.stream().mapToInt(p -> p.box.y()).sorted().toArray();
        int[] bottoms = body.stream().mapToInt(p -> p.box.bottom()).sorted().toArray();
        int top = tops[tops.length / 2], bottom = bottoms[(bottoms.length - 1) / 2];
        int x0 = pieces.stream().mapToInt(p -> p.box.x()).min().getAsInt();
        int x1 = pieces.stream().mapToInt(p -> p.box.right()).max().getAsInt();
        return new Rect(x0, top, x1 - x0, Math.max(1, bottom - top));
    }

    private static Glyph.Kind kind(Piece p, Rect line, boolean anyBody) {
        Rect b = p.box;
        double h = line.height();
        if (flat(p) && (!anyBody || (b.height() <= 0.4 * h && b.width() >= 0.2 * h))) return Glyph.Kind.DASH;
        if (anyBody && !flat(p) && b.width() <= 0.45 * h && b.height() <= 0.45 * h
                && b.y() + b.height() / 2.0 >= line.y() + 0.6 * h) {
            return Glyph.Kind.DOT;
        }
        return Glyph.Kind.INK;
    }

    /** A solid bar at least {@link #FLAT} times as wide as high (not a wide blob of touching glyphs). */
    private static boolean flat(Piece p) {
        Rect b = p.box;
        return b.width() >= FLAT * b.height() && p.pixels.length >= SOLID * b.area();
    }

    private static GrayImage mask(int imageWidth, Rect b, int[] pixels) {
        byte[] out = new byte[b.width() * b.height()];
        Arrays.fill(out, (byte) 255);
        for (int idx : pixels) out[(idx / imageWidth - b.y()) * b.width() + idx % imageWidth - b.x()] = 0;
        return new GrayImage(b.width(), b.height(), out);
    }

    private record Piece(Rect box, int[] pixels) {
        Piece plus(Piece o) {
            int x0 = Math.min(box.x(), o.box.x()), y0 = Math.min(box.y(), o.box.y());
            int x1 = Math.max(box.right(), o.box.right()), y1 = Math.max(box.bottom(), o.box.bottom());
            int[] px = Arrays.copyOf(pixels, pixels.length + o.pixels.length);
            System.arraycopy(o.pixels, 0, px, pixels.length, o.pixels.length);
            return new Piece(new Rect(x0, y0, x1 - x0, y1 - y0), px);
        }
    }
}
