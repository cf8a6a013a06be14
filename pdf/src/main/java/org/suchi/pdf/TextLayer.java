package org.suchi.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the operators of an invisible text layer (render mode 3) in the {@link GlyphlessFont}: every word at
 * its place on its line's baseline, stretched with {@code Tz} to its box, as UTF-16 hex. So that plain
 * {@code pdftotext} and PDF.js read it line by line and in order:
 * <ul>
 *   <li>one baseline per line: every word of a line sits on the line's (straight) baseline;</li>
 *   <li>one font size for the page ({@link #commonSize}; odd table columns {@link #ODD_COLUMN} of it), but never more than the distance to the baseline of a line above that overlaps
 *       it horizontally, so that no two lines' glyph boxes overlap (the glyph-less font's glyphs reach from the
 *       baseline to one em above it);</li>
 *   <li>words of a line never overlap: a word starting inside the one before it starts at that word's end.</li>
 * </ul>
 * Pure and stateless.
 */
public final class TextLayer {
    /** The smallest font size written, in image pixels: a line this thin is still findable. */
    static final double MIN_SIZE_PX = 2;
    /** The narrowest a word is written, in image pixels (a word squeezed between its neighbours stays findable). */
    static final double MIN_WIDTH_PX = 1;
    /**
     * A gap between two words of a line narrower than this (in font sizes) is a word space, filled with a space
     * glyph; a wider one separates columns and stays empty, so that extractors keep the columns apart.
     */
    static final double MAX_SPACE = 1.0;
    /**
     * The page's font size as a share of its usual line pitch (never more than the pitch: lines' glyph boxes do
     * not overlap), so that extractors (pdftotext joins lines into a block up to 1.5 font sizes apart) keep a
     * paragraph's or a cell's lines together, also at the smaller size of odd table columns.
     */
    static final double PITCH_SHARE = 0.95;
    /**
     * Lines in odd table columns are written this much smaller than in even ones. pdftotext pulls up to three
     * lines of words lying within one font size beside a block into it when their sizes differ by less than
     * 20 %; with neighbouring columns 22 % apart, narrow gaps between cells no longer join cells of one row,
     * and each cell is read as a whole.
     */
    static final double ODD_COLUMN = 0.78;

    /**
     * The narrowest a character is written, as a share of the font size. Poppler's text extraction takes a
     * character for a fake-bold overprint, and drops it, when the same character lies within a tenth of the font
     * size before it: squeezed tighter (a long cell text over a narrow cell), ডাটাবেজ would copy as ডাট বেজ. A line
     * whose characters are narrower gets a smaller font instead.
     */
    static final double MIN_CHAR_SHARE = 0.12;

    private TextLayer() {}

    /** The median width of a character in the line's words (a word's box over its characters), pixels. */
    static double charWidth(List<TextLine.Word> words) {
        double[] w = words.stream().mapToDouble(x -> (x.right() - x.left()) / Math.max(1, x.text().codePointCount(0, x.text().length())))
                .sorted().toArray();
        return w.length == 0 ? Double.MAX_VALUE : w[w.length / 2];
    }

    /**
     * The layer's content-stream operators (wrapped in {@code BT … ET}), or an empty string when there is no text.
     *
     * @param lines    lines and words in image pixels (y down)
     * @param toUser   the image's pixels to the page's user space (points, y up)
     * @param fontName the font's resource name on the page
     * @param refX     x (image pixels) at which each line's baseline height is taken: the page's middle
     */
    public static String operators(List<TextLine> lines, AffineTransform toUser, String fontName, double refX) {
        List<Placed> placed = place(lines);
        if (placed.isEmpty()) return "";
        Point2D ex = toUser.deltaTransform(new Point2D.Double(1, 0), null);
        Point2D ey = toUser.deltaTransform(new Point2D.Double(0, -1), null);
        double sx = ex.distance(0, 0), sy = ey.distance(0, 0);
        // the text direction snapped to the nearest quarter turn: a slightly skewed scan gets flat baselines
        // (viewers and pdftotext split a tilted line into pieces), every line at the height its baseline has
        // at refX, so the spacing of lines is kept exactly
        double quarter = Math.rint(Math.atan2(ex.getY(), ex.getX()) / (Math.PI / 2)) * (Math.PI / 2);
        double a = Math.rint(Math.cos(quarter)), b = Math.rint(Math.sin(quarter)), c = -b, d = a;
        StringBuilder s = new StringBuilder(64 * placed.size());
        s.append("BT\n3 Tr\n");
        for (Placed p : placed) {
            double size = p.size * sy;
            Point2D ref = toUser.transform(new Point2D.Double(refX, p.baseline), null);
            double across = c * ref.getX() + d * ref.getY();
            s.append('/').append(fontName).append(' ').append(num(size)).append(" Tf\n");
            for (int i = 0; i < p.words.size(); i++) {
                TextLine.Word w = p.words.get(i);
                String hex = utf16Hex(w.text());
                if (hex.isEmpty()) continue;
                // a word before another ends with a space that fills the gap up to the next word: copied text
                // has its word breaks however narrow the gap (the span never reaches into the next word); a
                // column gap is left empty
                double right = w.right();
                if (i + 1 < p.words.size() && p.words.get(i + 1).left() - w.right() < MAX_SPACE * p.size) {
                    hex += "0020";
                    right = p.words.get(i + 1).left();
                }
                int units = hex.length() / 4;
                double width = (right - w.left()) * sx;
                double tz = 100 * width / (units * GlyphlessFont.ADVANCE / 1000.0 * size);
                Point2D o = toUser.transform(new Point2D.Double(w.left(), p.baseline), null);
                double along = a * o.getX() + b * o.getY();
                double x = along * a + across * c, y = along * b + across * d;
                s.append(num(a)).append(' ').append(num(b)).append(' ').append(num(c)).append(' ').append(num(d)).append(' ')
                        .append(num(x)).append(' ').append(num(y)).append(" Tm ")
                        .append(num(tz)).append(" Tz <").append(hex).append("> Tj\n");
            }
        }
        s.append("ET\n");
        return s.toString();
    }

    /** A line ready to write: its baseline, font size (pixels) and non-overlapping words. */
    record Placed(double baseline, double size, List<TextLine.Word> words) {}

    /** Sizes and word positions per the class comment. */
    static List<Placed> place(List<TextLine> lines) {
        List<Placed> out = new ArrayList<>();
        double common = commonSize(lines);
        for (TextLine l : lines) {
            if (l.words().isEmpty()) continue;
            double size = l.column() % 2 == 1 ? common * ODD_COLUMN : common;
            for (TextLine m : lines) {
                if (m == l || m.words().isEmpty() || m.baseline() >= l.baseline()) continue;
                boolean overlaps = m.left() < l.right() && l.left() < m.right();
                if (overlaps) size = Math.min(size, l.baseline() - m.baseline());
            }
            size = Math.max(size, 0.5); // two lines on one baseline, one over the other: keep both findable
            List<TextLine.Word> sorted = new ArrayList<>(l.words());
            sorted.sort(Comparator.comparingDouble(TextLine.Word::left));
            // no word is dropped and none overlaps the next: a box that runs into the next word (Tesseract
            // sometimes gives a word a box over its neighbours) ends where the next one starts
            List<TextLine.Word> words = new ArrayList<>();
            double end = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < sorted.size(); i++) {
                TextLine.Word w = sorted.get(i);
                double left = Math.max(w.left(), end);
                double right = w.right();
                if (i + 1 < sorted.size()) right = Math.min(right, Math.max(left + MIN_WIDTH_PX, sorted.get(i + 1).left()));
                right = Math.max(right, left + MIN_WIDTH_PX);
                words.add(new TextLine.Word(w.text(), left, w.top(), right, w.bottom()));
                end = right;
            }
            size = Math.min(size, charWidth(words) / MIN_CHAR_SHARE);
            if (!words.isEmpty()) out.add(new Placed(l.baseline(), size, words));
        }
        return out;
    }

    /**
     * One font size for the whole page: the median height of its lines above their baselines. Lines of a
     * paragraph or a table cell then have equal sizes, which text extractors need to keep them in one block
     * (pdftotext joins lines into a block only when their sizes agree within a few per cent): a cell is read
     * as a whole instead of line by line across the table.
     */
    static double commonSize(List<TextLine> lines) {
        double[] h = lines.stream().filter(l -> !l.words().isEmpty())
                .mapToDouble(l -> Math.max(MIN_SIZE_PX, l.baseline() - l.top())).sorted().toArray();
        if (h.length == 0) return MIN_SIZE_PX;
        double letters = h[h.length / 2];
        // the line pitch: from each line to the nearest line above it that overlaps it horizontally
        List<Double> pitches = new ArrayList<>();
        for (TextLine l : lines) {
            double best = Double.MAX_VALUE;
            for (TextLine m : lines) {
                if (m == l || m.words().isEmpty() || l.words().isEmpty() || m.baseline() >= l.baseline()) continue;
                if (m.left() < l.right() && l.left() < m.right()) best = Math.min(best, l.baseline() - m.baseline());
            }
            if (best > 0.8 * letters && best < 3 * letters) pitches.add(best);
        }
        if (pitches.isEmpty()) return letters;
        pitches.sort(null);
        return Math.max(letters, PITCH_SHARE * pitches.get(pitches.size() / 2));
    }

    /** {@code text} as UTF-16BE code units in hex; code points outside the Basic Multilingual Plane are dropped (the identity ToUnicode map covers the BMP only). */
    static String utf16Hex(String text) {
        StringBuilder h = new StringBuilder(text.length() * 4);
        text.codePoints().forEach(cp -> {
            if (cp <= 0xFFFF && (cp < 0xD800 || cp > 0xDFFF) && !Character.isISOControl(cp)) {
                h.append(String.format(Locale.ROOT, "%04X", cp));
            }
        });
        return h.toString();
    }

    static String num(double v) {
        double r = Math.round(v * 1000) / 1000.0;
        if (r == 0) return "0";
        if (r == Math.rint(r)) return Long.toString((long) r);
        return String.format(Locale.ROOT, "%.3f", r).replaceAll("0+$", "");
    }
}
