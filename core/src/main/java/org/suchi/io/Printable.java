package org.suchi.io;

/** Text made safe for one line of output: a newline, tab or other control character in a file name is escaped. */
public final class Printable {
    private Printable() {}

    /** {@code o}'s text with {@code \n}, {@code \r}, {@code \t} escaped and other control characters as {@code \\u} and four hex digits. */
    public static String of(Object o) {
        String s = String.valueOf(o);
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (rep != null && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) sb.append(rep != null ? rep : String.valueOf(c));
        }
        return sb == null ? s : sb.toString();
    }
}
