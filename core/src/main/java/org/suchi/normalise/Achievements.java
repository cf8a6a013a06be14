package org.suchi.normalise;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The achieved value a progress text states for its indicator's unit, when the table has no
 * achievement column: "৪ টি কর্মশালা" → 4, "একটি সভা" → 1, "৮০%" → 80, "১৫/১০/২০২৩ তারিখে … করা হয়েছে" →
 * that date. Ordinals (৩য় কোয়ার্টার), dates in count rows and future plans ("করা হবে") are not achievements.
 */
public final class Achievements {
    private Achievements() {}

    private static final String COUNTER = "(?:টি|টা|বার|জন|খানা)";
    /** A number with a counter word: "৪ টি", "২বার"; not an ordinal (১ম, ২য়, ৩য়, ৪র্থ). */
    private static final Pattern COUNT = Pattern.compile("(?<![\\d./\\-])(\\d{1,4})\\s*" + COUNTER);
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d./\\-])(\\d{1,3}(?:\\.\\d+)?)\\s*%");
    /** Words for small counts with their counter: "একটি", "দুইটি", "তিন বার". */
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("এক", 1), Map.entry("দুই", 2), Map.entry("দু", 2), Map.entry("তিন", 3), Map.entry("চার", 4),
            Map.entry("পাঁচ", 5), Map.entry("ছয়", 6), Map.entry("সাত", 7), Map.entry("আট", 8), Map.entry("নয়", 9),
            Map.entry("দশ", 10));
    private static final Pattern WORD_COUNT;
    static {
        StringBuilder alt = new StringBuilder();
        for (String w : WORDS.keySet()) alt.append(alt.length() == 0 ? "" : "|").append(BanglaText.nfc(w));
        WORD_COUNT = Pattern.compile("(?<![\\p{L}\\p{M}])(" + alt + ")\\s*" + BanglaText.nfc(COUNTER) + "(?![\\p{L}\\p{M}])");
    }
    /** A future or pending statement: nothing achieved yet. */
    private static final Pattern FUTURE = Pattern.compile(BanglaText.nfc("(করা হবে|হবে।|হবে$|চলমান|প্রস্তুতি চলছে|পরিকল্পনা রয়েছে)"));
    /** The date of an event done: "<date> (খ্রি:) তারিখে". */
    private static final Pattern ON_DATE = Pattern.compile("^\\s*(?:" + BanglaText.nfc("খ্রি") + "[:ঃ.]*\\s*)?" + BanglaText.nfc("তারিখে"));
    /** A word after the date (past a short era word) that may be তারিখে misread. */
    private static final Pattern WORD_AFTER_DATE = Pattern.compile("^\\s*(?:[^\\s\\d]{1,5}[:ঃ.]+\\s*)?([^\\s\\d।.,:;]{4,8})");
    private static final String ON = BanglaText.nfc("তারিখে");

    /**
     * The word after a date when it is তারিখে with one letter read as another ("তাবিখে", "ভারিখে", "তারিথে"), else null. The
     * date is then taken as the day it was done, with a doubt.
     */
    static String misreadOnDate(String after) {
        Matcher m = WORD_AFTER_DATE.matcher(after);
        if (!m.find()) return null;
        String w = m.group(1);
        // one letter replaced, none dropped: "তারিখ অবধি" (up to the date) is a word of its own, not a misread
        if (w.length() != ON.length()) return null;
        int differ = 0;
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) != ON.charAt(i)) differ++;
        return differ == 1 ? w : null;
    }

    /** The same with the era word misread ("গ্রি.", "খির:"): a short word before তারিখে; the value is then a doubt. */
    private static final Pattern ON_DATE_LOOSE = Pattern.compile("^\\s*(?:[^\\s\\d]{1,5}[:ঃ.]*\\s*)?" + BanglaText.nfc("তারিখে"));
    /** Things a count may count that are not the indicator's activity: "৪৯২টি অফিসকে", "৬৪টি জেলার". */
    private static final Pattern OTHER_THINGS = Pattern.compile("^\\s*" + BanglaText.nfc(
            "(?:অফিস|দপ্তর|জেলা|উপজেলা|সংস্থা|কর্মকর্তা|কর্মচারী|বিভাগ|শাখা|মন্ত্রণালয়)"));

    /**
     * @param unit report/1 unit: date, count or percent
     * @return the value (ISO date string or number), or empty when the text states none
     */
    public static Optional<Object> fromText(String progress, String unit, FiscalYear fy) {
        if (progress == null || unit == null) return Optional.empty();
        String norm = BanglaText.normalize(progress);
        String ascii = BanglaText.toAsciiDigits(norm);
        switch (unit) {
            case "date": {
                for (Dates.Found f : Dates.findAll(norm)) {
                    if (f.date() == null) continue;
                    String after = norm.substring(f.end());
                    if (!ON_DATE.matcher(after).find() && !ON_DATE_LOOSE.matcher(after).find() && misreadOnDate(after) == null) continue;
                    if (FUTURE.matcher(after).find()) continue;
                    if (fy != null && !near(fy, f.date())) continue;
                    return Optional.of(f.date().toString());
                }
                return Optional.empty();
            }
            case "percent":
                return Optional.ofNullable(percent(norm, ascii).value());
            case "count": {
                if (FUTURE.matcher(norm).find()) return Optional.empty();
                return Optional.ofNullable(count(norm, ascii).value());
            }
            default:
                return Optional.empty();
        }
    }

    /**
     * What is doubtful about the achievement {@code value} that {@link #fromText} found in
     * {@code progress} (a repaired OCR slip), or why the text seems to state a value that did not
     * read; empty when there is no doubt.
     */
    public static Optional<String> doubt(String progress, String unit, FiscalYear fy, Object value) {
        if (progress == null || unit == null) return Optional.empty();
        String norm = BanglaText.normalize(progress);
        String ascii = BanglaText.toAsciiDigits(norm);
        Optional<String> quarters = severalQuarters(norm, value);
        if (quarters.isPresent()) return quarters;
        if (FUTURE.matcher(norm).find() && value == null) return Optional.empty();
        if ("date".equals(unit) && value != null) {
            for (Dates.Found f : Dates.findAll(norm)) {
                if (f.date() == null || !f.date().toString().equals(value)) continue;
                String after = norm.substring(f.end());
                boolean on = ON_DATE.matcher(after).find(), loose = ON_DATE_LOOSE.matcher(after).find();
                String misread = on || loose ? null : misreadOnDate(after);
                if (misread != null) {
                    return Optional.of("\"" + misread + "\" after the date taken for \"তারিখে\"");
                }
                if (!on && loose) {
                    return Optional.of("the word between the date and \"তারিখে\" did not read as খ্রি: \""
                            + after.strip().split("\\s+")[0] + "\"");
                }
            }
        }
        if ("date".equals(unit) && value == null) {
            for (Dates.Found f : Dates.findAll(norm)) {
                String printed = norm.substring(f.start(), Math.min(norm.length(), f.end())).strip();
                return Optional.of(f.date() == null
                        ? "the progress text holds a date (\"" + printed + "\") that did not read as a calendar date"
                        : "the progress text names the date " + f.date() + " but not as the day it was done");
            }
        }
        int digits = ascii.replaceAll("\\D", "").length();
        if ("date".equals(unit) && value == null && (norm.contains(BanglaText.nfc("তারিখে")) && digits > 0 || digits >= 4)) {
            return Optional.of("the progress text seems to state a date that did not read");
        }
        if (!"percent".equals(unit) && value == null) {
            // a percent stated in a row of another unit: the unit or the text is misread, and no value was taken
            java.util.regex.Matcher m = PERCENT.matcher(ascii);
            if (m.find()) {
                return Optional.of("the progress text states a percent (" + m.group().strip() + ") but the unit is " + unit
                        + ": no achievement taken");
            }
        }
        return switch (unit) {
            case "percent" -> Optional.ofNullable(percent(norm, ascii).problem());
            case "count" -> Optional.ofNullable(count(norm, ascii).problem());
            case "date" -> value != null || !UNREAD_DATE.matcher(norm).find() ? Optional.empty()
                    : Optional.of("the progress text names a date (\"তারিখে\") that did not read");
            default -> Optional.empty();
        };
    }

    /** A quarter named in a progress text: "২য় কোয়ার্টারে", "৩য় কোয়ার্টারের", "২ কোয়ার্টারে". */
    private static final Pattern QUARTER = Pattern.compile(BanglaText.normalize("কোয়ার্টার") + "|"
            + BanglaText.normalize("কোয়াটার") + "|" + BanglaText.normalize("ত্রৈমাসিক"));
    /** A bare count of quarters ("২ কোয়ার্টারে ২টি"): what was done over several quarters, not in this one. */
    private static final Pattern QUARTER_COUNT = Pattern.compile("(?<![\\d\\p{L}\\p{M}])[\\d০-৯]{1,2}\\s*(?:"
            + QUARTER.pattern() + ")");

    /**
     * A progress text that speaks of several quarters ("২ কোয়ার্টারে ২টি করা হয়েছে … ৩য় কোয়ার্টারের প্রমাণক
     * সংযুক্ত") does not say which number is this period's achievement: any value taken from it is a doubt.
     */
    static Optional<String> severalQuarters(String norm, Object value) {
        Matcher m = QUARTER.matcher(norm);
        int n = 0;
        while (m.find()) n++;
        boolean counted = QUARTER_COUNT.matcher(norm).find();
        if (n < 2 && !counted) return Optional.empty();
        if (value == null && !norm.matches("(?s).*[\\d০-৯].*")) return Optional.empty();
        return Optional.of("the progress text speaks of several quarters (" + n + " named"
                + (counted ? ", one a count of quarters" : "") + ")"
                + (value == null ? ": no achievement is taken from it" : ": the value " + value
                + " may not be this period's achievement"));
    }

    /** A number that is not an ordinal ("৩য়", "১ম", "৪র্থ", "৬ষ্ঠ") nor part of a date or a percent. */
    private static final Pattern BARE_COUNT = Pattern.compile("(?<![\\d./\\-])(\\d{1,4})(?![\\d./\\-%])(?!\\s*"
            + BanglaText.nfc("(?:ম|য়|য়|র্থ|ষ্ঠ|তম)") + ")");
    /** A counter standing alone after a non-digit ("খ) বার"): its number did not read. */
    private static final Pattern STRAY_BAR = Pattern.compile("(?<=[^\\s\\p{L}\\p{M}\\d])\\s*" + BanglaText.nfc("বার")
            + "(?![\\p{L}\\p{M}])");

    /** A number (not part of a date) followed by a word, not by a % sign. */
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\d./\\-])(\\d{1,6})(?![\\d./\\-%])");
    /** One letter before a counter: a number that did not read ("হটি" is ২টি: OCR reads ২ as হ). */
    private static final Pattern LETTER_COUNT = Pattern.compile("(?<![\\p{L}\\p{M}\\d])(\\p{L})\\s*" + BanglaText.nfc(COUNTER) + "(?![\\p{L}\\p{M}])");
    /** A counter standing alone ("মোট টি সভা"): its number did not read. */
    private static final Pattern STRAY_COUNTER = Pattern.compile("(?<![\\p{L}\\p{M}\\d])\\s*" + BanglaText.nfc("(?:টি|টা)") + "(?![\\p{L}\\p{M}])");
    /** "তারিখে" with no date before it: the date did not read. */
    private static final Pattern UNREAD_DATE = Pattern.compile("^[^\\p{L}\\d]{0,3}" + BanglaText.nfc("তারিখে"));

    private static Parsed<Number> percent(String norm, String ascii) {
        Matcher m = PERCENT.matcher(ascii);
        if (m.find()) return Numbers.parsePercent(m.group(1) + "%");
        // no % sign: a percent read with its % as ০ ("১০০০ ব্যয়") is the number without it
        Matcher b = BARE_NUMBER.matcher(blankDates(norm, ascii));
        String only = null;
        int n = 0;
        while (b.find()) {
            n++;
            only = b.group(1);
        }
        if (n == 1 && only.length() >= 3 && only.endsWith("0") && Integer.parseInt(only) / 10 <= 100) {
            return Parsed.doubtful(Integer.parseInt(only) / 10, "no % sign: " + only + " read as "
                    + Integer.parseInt(only) / 10 + "% (a % is often read as ০)", norm);
        }
        if (n > 0) return Parsed.fail("the progress text holds a number (" + only + ") but no percent", norm);
        return Parsed.empty(norm);
    }

    private static Parsed<Number> count(String norm, String ascii) {
        String noDates = blankDates(norm, ascii);
        Matcher m = COUNT.matcher(noDates);
        String other = null;
        while (m.find()) {
            Matcher o = OTHER_THINGS.matcher(norm.substring(Math.min(norm.length(), m.end())));
            if (!o.find()) return Parsed.of(Integer.parseInt(m.group(1)), norm);
            if (other == null) other = m.group().strip() + " " + o.group().strip();
        }
        if (other != null) {
            return Parsed.fail("the text counts something else (\"" + other + "\"), not the indicator's activity: "
                    + "no achievement taken", norm);
        }
        Matcher w = WORD_COUNT.matcher(norm);
        if (w.find()) return Parsed.of(WORDS.get(w.group(1)), norm);
        Matcher l = LETTER_COUNT.matcher(norm);
        if (l.find()) {
            if (l.group(1).equals(BanglaText.nfc("হ"))) {
                return Parsed.doubtful(2, "\"" + l.group() + "\" read as ২" + l.group().substring(1) + " (OCR reads ২ as হ)", norm);
            }
            return Parsed.fail("the count before \"" + l.group().substring(1).strip() + "\" did not read (\"" + l.group() + "\")", norm);
        }
        if (STRAY_COUNTER.matcher(norm).find()) return Parsed.fail("a count before টি did not read", norm);
        if (STRAY_BAR.matcher(norm).find()) return Parsed.fail("a count before বার did not read", norm);
        // a number that is no date, no ordinal (৩য়, ১ম, ৪র্থ) and stands without a counter: a count that lost its word
        Matcher b = BARE_COUNT.matcher(noDates);
        boolean bare = false;
        // a number of offices or districts ("৬৪ জেলার") counts something else
        while (!bare && b.find()) bare = !OTHER_THINGS.matcher(norm.substring(Math.min(norm.length(), b.end()))).find();
        if (bare) return Parsed.fail("the progress text holds a number (" + b.group(1) + ") but no count read", norm);
        return Parsed.empty(norm);
    }

    /** An achievement date lies in the plan's year, or shortly around it (reports come late). */
    private static boolean near(FiscalYear fy, LocalDate d) {
        return !d.isBefore(fy.start().minusMonths(3)) && !d.isAfter(fy.end().plusMonths(3));
    }

    /** The ASCII-digit text with every date replaced by spaces (same length), so its digits count nothing. */
    private static String blankDates(String norm, String ascii) {
        StringBuilder b = new StringBuilder(ascii);
        List<Dates.Found> found = Dates.findAll(norm);
        for (Dates.Found f : found) for (int i = f.start(); i < f.end() && i < b.length(); i++) b.setCharAt(i, ' ');
        return b.toString();
    }
}
