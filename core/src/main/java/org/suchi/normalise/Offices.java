package org.suchi.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.suchi.config.NameDirectory;

/**
 * The reporting office and its ministry, as printed.
 * <ul>
 *   <li><b>office</b>: from the title block first: "&lt;office&gt; - ই-গভর্ন্যান্স…", then
 *       "&lt;office&gt;-এর/এর/ের ই-গভর্ন্যান্স…" (genitive removed), then a last title line that names an office;
 *       otherwise the letterhead (the last organisation line after "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", before the
 *       first section/address line); otherwise the বিষয় line's "&lt;office&gt;-এর ২০২৩-২০২৪ অর্থবছরের…". When the
 *       letterhead names only a ministry and the বিষয় line another office, the ministry forwards that office's
 *       report: the office is the বিষয় line's.</li>
 *   <li><b>ministry</b>: the letterhead's first organisation line (a মন্ত্রণালয় or বিভাগ); else the office itself
 *       when it is a মন্ত্রণালয়; else null.</li>
 * </ul>
 */
public final class Offices {
    private Offices() {}


    /**
     * The letterhead's organisation lines: ministry (or division) and office, either may be null; {@code doubt}
     * says why the office line is not a clear choice (null when it is).
     */
    public record Letterhead(String ministry, String office, String doubt) {
        public static final Letterhead NONE = new Letterhead(null, null, null);

        public Letterhead(String ministry, String office) {
            this(ministry, office, null);
        }
    }

    private static final Map<String, Boolean> ORG_NOUNS = new LinkedHashMap<>();
    private static final Map<String, Boolean> SECTION_NOUNS = new LinkedHashMap<>();
    private static final Map<String, Boolean> MINISTRY_NOUNS = new LinkedHashMap<>();

    static {
        for (String s : new String[]{"মন্ত্রণালয়", "বিভাগ", "অধিদপ্তর", "অধিদফতর", "পরিদপ্তর", "পরিদফতর", "দপ্তর", "দফতর",
                "কার্যালয়", "অফিস", "সংস্থা", "কাউন্সিল", "কমিশন", "বোর্ড", "কর্তৃপক্ষ", "ব্যুরো", "ইনস্টিটিউট",
                "একাডেমি", "কর্পোরেশন", "করপোরেশন", "বিশ্ববিদ্যালয়", "হাসপাতাল", "পরিষদ", "সেন্টার", "কেন্দ্র",
                "ব্যাংক", "ট্রাস্ট", "ফাউন্ডেশন", "বাহিনী", "সচিবালয়", "কমিটি", "প্রকল্প", "কোম্পানি", "লিমিটেড"}) {
            ORG_NOUNS.put(BanglaText.key(s), true);
        }
        for (String s : new String[]{"শাখা", "অধিশাখা", "সেল", "উইং", "অনুবিভাগ", "ডেস্ক"}) {
            SECTION_NOUNS.put(BanglaText.key(s), true);
        }
        for (String s : new String[]{"মন্ত্রণালয়", "বিভাগ"}) MINISTRY_NOUNS.put(BanglaText.key(s), true);
    }

    /** Words of an address line's first part that name no office ("প্রধান কার্যালয়, ঢাকা"). */
    private static final Map<String, Boolean> GENERIC_PLACE_WORDS = new LinkedHashMap<>();

    static {
        for (String s : new String[]{"প্রধান", "সদর", "আঞ্চলিক", "কেন্দ্রীয়", "কার্যালয়", "দপ্তর", "দফতর", "অফিস", "ভবন",
                "প্রশাসনিক", "ক্যাম্পাস"}) {
            GENERIC_PLACE_WORDS.put(BanglaText.key(s), true);
        }
    }

    private static final Pattern CONTACT = Pattern.compile(BanglaText.nfc(
            "ওয়েবসাইট|ওয়েব\s*সাইট|ই-?\s*মেইল|ইমেইল|ফোন|ফ্যাক্স|মোবাইল|টেলিফোন|\bweb|e-?mail|phone|fax|\btel\b"),
            Pattern.CASE_INSENSITIVE);

    private static final Pattern GOVERNMENT = Pattern.compile(BanglaText.nfc("গণপ্রজাতন্ত্রী|বাংলাদেশ\\s*সরকার|প্রজাতন্ত্রী"));
    private static final Pattern EGOV = Pattern.compile(BanglaText.nfc("ই\\s*-?\\s*গভ"));

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : BanglaText.key(s).split("[\\s,;:।()\\-]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static boolean hasWord(String line, Map<String, Boolean> table) {
        for (String w : words(line)) {
            if (table.containsKey(w)) return true;
            if (w.codePointCount(0, w.length()) >= 4 && Fuzzy.best(w, table) != null) return true;
        }
        return false;
    }

    private static boolean endsWithWord(String line, Map<String, Boolean> table) {
        List<String> ws = words(line);
        if (ws.isEmpty()) return false;
        String w = ws.get(ws.size() - 1);
        return table.containsKey(w) || (w.codePointCount(0, w.length()) >= 4 && Fuzzy.best(w, table) != null);
    }

    private static boolean isAddressOrWeb(String line) {
        String k = BanglaText.key(line);
        return k.matches(".*\\d.*") || k.contains("www") || k.contains("http") || k.contains("@") || k.contains(".gov")
                || k.contains(BanglaText.key("সচিবালয়")) || k.contains(BanglaText.key("রোড"));
    }

    /**
     * An address or contact line of a letterhead: digits, web, e-mail, phone or fax, the সচিবালয় or a road; a
     * line whose first part names no office ("প্রধান কার্যালয়, ঢাকা", "সদর দপ্তর"); with a directory, a line of
     * places only ("সেগুনবাগিচা, ঢাকা", "খুলনা বিভাগ").
     */
    static boolean isAddressLine(String line, NameDirectory dir) {
        if (line == null) return false;
        if (isAddressOrWeb(line) || CONTACT.matcher(BanglaText.normalize(line)).find()) return true;
        String k = BanglaText.key(line).replaceAll("[\u0964.]+$", "").trim();
        String[] parts = k.split(",");
        List<String> head = words(parts[0]);
        boolean generic = !head.isEmpty();
        for (String w : head) {
            if (!GENERIC_PLACE_WORDS.containsKey(w)
                    && !(w.codePointCount(0, w.length()) >= 4 && Fuzzy.best(w, GENERIC_PLACE_WORDS) != null)) {
                generic = false;
                break;
            }
        }
        if (generic) return true;
        if (dir == null) return false;
        for (String part : parts) {
            String t = part.trim().replaceAll(BanglaText.nfc("\\s+(বিভাগ|জেলা|উপজেলা)$"), "");
            if (t.isEmpty() || !dir.isPlace(t)) return false;
        }
        return true;
    }

    /** A line that is a whole name of the directory as read, or after its words are repaired ("বাংলাদেশ রেলওয়ে"). */
    private static boolean knownName(String line, NameDirectory dir) {
        if (dir == null) return false;
        if (dir.isName(line)) return true;
        OfficeWords.Result r = OfficeWords.check(line, dir);
        return r.unknown().isEmpty() && dir.isName(r.value());
    }

    /**
     * A line that could be a name though it has no office word: Bangla, no digits, at most eight words, not a
     * section, report, subject or government line.
     */
    private static boolean nameLike(String line) {
        if (line == null || line.isBlank() || !BanglaText.hasBangla(line)) return false;
        if (line.matches(".*[\\p{Nd}@:ঃ].*") || words(line).size() > 8) return false;
        if (hasWord(line, SECTION_NOUNS) || EGOV.matcher(line).find() || hasReportWord(line)) return false;
        return !GOVERNMENT.matcher(line).find() && !LetterLines.SUBJECT.matcher(line).find();
    }

    /** An organisation line of a letterhead or title: names an organisation, no digits, not a section. */
    private static boolean isOrgLine(String line) {
        if (line == null || line.isBlank()) return false;
        if (isAddressOrWeb(line) || hasWord(line, SECTION_NOUNS)) return false;
        if (EGOV.matcher(line).find() || hasReportWord(line)) return false;
        return hasWord(line, ORG_NOUNS);
    }

    private static final Pattern REPORT_WORDS = Pattern.compile(BanglaText.nfc(
            "প্রতিবেদন|কর্মপরিকল্পনা|ত্রৈমাসিক|বার্ষিক|মূল্যায়ন|অগ্রগতি|উদ্ভাবন|স্মারক|তারিখ|বিষয়\\s*[:ঃ]"));

    private static boolean hasReportWord(String line) {
        return REPORT_WORDS.matcher(line).find();
    }

    /**
     * The letterhead: after "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", the organisation lines up to the first section
     * (শাখা), address, web or memo line. The first is the ministry when it is a মন্ত্রণালয়/বিভাগ and another
     * follows or it is the only one; the last is the office.
     */
    public static Letterhead letterhead(List<String> letterLines) {
        return letterhead(letterLines, null);
    }

    /**
     * The letterhead, with a directory of office names: address lines (a place alone, "প্রধান কার্যালয়, ঢাকা")
     * end it; a line the directory knows as a name ("বাংলাদেশ রেলওয়ে") is an organisation line though it has no
     * office word; a line under the ministry that names no office word but could be a name (OCR garbled its office
     * word) is taken as the office with a doubt.
     */
    public static Letterhead letterhead(List<String> letterLines, NameDirectory dir) {
        List<String> lines = LetterLines.lines(letterLines);
        int g = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (GOVERNMENT.matcher(lines.get(i)).find()) {
                g = i;
                break;
            }
        }
        if (g < 0) return Letterhead.NONE;
        List<String> orgs = new ArrayList<>();
        String doubt = null;
        for (int i = g + 1; i < lines.size() && orgs.size() < 4; i++) {
            String line = BanglaText.cleanOcr(lines.get(i)).replaceAll("[\u0964.]+$", "").trim();
            if (isAddressLine(line, dir)) break;
            if (isOrgLine(line) || (knownName(line, dir) && !isAddressOrWeb(line))) {
                orgs.add(line);
                continue;
            }
            if (dir != null && orgs.size() == 1 && endsWithWord(orgs.get(0), MINISTRY_NOUNS) && nameLike(line)) {
                orgs.add(line);
                doubt = "the letterhead line \"" + line + "\" under \"" + orgs.get(0)
                        + "\" was taken as the office, but it names no office the directory knows";
            }
            break;
        }
        if (orgs.isEmpty()) return Letterhead.NONE;
        String first = orgs.get(0);
        String ministry = endsWithWord(first, MINISTRY_NOUNS) ? first : null;
        return new Letterhead(ministry, orgs.get(orgs.size() - 1), doubt);
    }

    /**
     * The reporting office from the title block: "&lt;office&gt; - ই-গভর্ন্যান্স…", "&lt;office&gt;-এর ই-গভর্ন্যান্স…",
     * "&lt;office&gt;ের ই-গভর্ন্যান্স…", or a last line naming an office (also the tail after "প্রতিবেদন (…)" when the
     * title is one line). Generic template wording ("উপজেলা পর্যায়ের অফিস", "মন্ত্রণালয়/বিভাগ") is rejected.
     */
    public static Parsed<String> officeFromTitle(List<String> titleLines) {
        List<String> lines = LetterLines.lines(titleLines).stream().map(BanglaText::cleanOcr).toList();
        String raw = String.join("\n", lines);
        if (lines.isEmpty()) return Parsed.empty(raw);
        String joined = String.join(" ", lines);
        Matcher e = EGOV.matcher(joined);
        if (e.find() && e.start() > 0) {
            String before = joined.substring(0, e.start()).trim();
            String office = null;
            Matcher dash = Pattern.compile("^(.+?)\\s+[\\-\u2010\u2013\u2014\u2212]+$").matcher(before);
            if (dash.matches()) office = dash.group(1).trim();
            else office = stripGenitive(before);
            if (office != null && !office.isEmpty()) {
                return plausibleOffice(office) ? Parsed.of(office, raw)
                        : Parsed.fail("title names no office, only \"" + office + "\"", raw);
            }
        }
        // the last line that names an organisation (lines below the heading, e.g. লক্ষ্যমাত্রা, are skipped)
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).replaceAll("[\u0964.]+$", "").trim();
            if (isOrgLine(line) && plausibleOffice(line)) return Parsed.of(line, raw);
        }
        // one-line title: "... প্রতিবেদন (অক্টোবর - ডিসেম্বর ২০২৩) বাংলাদেশ কম্পিউটার কাউন্সিল"
        Matcher tail = Pattern.compile(BanglaText.nfc("প্রতিবেদন\\s*(?:\\([^)]*\\))?\\s*([^()]+)$")).matcher(joined);
        if (tail.find()) {
            String t = tail.group(1).replaceAll("[\u0964.]+$", "").trim();
            if (isOrgLine(t) && plausibleOffice(t)) return Parsed.of(t, raw);
        }
        return Parsed.empty(raw);
    }

    /**
     * An office name: Bangla, no digits, no generic template wording ("পর্যায়ের অফিস", "মন্ত্রণালয়/বিভাগ"), no
     * sentence or label punctuation (":", "।", "@"), at most twelve words.
     */
    private static boolean plausibleOffice(String office) {
        return !office.contains("/") && !office.contains(BanglaText.nfc("পর্যায়")) && BanglaText.hasBangla(office)
                && !office.matches(".*[\\p{Nd}:ঃ\u0964@].*") && office.split(" ").length <= 12;
    }

    /**
     * Removes a genitive ending from a name: "-এর" / " এর", then (also after "এর", for the typo "বিভাগের এর")
     * the inflection "ের"; "র" after a vowel sign only when what remains ends with an organisation word
     * ("সংস্থার" → "সংস্থা", but "গাজীপুর" stays).
     */
    public static String stripGenitive(String name) {
        if (name == null) return null;
        String s = BanglaText.normalize(name);
        boolean explicit = false;
        Matcher er = Pattern.compile(BanglaText.nfc("\\s*-?\\s*এর$")).matcher(s);
        if (er.find()) {
            s = s.substring(0, er.start()).trim();
            explicit = true;
        }
        String e = BanglaText.nfc("ের");
        if (s.endsWith(e)) return s.substring(0, s.length() - e.length());
        if (!explicit && s.endsWith("\u09B0") && s.length() >= 2 && isVowelSign(s.charAt(s.length() - 2))) {
            String cut = s.substring(0, s.length() - 1);
            if (endsWithWord(cut, ORG_NOUNS)) return cut;
        }
        return s;
    }

    private static boolean isVowelSign(char c) {
        return c >= '\u09BE' && c <= '\u09CC';
    }

    /** Office from the subject line "বিষয়: &lt;office&gt;-এর ২০২৩-২০২৪ অর্থবছরের …". */
    private static Parsed<String> officeFromSubject(List<String> letter) {
        String s = LetterLines.subject(letter);
        if (s == null) return Parsed.empty(null);
        String t = BanglaText.cleanOcr(s);
        Matcher stop = Pattern.compile("[\\p{Nd}]|" + EGOV.pattern()).matcher(t);
        if (!stop.find() || stop.start() == 0) return Parsed.empty(s);
        String office = stripGenitive(t.substring(0, stop.start()).trim());
        return isOrgLine(office) && plausibleOffice(office) ? Parsed.of(office, s) : Parsed.empty(s);
    }

    /** The reporting office: title block, else letterhead, else the বিষয় line. See the class comment. */
    public static Parsed<String> office(List<String> titleLines, List<String> letterLines) {
        return office(titleLines, letterLines, null);
    }

    /** The reporting office, reading the letterhead with a directory of office names ({@link #letterhead(List, NameDirectory)}). */
    public static Parsed<String> office(List<String> titleLines, List<String> letterLines, NameDirectory dir) {
        Parsed<String> fromTitle = officeFromTitle(titleLines);
        if (fromTitle.present()) return fromTitle;
        Letterhead lh = letterhead(letterLines, dir);
        Parsed<String> fromSubject = officeFromSubject(LetterLines.lines(letterLines));
        // a ministry's letterhead over a subject naming another office: the ministry forwards that office's report
        boolean forwarded = lh.office() != null && lh.office().equals(lh.ministry()) && fromSubject.present()
                && !BanglaText.key(fromSubject.value()).equals(BanglaText.key(lh.office()));
        if (lh.office() != null && !forwarded) {
            String raw = String.join("\n", LetterLines.lines(letterLines));
            String doubt = lh.doubt();
            if (doubt == null && dir != null && fromSubject.present() && !sameName(fromSubject.value(), lh.office())) {
                doubt = "the letterhead's office is \"" + lh.office() + "\" but the subject line names \""
                        + fromSubject.value() + "\"";
            }
            return doubt == null ? Parsed.of(lh.office(), raw) : Parsed.doubtful(lh.office(), doubt, raw);
        }
        if (fromSubject.present()) return fromSubject;
        if (fromTitle.problem() != null) return fromTitle;
        return Parsed.fail("no office found in the title or the letter", String.join("\n", LetterLines.lines(titleLines)));
    }

    /**
     * Two readings of one office: their {@linkplain OfficeWords#skeleton skeletons} (letters only) within about one
     * edit in five, or the shorter one inside the longer ("উপজেলা কৃষি অফিস" in "উপজেলা কৃষি অফিস, শাজাহানপুর").
     */
    static boolean sameName(String a, String b) {
        String x = OfficeWords.skeleton(a).replaceAll("[^\\p{L}\\p{M}]", "");
        String y = OfficeWords.skeleton(b).replaceAll("[^\\p{L}\\p{M}]", "");
        if (x.length() > y.length()) {
            String t = x;
            x = y;
            y = t;
        }
        int allowed = x.codePointCount(0, x.length()) / 5;
        return Fuzzy.distance(x, y) <= allowed || Fuzzy.substringDistance(x, y) <= allowed;
    }

    /**
     * The parent ministry: the letterhead's ministry line; else the office itself when it is a মন্ত্রণালয়;
     * else a মন্ত্রণালয় line of the title just above the office line; else empty (not a problem).
     */
    public static Parsed<String> ministry(List<String> titleLines, List<String> letterLines) {
        return ministry(titleLines, letterLines, null);
    }

    /** The parent ministry, reading the letterhead with a directory of office names. */
    public static Parsed<String> ministry(List<String> titleLines, List<String> letterLines, NameDirectory dir) {
        Letterhead lh = letterhead(letterLines, dir);
        if (lh.ministry() != null) return Parsed.of(lh.ministry(), String.join("\n", LetterLines.lines(letterLines)));
        Parsed<String> office = office(titleLines, letterLines, dir);
        if (office.present() && endsWithWord(office.value(), Map.of(BanglaText.key("মন্ত্রণালয়"), true))) {
            return Parsed.of(office.value(), office.raw());
        }
        List<String> title = LetterLines.lines(titleLines).stream().map(BanglaText::cleanOcr).toList();
        if (title.size() >= 2 && office.present() && title.get(title.size() - 1).startsWith(office.value())) {
            String above = title.get(title.size() - 2);
            if (isOrgLine(above) && endsWithWord(above, Map.of(BanglaText.key("মন্ত্রণালয়"), true))) {
                return Parsed.of(above, String.join("\n", title));
            }
        }
        return Parsed.empty(null);
    }

}
