package org.suchi.normalise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one value in a cell text that also holds marks around it: ruling remnants, stamp or scribble strokes read
 * as {@code / - . %} ("৮০% /", "০২/০৩/২৪ /.", "২৪ /"; not "১ ০", which holds two). Found only when the text holds
 * exactly one value-shaped run (a date or a number, with its % sign) and nothing else but marks; otherwise empty.
 * A reading to choose from, never a value by itself. Pure.
 */
public final class ValueCore {
    private ValueCore() {}

    private static final String D = "[0-9\u09E6-\u09EF]";
    private static final Pattern VALUE = Pattern.compile(
            "(?<!" + D + ")(" + D + "{1,2}[/.\\-]" + D + "{1,2}[/.\\-](?:" + D + "{4}|" + D + "{2})|" + D + "+(?:\\." + D + "+)?\\s?%?)(?!" + D + ")");
    /** What may surround the value: marks and spaces, no digit and no letter. */
    private static final Pattern MARKS = Pattern.compile("^[\\s/\\\\.\\-\u2013\u2014%|,:;'\"`_~*+]*$");

    /** The value-shaped run of {@code text} when it is the only one among marks; empty when there is none or several. */
    public static Optional<String> of(String text) {
        if (text == null) return Optional.empty();
        Matcher m = VALUE.matcher(text);
        if (!m.find()) return Optional.empty();
        String value = m.group(1);
        int start = m.start(1), end = m.end(1);
        if (m.find()) return Optional.empty();
        String rest = text.substring(0, start) + " " + text.substring(end);
        if (!MARKS.matcher(rest).matches()) return Optional.empty();
        String core = value.strip();
        return core.equals(text.strip()) ? Optional.empty() : Optional.of(core);
    }
}
