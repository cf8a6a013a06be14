package org.suchi.normalise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.suchi.config.NameDirectory;

/**
 * An office name checked word by word against the {@link NameDirectory}. Each Bangla word that is not a
 * directory word (also after a genitive ending "ের", "এর", "র" is taken off) is a doubt:
 * <ul>
 *   <li>repaired to the one directory word nearest to it, when that word is within a small edit distance and no
 *       other directory word is as near (compared on a {@linkplain #skeleton skeleton} that folds the marks OCR
 *       confuses: ূ/ু/ৃ, ী/ি, ৎ/ত, ণ/ন, য়/য, the hasanta, the chandrabindu);</li>
 *   <li>otherwise kept, as unknown.</li>
 * </ul>
 * A trailing genitive particle read apart ("অধিদপ্তর-এব", "অধিদপ্তর এর") is dropped, and so are marks no office name
 * holds read between its words ("সুরক্ষা সেবা! বিভাগ"). Every change is reported with
 * what was read, so a caller can warn; nothing is changed silently.
 */
public final class OfficeWords {
    private OfficeWords() {}

    /** A change: {@code read} became {@code fixed} (null: dropped). */
    public record Repair(String read, String fixed) {}

    /** The office after the check: its value, the repairs made and the words kept though unknown. */
    public record Result(String value, List<Repair> repairs, List<String> unknown) {
        public boolean clean() {
            return repairs.isEmpty() && unknown.isEmpty();
        }
    }

    // a run of Bangla letters and marks (with joiners), a hyphen inside allowed ("উপ-পরিচালক")
    private static final Pattern WORD = Pattern.compile("[\\u0980-\\u09FF\\u200C\\u200D]+(?:-[\\u0980-\\u09FF\\u200C\\u200D]+)*");
    private static final String[] GENITIVES = {"ের", "এর", "-এর", "র"};

    /** Checks {@code office} against {@code dir}; see the class comment. */
    public static Result check(String office, NameDirectory dir) {
        if (office == null || office.isBlank()) return new Result(office, List.of(), List.of());
        String s = BanglaText.normalize(office);
        List<Repair> repairs = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        // a genitive particle read as a word of its own at the end ("-এব", " এর")
        Matcher tail = Pattern.compile("[\\s\\-]+(এ[\\u0980-\\u09FF]?)\\s*$").matcher(s);
        if (tail.find() && Fuzzy.distance(BanglaText.key(tail.group(1)), "এর") <= 1) {
            repairs.add(new Repair(tail.group().strip(), null));
            s = s.substring(0, tail.start()).strip();
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(stray(s.substring(last, m.start()), repairs));
            String w = m.group();
            String fixed = w;
            if (!known(w, dir)) {
                String r = repair(w, dir);
                if (r != null) {
                    repairs.add(new Repair(w, r));
                    fixed = r;
                } else {
                    unknown.add(w);
                }
            }
            out.append(fixed);
            last = m.end();
        }
        out.append(stray(s.substring(last), repairs));
        return new Result(out.toString().strip(), List.copyOf(repairs), List.copyOf(unknown));
    }

    /** Marks no office name holds, read between its words (a speck or a stroke of the letterhead read as "!", "|", "৷"). */
    private static final Pattern STRAY = Pattern.compile("[!|?;:*~^_=+<>{}\\[\\]'\"`\u0964\u0965]+");

    /** {@code between} without stray marks, each dropped mark a repair. */
    private static String stray(String between, List<Repair> repairs) {
        Matcher m = STRAY.matcher(between);
        int before = repairs.size();
        while (m.find()) repairs.add(new Repair(m.group(), null));
        return repairs.size() == before ? between : m.replaceAll(" ").replaceAll("\\s{2,}", " ");
    }

    /** A directory word, as printed or with a genitive ending taken off (also each part of a hyphenated word). */
    static boolean known(String w, NameDirectory dir) {
        String k = BanglaText.key(w);
        if (dir.hasWord(k) || dir.hasWord(stripGenitive(k))) return true;
        if (k.contains("-")) {
            for (String part : k.split("-+")) if (!part.isEmpty() && !dir.hasWord(part) && !dir.hasWord(stripGenitive(part))) return false;
            return true;
        }
        return false;
    }

    private static String stripGenitive(String k) {
        for (String g : GENITIVES) {
            String gk = BanglaText.key(g);
            if (k.length() > gk.length() + 1 && k.endsWith(gk)) return k.substring(0, k.length() - gk.length());
        }
        return k;
    }

    /**
     * The one directory word nearest to {@code w} (its genitive ending kept), or null when none is near enough
     * or two are equally near.
     */
    static String repair(String w, NameDirectory dir) {
        String k = BanglaText.key(w);
        String best = repairStem(k, dir);
        if (best != null) return best;
        for (String g : GENITIVES) {
            String gk = BanglaText.key(g);
            if (k.length() > gk.length() + 1 && k.endsWith(gk)) {
                String stem = repairStem(k.substring(0, k.length() - gk.length()), dir);
                if (stem != null) return stem + gk;
            }
        }
        return null;
    }

    private static String repairStem(String k, NameDirectory dir) {
        String sk = skeleton(k);
        int len = sk.codePointCount(0, sk.length());
        if (len < 2) return null;
        // nearest first; between equally near words, the one as long as what was read (OCR substitutes more
        // often than it adds or loses a letter)
        int bestD = Integer.MAX_VALUE;
        Set<String> best = new LinkedHashSet<>();
        for (String v : dir.words()) {
            String sv = skeleton(v);
            int lv = sv.codePointCount(0, sv.length());
            if (Math.abs(lv - len) > 2) continue;
            int e = Fuzzy.distance(sk, sv);
            if (e > tolerance(Math.min(lv, len))) continue;
            int d = 4 * e + Math.abs(lv - len);
            if (d < bestD) {
                bestD = d;
                best.clear();
                best.add(v);
            } else if (d == bestD) {
                best.add(v);
            }
        }
        if (best.size() != 1) return null;
        String v = best.iterator().next();
        return v.equals(k) ? null : v;
    }

    /** Edits allowed for a skeleton of this many code points: 0 if the word is only a mark's difference, else by length. */
    private static int tolerance(int len) {
        return len <= 2 ? 0 : len <= 5 ? 1 : 2;
    }

    /**
     * A word with the marks OCR confuses folded: nukta, hasanta, chandrabindu and joiners removed; ূ and ৃ read as ু,
     * ী as ি, ৈ as ে, ৎ as ত, ণ as ন, ঙ as ং.
     */
    public static String skeleton(String word) {
        String k = BanglaText.key(word);
        StringBuilder b = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            switch (c) {
                case '\u09BC', '\u09CD', '\u0981', '\u200C', '\u200D', '-' -> { }
                case '\u09C2', '\u09C3' -> b.append('\u09C1');
                case '\u09C0' -> b.append('\u09BF');
                case '\u09C8' -> b.append('\u09C7');
                case '\u09CE' -> b.append('\u09A4');
                case '\u09A3' -> b.append('\u09A8');
                case '\u0999' -> b.append('\u0982');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
