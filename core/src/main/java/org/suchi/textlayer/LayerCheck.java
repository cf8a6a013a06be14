package org.suchi.textlayer;

import java.util.List;
import java.util.regex.Pattern;
import org.suchi.normalise.BanglaText;

/**
 * Whether a text layer reads as text. Garbage shows in two ways: characters that running text in these
 * reports never holds (Windows-1252 punctuation such as † ‡ ˆ ‰ ¶ ©, symbols, private-use and
 * replacement characters: a legacy font that was not converted), and glyphs of a Bangla font that
 * map to Latin letters or ASCII punctuation (a font subset re-encoded without a usable ToUnicode map,
 * as Ghostscript writes Nikosh; PDFBox's own Bangla subsets map conjunct glyphs to Latin Extended letters).
 */
final class LayerCheck {
    /** Largest share of garbage characters a usable layer may have. */
    static final double MAX_GARBAGE = 0.03;
    private static final Pattern BANGLA_FONT = Pattern.compile(
            "(?i).*(nikosh|solaiman|kalpurush|siyam|vrinda|nirmala|lohit.?beng|bengali|bangla|mukti|adorsho|shonar|kohinoor|hind.?siliguri|likhan|ekushey|rupali|charukola|BAN$).*");
    private static final String OK_PUNCT = ".,:;/-()%[]'\"!?&+=*_ \u2018\u2019\u201C\u201D\u2013\u2014\u0964\u0965";

    private LayerCheck() {}

    /** Share of the non-space characters of {@code glyphs} that are garbage (0 for no text). */
    static double garbage(List<Glyph> glyphs) {
        int all = 0, bad = 0;
        for (Glyph g : glyphs) {
            boolean banglaFont = BANGLA_FONT.matcher(g.font()).matches();
            String t = g.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp)) continue;
                all++;
                if (isGarbage(cp) || (banglaFont && !BanglaText.isBangla(cp) && !Character.isDigit(cp) && OK_PUNCT.indexOf(cp) < 0)) bad++;
            }
        }
        return all == 0 ? 0 : (double) bad / all;
    }

    static boolean isGarbage(int cp) {
        if (cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF) || Character.isISOControl(cp)) return true;
        if (cp >= 0x00A1 && cp <= 0x00FF && cp != 0x00D7) return true; // Latin-1 symbols and accented letters
        if (cp >= 0x0100 && cp <= 0x02AF) return true; // Latin Extended: glyph ids mapped to code points (PDFBox's own Bangla subsets)
        if (cp == 0x0192 || cp == 0x02C6 || cp == 0x02DC || cp == 0x0152 || cp == 0x0153 || cp == 0x0160 || cp == 0x0161
                || cp == 0x0178 || cp == 0x2020 || cp == 0x2021 || cp == 0x2026 || cp == 0x2030 || cp == 0x2039
                || cp == 0x203A || cp == 0x2122 || cp == 0x201E || cp == 0x201A || cp == 0x2022) return true;
        return false;
    }

    /** Non-space characters of the glyphs. */
    static int chars(List<Glyph> glyphs, boolean invisible) {
        int n = 0;
        for (Glyph g : glyphs) {
            if (g.invisible() != invisible) continue;
            for (int i = 0; i < g.text().length(); i++) if (!Character.isWhitespace(g.text().charAt(i))) n++;
        }
        return n;
    }
}
