package org.suchi.normalise;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * Text normalisation for Bangla OCR and PDF text. Pure static functions; every method accepts null and
 * returns null for it.
 *
 * <p>Three levels:
 * <ol>
 *   <li>{@link #nfc}: Unicode NFC plus removal of invisible noise (soft hyphen, zero-width space, BOM,
 *       stray ZWJ/ZWNJ) and the Assamese letters the {@code Bengali} script model emits (ৰ → র, ৱ → ব).</li>
 *   <li>{@link #normalize}: {@link #nfc} and white space folded to single spaces, trimmed. The form for
 *       every text value in {@code report/1}.</li>
 *   <li>{@link #cleanOcr}: {@link #normalize} plus Tesseract confusions that are safe to fix in running text
 *       (Latin bar for the danda, space before the danda, curly quotes).</li>
 * </ol>
 * {@link #key} is a matching key (ASCII digits, one dash, lower case), never an output value.
 */
public final class BanglaText {
    private BanglaText() {}

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    public static final char ZWNJ = '\u200C';
    public static final char ZWJ = '\u200D';
    public static final char SOFT_HYPHEN = '\u00AD';
    public static final char DANDA = '\u0964';
    public static final char HASANTA = '\u09CD';

    /** Dash-like code points: hyphen-minus and the Unicode dashes OCR and PDFs produce. */
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

    /** NFC, invisible noise removed, Assamese ৰ/ৱ mapped to Bangla র/ব, খণ্ড-ত spelled ত্‍ mapped to ৎ. */
    public static String nfc(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case SOFT_HYPHEN, '\u200B', '\uFEFF', '\u2060', '\u200E', '\u200F' -> { }
                case '\u09F0' -> b.append('\u09B0'); // ৰ → র
                case '\u09F1' -> b.append('\u09AC'); // ৱ → ব
                case ZWJ -> {
                    // ত + ্ + ZWJ is the old encoding of খণ্ড-ত (ৎ)
                    int len = b.length();
                    if (len >= 2 && b.charAt(len - 1) == HASANTA && b.charAt(len - 2) == '\u09A4') {
                        b.setLength(len - 2);
                        b.append('\u09CE');
                    } else if (len >= 1 && b.charAt(len - 1) == '\u09B0' && i + 1 < n && s.charAt(i + 1) == HASANTA) {
                        b.append(c); // র‍্য (র-ফলা-য) keeps its joiner: it changes the rendering
                    }
                }
                case ZWNJ -> { }
                default -> b.append(c);
            }
        }
        return NFC.normalize(b);
    }

    /** {@link #nfc}, all white space (including NBSP and line breaks) folded to one space, trimmed. */
    public static String normalize(String s) {
        if (s == null) return null;
        return foldSpace(nfc(s));
    }

    /** White space runs (any Unicode space, tab, line break) to one ASCII space; trimmed. */
    public static String foldSpace(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * {@link #normalize} plus fixes that are safe in running text: a Latin bar or a lone ASCII pipe in Bangla
     * text is the danda (।); ৷ (U+09F7) is আ-কার after a consonant, else the danda; no space before the
     * danda, a comma or a closing parenthesis, none after an opening one; curly quotes to straight ones; a lone
     * underscore between spaces (a misread dash) to "-". Dashes and digits are kept as printed.
     */
    public static String cleanOcr(String s) {
        if (s == null) return null;
        String t = normalize(s);
        if (hasBangla(t)) t = t.replace('|', DANDA);
        t = currencyNumeratorFour(t);
        t = t.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"')
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201A', '\'');
        t = t.replace(" _ ", " - ");
        t = t.replaceAll(" +([\u0964,)])", "$1").replaceAll("\\( +", "(");
        return t.trim();
    }

    /**
     * Tesseract reads the vertical stroke of আ-কার or of the danda as ৷ (U+09F7, a currency numerator that does
     * not occur in these reports): "ঢাক৷" → "ঢাকা", "কর্মপরিকল্পুন৷" → "কর্মপরিকল্পুনা"; after a space or at the
     * start it is the danda.
     */
    static String currencyNumeratorFour(String t) {
        if (t.indexOf('\u09F7') < 0) return t;
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u09F7') {
                char prev = i > 0 ? t.charAt(i - 1) : ' ';
                b.append(isConsonant(prev) || prev == '\u09BC' ? '\u09BE' : DANDA);
            } else {
                b.append(c);
            }
        }
        return NFC.normalize(b);
    }

    /** Bangla consonant letters ক-হ, ড়, ঢ়, য়, ৎ. */
    public static boolean isConsonant(int cp) {
        return (cp >= '\u0995' && cp <= '\u09B9') || (cp >= '\u09DC' && cp <= '\u09DF') || cp == '\u09CE';
    }

    /** Any decimal digit (Bangla, ASCII, or another script) to ASCII; everything else unchanged. */
    public static String toAsciiDigits(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int d = digitValue(cp);
            if (d >= 0) b.append((char) ('0' + d)); else b.appendCodePoint(cp);
        });
        return b.toString();
    }

    /** ASCII (and any other decimal) digits to Bangla digits ০-৯. */
    public static String toBanglaDigits(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int d = digitValue(cp);
            if (d >= 0) b.append((char) ('\u09E6' + d)); else b.appendCodePoint(cp);
        });
        return b.toString();
    }

    /** The value 0-9 of a decimal digit of any script (ICU {@code UCharacter.digit}), else -1. */
    public static int digitValue(int cp) {
        if (cp < 0x80) return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        return UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER ? UCharacter.digit(cp, 10) : -1;
    }

    public static boolean isDigit(int cp) {
        return digitValue(cp) >= 0;
    }

    public static boolean isBanglaDigit(int cp) {
        return cp >= '\u09E6' && cp <= '\u09EF';
    }

    /** Any Bengali-block letter, sign or digit. */
    public static boolean isBangla(int cp) {
        return cp >= '\u0980' && cp <= '\u09FF';
    }

    public static boolean hasBangla(String s) {
        return s != null && s.codePoints().anyMatch(BanglaText::isBangla);
    }

    public static boolean isDash(int cp) {
        return DASHES.indexOf(cp) >= 0;
    }

    /** Every dash variant (– — − ‐ ‑ ‒ ―) to ASCII "-". */
    public static String foldDashes(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(isDash(cp) ? '-' : cp));
        return b.toString();
    }

    /** True when the string is only dashes (one or more), after trimming: "-", "--", "—", "– –". */
    public static boolean isDashOnly(String s) {
        if (s == null) return false;
        String t = foldSpace(s).replace(" ", "");
        return !t.isEmpty() && t.codePoints().allMatch(cp -> isDash(cp) || cp == '_');
    }

    /** The digits of the string, as ASCII, in order; everything else dropped. */
    public static String digitsOnly(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            int d = digitValue(cp);
            if (d >= 0) b.append((char) ('0' + d));
        });
        return b.toString();
    }

    /** Matching key: {@link #normalize}, ASCII digits, dashes folded to "-", Latin lower case. */
    public static String key(String s) {
        if (s == null) return null;
        return foldDashes(toAsciiDigits(normalize(s))).toLowerCase(java.util.Locale.ROOT);
    }
}
