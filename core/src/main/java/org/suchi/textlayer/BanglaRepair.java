package org.suchi.textlayer;

import org.suchi.normalise.BanglaText;

/**
 * Repairs Bangla as PDF text layers give it: spurious spaces inside words (before a vowel sign, a
 * hasanta, a chandrabindu/anusvara/visarga, after a hasanta), pre-base vowel signs (ি ে ৈ) that come
 * before their consonant cluster (visual order) where they cannot be in logical order — at the start
 * of a word or after another vowel sign — and NFC (so ে + া is ো). Text already in logical order is
 * left as it is.
 */
public final class BanglaRepair {
    private BanglaRepair() {}

    /** The repaired text. */
    public static String repair(String s) {
        if (s == null || s.isEmpty()) return s;
        String t = dropSpuriousSpaces(s);
        t = reorderPreBase(t);
        return BanglaText.nfc(t);
    }

    /** A combining sign that cannot begin a word: dependent vowel signs, hasanta, ঁ ং ঃ, nukta, au length mark. */
    public static boolean isMark(char c) {
        return (c >= '\u0981' && c <= '\u0983') || c == '\u09BC' || (c >= '\u09BE' && c <= '\u09CD') || c == '\u09D7';
    }

    /** ি ে ৈ: drawn to the left of their consonant. */
    public static boolean isPreBase(char c) {
        return c == '\u09BF' || c == '\u09C7' || c == '\u09C8';
    }

    static String dropSpuriousSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && b.length() > 0 && i + 1 < s.length()) {
                char prev = b.charAt(b.length() - 1), next = s.charAt(i + 1);
                if (isMark(next) && BanglaText.isBangla(prev) && !isPreBase(next)) continue;
                if (prev == BanglaText.HASANTA && BanglaText.isConsonant(next)) continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Moves a pre-base vowel sign that stands where logical order cannot have it (word start, after a
     * space, a vowel sign or a non-Bangla character) behind the consonant cluster that follows it.
     */
    static String reorderPreBase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            char prev = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
            boolean misplaced = isPreBase(c) && !BanglaText.isConsonant(prev) && prev != '\u09BC'
                    && i + 1 < n && BanglaText.isConsonant(s.charAt(i + 1));
            if (!misplaced) {
                b.append(c);
                i++;
                continue;
            }
            int j = clusterEnd(s, i + 1);
            b.append(s, i + 1, j).append(c);
            i = j;
        }
        return b.toString();
    }

    /** The end of the consonant cluster starting at {@code from}: consonant (nukta) (hasanta consonant (nukta))*. */
    static int clusterEnd(String s, int from) {
        int j = from + 1;
        while (j < s.length() && s.charAt(j) == '\u09BC') j++;
        while (j + 1 < s.length() && s.charAt(j) == BanglaText.HASANTA && BanglaText.isConsonant(s.charAt(j + 1))) {
            j += 2;
            while (j < s.length() && s.charAt(j) == '\u09BC') j++;
        }
        return j;
    }
}
