package org.suchi.normalise.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.suchi.normalise.BanglaText;

/**
 * Text typed in a Bijoy font (SutonnyMJ and the other {@code …MJ} fonts) to Unicode Bangla: every legacy
 * code point (or pair) through the table {@code models/legacy/bijoy.tsv}, then visual order to logical
 * order — a pre-base vowel sign (ি ে ৈ) typed before its consonant cluster goes behind it (ে … া is
 * ো, ে … ৗ is ৌ), a reph typed after its cluster goes in front of it, a vowel sign typed before a
 * য-/র-ফলা goes behind the ফলা — and NFC. Immutable and thread-safe.
 */
public final class Bijoy {
    /** Stands for the reph while the text is reordered. */
    private static final char REPH = '\uE000';
    private static final String RESOURCE = "/models/legacy/bijoy.tsv";
    private static final Pattern LEGACY_FONT = Pattern.compile("(?i).*(MJ|bijoy).*");

    private final Map<String, String> map;
    private final int longest;

    private Bijoy(Map<String, String> map) {
        this.map = Map.copyOf(map);
        this.longest = map.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** The converter with the table shipped on the classpath. */
    public static Bijoy load() {
        try (InputStream in = Bijoy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE + " on the classpath");
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Bijoy parse(InputStream in) throws IOException {
        Map<String, String> m = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].isEmpty()) throw new IOException("bad line in " + RESOURCE + ": " + line);
            m.put(f[0], f[1]);
        }
        return new Bijoy(m);
    }

    /** True when a font of this name draws Bangla at ANSI positions (SutonnyMJ, SutonnyOMJ, …MJ). */
    public static boolean isLegacyFont(String fontName) {
        if (fontName == null) return false;
        String base = fontName.replaceAll("[,\\-](Bold|Italic|BoldItalic|Regular)$", "");
        return LEGACY_FONT.matcher(base).matches() && (base.endsWith("MJ") || base.toLowerCase().contains("bijoy"));
    }

    /** {@code legacy} converted to Unicode Bangla, NFC. Characters without a mapping are kept. */
    public String toUnicode(String legacy) {
        if (legacy == null || legacy.isEmpty()) return legacy;
        String s = legacy.replace("yy", "y").replace("vv", "v").replace("\u2021u", "u\u2021").replace("wu", "uw");
        StringBuilder b = new StringBuilder(s.length() * 2);
        int i = 0;
        while (i < s.length()) {
            String hit = null;
            for (int k = Math.min(longest, s.length() - i); k >= 1 && hit == null; k--) {
                hit = map.get(s.substring(i, i + k));
                if (hit != null) i += k;
            }
            if (hit == null) b.append(s.charAt(i++));
            else b.append(hit);
        }
        String t = reorder(b.toString());
        t = t.replace("অা", "আ").replace("\u09CD\u09CD", "\u09CD");
        t = t.replaceAll("([০-৯])ঃ", "$1:").replace(" ঃ", " :");
        return BanglaText.nfc(t);
    }

    private static boolean isKar(char c) {
        return (c >= '\u09BE' && c <= '\u09CC') || c == '\u09D7';
    }

    private static boolean isPreKar(char c) {
        return c == '\u09BF' || c == '\u09C7' || c == '\u09C8';
    }

    private static boolean isConsonant(char c) {
        return BanglaText.isConsonant(c);
    }

    static String reorder(String in) {
        StringBuilder s = new StringBuilder(in);
        // 1. reph: in front of the cluster (and its vowel sign) it was typed after
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != REPH) continue;
            int j = i;
            if (j > 0 && isKar(s.charAt(j - 1)) && !isPreKar(s.charAt(j - 1))) j--;
            if (j > 0 && isConsonant(s.charAt(j - 1))) {
                j--;
                while (j >= 2 && s.charAt(j - 1) == BanglaText.HASANTA && isConsonant(s.charAt(j - 2))) j -= 2;
                // a pre-base sign typed before the cluster stays in front of it (it is moved in step 3)
            }
            s.deleteCharAt(i);
            s.insert(j, "র\u09CD");
            i++;
        }
        // 2. a vowel sign typed before a ফলা (kar + hasanta + consonant) goes behind it
        for (int i = 1; i + 1 < s.length(); i++) {
            if (s.charAt(i) == BanglaText.HASANTA && isKar(s.charAt(i - 1)) && !isPreKar(s.charAt(i - 1))
                    && isConsonant(s.charAt(i + 1))) {
                char kar = s.charAt(i - 1);
                s.deleteCharAt(i - 1);
                s.insert(i + 1, kar);
            }
        }
        // 3. pre-base vowel signs behind their consonant cluster
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isPreKar(c) && i + 1 < s.length() && (isConsonant(s.charAt(i + 1)) || s.charAt(i + 1) == 'র')) {
                int j = i + 1;
                // a reph moved in front of the cluster belongs to it
                if (j + 1 < s.length() && s.charAt(j) == 'র' && s.charAt(j + 1) == BanglaText.HASANTA) j += 2;
                if (j < s.length() && isConsonant(s.charAt(j))) j++;
                while (j + 1 < s.length() && s.charAt(j) == BanglaText.HASANTA && isConsonant(s.charAt(j + 1))) j += 2;
                out.append(s, i + 1, j);
                if (c == '\u09C7' && j < s.length() && s.charAt(j) == '\u09BE') {
                    out.append('\u09CB');
                    j++;
                } else if (c == '\u09C7' && j < s.length() && s.charAt(j) == '\u09D7') {
                    out.append('\u09CC');
                    j++;
                } else {
                    out.append(c);
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        // 4. chandrabindu typed before a vowel sign goes behind it
        for (int k = 0; k + 1 < out.length(); k++) {
            if (out.charAt(k) == '\u0981' && isKar(out.charAt(k + 1))) {
                char kar = out.charAt(k + 1);
                out.setCharAt(k + 1, '\u0981');
                out.setCharAt(k, kar);
            }
        }
        return out.toString();
    }
}
