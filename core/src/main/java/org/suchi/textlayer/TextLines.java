package org.suchi.textlayer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.suchi.image.Rect;
import org.suchi.normalise.BanglaText;
import org.suchi.reading.OcrText;

/**
 * Glyphs of one region to text lines: glyphs sharing a baseline form a line, ordered left to right;
 * words are separated where the layer has a space or the gap between glyphs is wider than a third of
 * the glyph height. Glyph clusters in visual order (a pre-base vowel sign or a reph drawn as its own
 * glyph) are put back in logical order, then {@link BanglaRepair} applies.
 */
public final class TextLines {
    /** A gap wider than this share of the glyph height separates words. */
    static final double WORD_GAP = 0.3;

    private TextLines() {}

    /** The lines of {@code glyphs}, top to bottom; confidence 1. */
    public static OcrText of(List<Glyph> glyphs) {
        List<List<Glyph>> lines = group(glyphs);
        List<OcrText.Line> out = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (List<Glyph> line : lines) {
            String text = text(line);
            if (text.isBlank()) continue;
            out.add(new OcrText.Line(text, box(line), 1.0));
            if (all.length() > 0) all.append('\n');
            all.append(text);
        }
        return new OcrText(all.toString(), out.isEmpty() ? 0 : 1.0, out);
    }

    /**
     * The lines of a table cell joined into paragraphs: a line continues the one above unless the gap
     * between them is clearly wider than the cell's line pitch (half as wide again as the smallest pitch,
     * or 2.6 line heights when the cell has only two lines). Stacked indicators and their texts are
     * separate paragraphs, so each is one piece for the assembler. A line ending in "/" or "-" is joined
     * without a space (the break was at the slash or hyphen), and so is a date or number wrapped inside a
     * narrow cell (the line ends in a digit of a date such as "১৫/০৩/২০২", the next begins with a digit).
     */
    public static OcrText paragraphs(OcrText lines) {
        return paragraphs(lines, Double.NaN);
    }

    /**
     * @param pagePitch the usual distance between the lines of a paragraph on this page ({@link #pitch}), or NaN:
     *                  with it, a cell of two lines breaks only where they are half as far apart again
     */
    public static OcrText paragraphs(OcrText lines, double pagePitch) {
        List<OcrText.Line> in = lines.lines();
        if (in.size() < 2) return lines;
        double minPitch = Double.MAX_VALUE;
        for (int i = 1; i < in.size(); i++) minPitch = Math.min(minPitch, in.get(i).box().y() - in.get(i - 1).box().y());
        if (!Double.isNaN(pagePitch)) minPitch = Math.min(minPitch, pagePitch);
        List<OcrText.Line> out = new ArrayList<>();
        OcrText.Line cur = in.get(0);
        for (int i = 1; i < in.size(); i++) {
            OcrText.Line l = in.get(i);
            double pitch = l.box().y() - in.get(i - 1).box().y();
            double height = Math.max(l.box().height(), in.get(i - 1).box().height());
            boolean twoLines = in.size() == 2 && Double.isNaN(pagePitch);
            boolean breaks = twoLines ? pitch > 2.6 * height : pitch > 1.5 * minPitch;
            if (breaks) {
                out.add(cur);
                cur = l;
            } else {
                String sep = cur.text().endsWith("/") || cur.text().endsWith("-") || splitsNumber(cur.text(), l.text()) ? "" : " ";
                Rect a = cur.box(), b = l.box();
                int x0 = Math.min(a.x(), b.x()), y0 = Math.min(a.y(), b.y());
                Rect box = new Rect(x0, y0, Math.max(a.right(), b.right()) - x0, Math.max(a.bottom(), b.bottom()) - y0);
                cur = new OcrText.Line(cur.text() + sep + l.text(), box, 1.0);
            }
        }
        out.add(cur);
        StringBuilder all = new StringBuilder();
        for (OcrText.Line l : out) {
            if (all.length() > 0) all.append('\n');
            all.append(l.text());
        }
        return new OcrText(all.toString(), 1.0, out);
    }

    /** The median distance between consecutive lines within the given cells (NaN when no cell has two lines). */
    public static double pitch(java.util.Collection<OcrText> cells) {
        List<Double> d = new ArrayList<>();
        for (OcrText t : cells) {
            for (int i = 1; i < t.lines().size(); i++) d.add((double) (t.lines().get(i).box().y() - t.lines().get(i - 1).box().y()));
        }
        if (d.isEmpty()) return Double.NaN;
        d.sort(null);
        return d.get(d.size() / 2);
    }

    /** A number or date wrapped inside a narrow cell ("১৫/০৩/২০২" + "৪"): the line ends and the next begins with a digit. */
    private static boolean splitsNumber(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) return false;
        int last = before.codePointBefore(before.length()), first = after.codePointAt(0);
        String end = before.substring(before.lastIndexOf(' ') + 1);
        return Character.isDigit(last) && Character.isDigit(first) && end.matches("(?U).*\\d[/.\\-]\\d.*");
    }

    /**
     * Glyphs grouped by baseline, lines top to bottom. Within a line the glyphs keep their content-stream
     * order when it runs left to right (marks may step back a little: producers such as LibreOffice write
     * clusters in logical order and place their marks by offsets), else they are sorted left to right.
     */
    static List<List<Glyph>> group(List<Glyph> glyphs) {
        // glyphs without text stay: they are part of a cluster whose text an earlier glyph carries
        java.util.Map<Glyph, Integer> order = new java.util.IdentityHashMap<>();
        for (int i = 0; i < glyphs.size(); i++) order.put(glyphs.get(i), i);
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        double base = Double.NaN, height = 0;
        for (Glyph g : sorted) {
            double tol = 0.4 * Math.max(height, g.height());
            if (!cur.isEmpty() && Math.abs(g.baseline() - base) > tol) {
                lines.add(cur);
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) {
                base = g.baseline();
                height = g.height();
            }
            cur.add(g);
        }
        if (!cur.isEmpty()) lines.add(cur);
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingInt(order::get));
            if (!leftToRight(l)) l.sort(Comparator.comparingDouble(Glyph::x)); // stable: stream order at equal x
        }
        return lines;
    }

    /** True when no glyph starts more than a glyph height left of the glyph before it. */
    static boolean leftToRight(List<Glyph> line) {
        Glyph prev = null;
        for (Glyph g : line) {
            if (g.text().isEmpty()) continue;
            if (prev != null && g.x() < prev.x() - Math.max(g.height(), prev.height())) return false;
            prev = g;
        }
        return true;
    }

    /** One line's text: glyph texts in logical order, word spaces, Bangla repaired. */
    static String text(List<Glyph> line) {
        List<String> parts = new ArrayList<>();
        List<Boolean> visualSign = new ArrayList<>(); // per part: a pre-base sign drawn after the glyph before it
        Glyph prev = null;
        double right = -Double.MAX_VALUE;
        for (int i = 0; i < line.size(); i++) {
            Glyph g = line.get(i);
            String t = g.text();
            if (t.isEmpty()) {
                right = Math.max(right, g.right());
                continue;
            }
            if (prev != null && !t.isBlank() && !parts.isEmpty() && !parts.get(parts.size() - 1).isBlank()) {
                double gap = g.x() - right;
                if (gap > WORD_GAP * Math.max(g.height(), prev.height())) {
                    parts.add(" ");
                    visualSign.add(false);
                }
            }
            // a pre-base sign glyph left of the glyph before it was written after its consonant (logical
            // order); one drawn after the glyph before it stands before its consonant (visual order)
            boolean visual = t.length() == 1 && BanglaRepair.isPreBase(t.charAt(0))
                    && (prev == null || g.x() >= prev.x() + 0.5 * prev.width());
            right = Math.max(right, g.right());
            if (t.equals("র্") && prev != null && g.x() < prev.right() - 0.2 * prev.width() && !parts.isEmpty()) {
                // a reph drawn as its own glyph over the cluster before it: logically it comes first
                int at = clusterStart(parts);
                parts.add(at, t);
                visualSign.add(at, false);
            } else {
                parts.add(t.isBlank() ? " " : t);
                visualSign.add(visual);
            }
            prev = g;
        }
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p.equals(" ") && (b.length() == 0 || b.charAt(b.length() - 1) == ' ')) continue;
            b.append(p);
        }
        return BanglaText.foldSpace(BanglaRepair.repair(visualToLogical(b.toString(), parts, visualSign)));
    }

    /** Index in {@code parts} where the consonant cluster ending the list starts. */
    private static int clusterStart(List<String> parts) {
        int k = parts.size() - 1;
        while (k > 0) {
            String p = parts.get(k), before = parts.get(k - 1);
            boolean joined = !p.isEmpty() && (BanglaRepair.isMark(p.charAt(0)) && !BanglaRepair.isPreBase(p.charAt(0)))
                    || before.endsWith(String.valueOf(BanglaText.HASANTA));
            if (!joined) break;
            k--;
        }
        return k;
    }

    /**
     * A pre-base vowel sign drawn as its own glyph after the glyph before it and before a consonant glyph is
     * visual order even after a consonant (ক ি ল is কলি, not কিল): such signs move behind the next cluster
     * here; signs inside a glyph's cluster text, or written after their consonant, are already logical.
     */
    private static String visualToLogical(String joined, List<String> parts, List<Boolean> visualSign) {
        if (!visualSign.contains(Boolean.TRUE)) return joined;
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < parts.size()) {
            String p = parts.get(i);
            if (visualSign.get(i) && i + 1 < parts.size()
                    && !parts.get(i + 1).isEmpty() && BanglaText.isConsonant(parts.get(i + 1).charAt(0))) {
                StringBuilder cluster = new StringBuilder(parts.get(i + 1));
                int j = i + 2;
                while (j < parts.size() && (cluster.charAt(cluster.length() - 1) == BanglaText.HASANTA
                        || (!parts.get(j).isEmpty() && parts.get(j).charAt(0) == BanglaText.HASANTA))) {
                    cluster.append(parts.get(j));
                    j++;
                }
                b.append(cluster).append(p);
                i = j;
            } else {
                if (!(p.equals(" ") && (b.length() == 0 || b.charAt(b.length() - 1) == ' '))) b.append(p);
                i++;
            }
        }
        return b.toString();
    }

    static Rect box(List<Glyph> glyphs) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Glyph g : glyphs) {
            x0 = Math.min(x0, g.x());
            y0 = Math.min(y0, g.top());
            x1 = Math.max(x1, g.right());
            y1 = Math.max(y1, g.baseline());
        }
        int x = (int) Math.floor(x0), y = (int) Math.floor(y0);
        return new Rect(x, y, Math.max(1, (int) Math.ceil(x1) - x), Math.max(1, (int) Math.ceil(y1) - y));
    }
}
