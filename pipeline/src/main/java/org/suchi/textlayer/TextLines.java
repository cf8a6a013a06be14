package org.suchi.textlayer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.suchi.image.Rect;
import org.suchi.normalise.BanglaText;
import org.suchi.ocr.OcrText;

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
     * without a space (the break was at the slash or hyphen).
     */
    public static OcrText paragraphs(OcrText lines) {
        List<OcrText.Line> in = lines.lines();
        if (in.size() < 2) return lines;
        double minPitch = Double.MAX_VALUE;
        for (int i = 1; i < in.size(); i++) minPitch = Math.min(minPitch, in.get(i).box().y() - in.get(i - 1).box().y());
        List<OcrText.Line> out = new ArrayList<>();
        OcrText.Line cur = in.get(0);
        for (int i = 1; i < in.size(); i++) {
            OcrText.Line l = in.get(i);
            double pitch = l.box().y() - in.get(i - 1).box().y();
            double height = Math.max(l.box().height(), in.get(i - 1).box().height());
            boolean twoLines = in.size() == 2;
            boolean breaks = twoLines ? pitch > 2.6 * height : pitch > 1.5 * minPitch;
            if (breaks) {
                out.add(cur);
                cur = l;
            } else {
                String sep = cur.text().endsWith("/") || cur.text().endsWith("-") ? "" : " ";
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

    /** Glyphs grouped by baseline, each line sorted left to right, lines top to bottom. */
    static List<List<Glyph>> group(List<Glyph> glyphs) {
        // glyphs without text stay: they are part of a cluster whose text an earlier glyph carries
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
        // a stable sort keeps the content-stream order of glyphs at the same position
        for (List<Glyph> l : lines) l.sort(Comparator.comparingDouble(Glyph::x));
        return lines;
    }

    /** One line's text: glyph texts in logical order, word spaces, Bangla repaired. */
    static String text(List<Glyph> line) {
        List<String> parts = new ArrayList<>();
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
                if (gap > WORD_GAP * Math.max(g.height(), prev.height())) parts.add(" ");
            }
            right = Math.max(right, g.right());
            if (t.equals("র্") && prev != null && g.x() < prev.right() - 0.2 * prev.width() && !parts.isEmpty()) {
                // a reph drawn as its own glyph over the cluster before it: logically it comes first
                int at = clusterStart(parts);
                parts.add(at, t);
            } else {
                parts.add(t.isBlank() ? " " : t);
            }
            prev = g;
        }
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p.equals(" ") && (b.length() == 0 || b.charAt(b.length() - 1) == ' ')) continue;
            b.append(p);
        }
        return BanglaText.foldSpace(BanglaRepair.repair(visualToLogical(b.toString(), parts)));
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
     * A pre-base vowel sign shown as its own glyph before a consonant glyph is visual order even after a
     * consonant (ক ি ল is কলি, not কিল): such signs move behind the next cluster here; signs inside a
     * glyph's cluster text are already logical.
     */
    private static String visualToLogical(String joined, List<String> parts) {
        boolean separate = false;
        for (String p : parts) if (p.length() == 1 && BanglaRepair.isPreBase(p.charAt(0))) separate = true;
        if (!separate) return joined;
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < parts.size()) {
            String p = parts.get(i);
            if (p.length() == 1 && BanglaRepair.isPreBase(p.charAt(0)) && i + 1 < parts.size()
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
