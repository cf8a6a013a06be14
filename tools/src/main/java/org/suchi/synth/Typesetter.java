package org.suchi.synth;

import com.ibm.icu.text.BreakIterator;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Measures and wraps Bangla text (shaped by Java2D's layout engine) in points. */
final class Typesetter {
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private final Map<Font, Map<String, Float>> cache = new HashMap<>();

    float width(Font f, String s) {
        if (s.isEmpty()) {
            return 0;
        }
        return cache.computeIfAbsent(f, k -> new HashMap<>()).computeIfAbsent(s, k -> layout(f, k).getAdvance());
    }

    /**
     * A shaped layout of the text; characters the Bangla font lacks (Latin letters of a web address) are set in
     * the logical SansSerif font.
     */
    static TextLayout layout(Font f, String s) {
        int bad = f.canDisplayUpTo(s);
        if (bad < 0) {
            return new TextLayout(s, f, FRC);
        }
        AttributedString as = new AttributedString(s);
        as.addAttribute(TextAttribute.FONT, f);
        Font fb = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(f.getSize2D() * 0.92f);
        int i = bad;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (!f.canDisplay(cp)) {
                as.addAttribute(TextAttribute.FONT, fb, i, i + n);
            }
            i += n;
        }
        return new TextLayout(as.getIterator(), FRC);
    }

    /** Ascent + descent of the font (points); line heights are this times a spacing factor. */
    static float textHeight(Font f) {
        var lm = f.getLineMetrics("কর্মসম্পাদন", FRC);
        return lm.getAscent() + lm.getDescent();
    }

    static float ascent(Font f) {
        return f.getLineMetrics("কর্মসম্পাদন", FRC).getAscent();
    }

    /**
     * Wraps at spaces; a word that does not fit may break after '/' or '-' (as browsers and word processors do), and
     * a piece wider than the line is cut between grapheme clusters. Empty text gives no lines.
     */
    List<String> wrap(Font f, String text, float max) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        String line = "";
        for (String word : text.trim().split("\\s+")) {
            String cand = line.isEmpty() ? word : line + " " + word;
            if (width(f, cand) <= max) {
                line = cand;
                continue;
            }
            List<String> parts = pieces(word);
            // put as many pieces of the word as fit on the current line
            int k = 0;
            String prefix = "";
            while (k < parts.size() - 1) {
                String p = prefix + parts.get(k);
                String c = line.isEmpty() ? p : line + " " + p;
                if (width(f, c) > max) {
                    break;
                }
                prefix = p;
                k++;
            }
            if (k > 0) {
                lines.add(line.isEmpty() ? prefix : line + " " + prefix);
            } else if (!line.isEmpty()) {
                lines.add(line);
            }
            line = "";
            for (int i = k; i < parts.size(); i++) {
                String p = parts.get(i);
                String c = line + p;
                if (width(f, c) <= max || line.isEmpty() && width(f, p) <= max) {
                    line = c;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                    line = "";
                }
                if (width(f, p) <= max) {
                    line = p;
                } else {
                    List<String> cut = cut(f, p, max);
                    lines.addAll(cut.subList(0, cut.size() - 1));
                    line = cut.get(cut.size() - 1);
                }
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** Wraps at spaces only (titles, letters), so that joining the lines with spaces gives the text back. */
    List<String> wrapAtSpaces(Font f, String text, float max) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.trim().split("\\s+")) {
            String cand = line.isEmpty() ? word : line + " " + word;
            if (width(f, cand) <= max || line.isEmpty()) {
                line = cand;
            } else {
                lines.add(line);
                line = word;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The longest unbreakable piece of the text (after splitting at spaces, '/' and '-'). */
    float longestPiece(Font f, String text) {
        float w = 0;
        if (text == null) {
            return 0;
        }
        for (String word : text.trim().split("\\s+")) {
            for (String p : pieces(word)) {
                w = Math.max(w, width(f, p));
            }
        }
        return w;
    }

    private static List<String> pieces(String word) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if ((c == '/' || c == '-') && i > start) {
                out.add(word.substring(start, i + 1));
                start = i + 1;
            }
        }
        out.add(word.substring(start));
        return out;
    }

    private List<String> cut(Font f, String s, float max) {
        List<String> out = new ArrayList<>();
        BreakIterator bi = BreakIterator.getCharacterInstance();
        bi.setText(s);
        int start = 0;
        int last = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; end = bi.next()) {
            if (width(f, s.substring(start, end)) > max && last > start) {
                out.add(s.substring(start, last));
                start = last;
            }
            last = end;
        }
        out.add(s.substring(start));
        return out;
    }

    /** Draws one line with its left end at x and baseline at y. */
    static void draw(Graphics2D g, Font f, String s, float x, float y) {
        if (s.isEmpty()) {
            return;
        }
        layout(f, s).draw(g, x, y);
    }
}
