package org.suchi.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers shared by the parsers of the cover letter's and title block's lines. */
public final class LetterLines {
    private LetterLines() {}

    static final Pattern REFERENCE = Pattern.compile(BanglaText.nfc("^[^\\p{L}]*(?:সূত্র|সুত্র|সূত্রঃ|সুত্রঃ|ref\\b|reference)"),
            Pattern.CASE_INSENSITIVE);
    static final Pattern SUBJECT = Pattern.compile(BanglaText.nfc("^[^\\p{L}]*(?:বিষয়|বিষয়|বিষয়ঃ)\\s*[:ঃ]?"));

    /** The lines of {@code in}, each split at line breaks, normalised, blank ones dropped; null gives none. */
    public static List<String> lines(List<String> in) {
        List<String> out = new ArrayList<>();
        if (in == null) return out;
        for (String s : in) {
            if (s == null) continue;
            for (String part : s.split("\\R")) {
                String t = BanglaText.normalize(part);
                if (!t.isEmpty()) out.add(t);
            }
        }
        return out;
    }

    /** The বিষয় (subject) line's text, with the next line when it continues it; null without one. */
    static String subject(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SUBJECT.matcher(lines.get(i));
            if (m.find()) {
                String s = lines.get(i).substring(m.end()).trim();
                if (i + 1 < lines.size() && !SUBJECT.matcher(lines.get(i + 1)).find()
                        && !REFERENCE.matcher(lines.get(i + 1)).find()) {
                    s = s + " " + lines.get(i + 1);
                }
                return s;
            }
        }
        return null;
    }
}
