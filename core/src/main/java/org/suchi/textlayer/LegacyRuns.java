package org.suchi.textlayer;

import java.util.ArrayList;
import java.util.List;
import org.suchi.normalise.legacy.Bijoy;

/**
 * Glyphs drawn in a Bijoy font (SutonnyMJ …) carry ANSI code points in visual order: consecutive such
 * glyphs of one word (same font, same baseline, touching) are joined into one glyph whose text is the
 * word converted to Unicode ({@link Bijoy}); the conversion reorders inside the word, so it needs the
 * whole word. Other glyphs pass unchanged.
 */
final class LegacyRuns {
    private LegacyRuns() {}

    /** True when any glyph is drawn in a legacy font. */
    static boolean any(List<Glyph> glyphs) {
        for (Glyph g : glyphs) if (Bijoy.isLegacyFont(g.font()) && !g.text().isBlank()) return true;
        return false;
    }

    static List<Glyph> convert(List<Glyph> glyphs, Bijoy bijoy) {
        List<Glyph> out = new ArrayList<>(glyphs.size());
        List<Glyph> run = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean legacy = Bijoy.isLegacyFont(g.font()) && !g.text().isBlank();
            if (!run.isEmpty() && (!legacy || !continues(run.get(run.size() - 1), g))) {
                out.add(join(run, bijoy));
                run.clear();
            }
            if (legacy) run.add(g);
            else out.add(g);
        }
        if (!run.isEmpty()) out.add(join(run, bijoy));
        return out;
    }

    private static boolean continues(Glyph a, Glyph b) {
        double h = Math.max(a.height(), b.height());
        return a.font().equals(b.font()) && Math.abs(a.baseline() - b.baseline()) < 0.3 * h
                && b.x() >= a.x() - 0.1 * h && b.x() - a.right() < TextLines.WORD_GAP * h;
    }

    private static Glyph join(List<Glyph> run, Bijoy bijoy) {
        StringBuilder sb = new StringBuilder();
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, h = 0;
        for (Glyph g : run) {
            sb.append(g.text());
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.right());
            h = Math.max(h, g.height());
        }
        Glyph first = run.get(0);
        return new Glyph(bijoy.toUnicode(sb.toString()), x0, first.baseline(), x1 - x0, h, first.font(), first.invisible());
    }
}
