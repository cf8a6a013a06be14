package org.suchi.ocr;

import java.util.regex.Pattern;
import org.suchi.normalise.BanglaText;

/**
 * Whether the first reading of a value line is weak enough to be read again: the readers disagreed or only one
 * saw anything (the vote's doubt), nothing was read from ink, or the text is not the shape of one value (a
 * number, a percent, a date, a dash), or it is a number whose last digit may be a misread % sign. Clean cells
 * are never weak, so second readings cost nothing on a good page. Pure.
 */
public final class WeakValue {
    private WeakValue() {}

    private static final Pattern NUMBER = Pattern.compile("^\\d{1,4}(\\.\\d{1,2})?%?$");
    private static final Pattern DATE = Pattern.compile("^\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](\\d{2}|\\d{4})$");
    private static final Pattern DASH = Pattern.compile("^[-\u2013\u2014]+$");
    /** Three digits or more ending in 0 or 9 with no % sign: Tesseract and the glyph reader take % for ০ or ৯. */
    private static final Pattern PERCENT_AS_DIGIT = Pattern.compile("^\\d{2,3}[09]$");

    /** True when {@code text} (one line, as the vote settled it) should get second readings. */
    public static boolean weak(String text, ValueVote vote) {
        if (vote != null && vote.doubt() != null) return true;
        return !shaped(text);
    }

    /** True when {@code text} is the shape of one value and no misread % is suspected. */
    public static boolean shaped(String text) {
        if (text == null) return false;
        String t = BanglaText.toAsciiDigits(text.replace(" ", "").strip());
        if (t.isEmpty() || t.equals(PageReader.UNREADABLE)) return false;
        if (DASH.matcher(t).matches()) return true;
        if (PERCENT_AS_DIGIT.matcher(t).matches()) return false;
        return NUMBER.matcher(t).matches() || DATE.matcher(t).matches();
    }
}
