package org.suchi.ocr.glyph;

import java.util.Random;

/**
 * Random values as table value cells print them, in Bangla digits: weights, counts, percentages, dates in the
 * usual styles, decimals, dashes, and plain digit runs (so that every digit is seen often).
 */
final class ValueSampler {
    private ValueSampler() {}

    static String next(Random r) {
        int kind = r.nextInt(20);
        String ascii = switch (kind) {
            case 0, 1, 2 -> Integer.toString(1 + r.nextInt(r.nextBoolean() ? 9 : 100));
            case 3, 4 -> (r.nextInt(8) == 0 ? 100 : 5 * (1 + r.nextInt(19))) + "%";
            case 5 -> (1 + r.nextInt(100)) + "%";
            case 6, 7, 8, 9 -> date(r);
            case 10 -> r.nextInt(30) + "." + r.nextInt(r.nextBoolean() ? 10 : 100);
            case 11 -> r.nextBoolean() ? "-" : "--";
            default -> digits(r, 1 + r.nextInt(5));
        };
        return toBangla(ascii);
    }

    private static String date(Random r) {
        int d = 1 + r.nextInt(31), m = 1 + r.nextInt(12), y = 2015 + r.nextInt(15);
        return switch (r.nextInt(6)) {
            case 0 -> String.format("%02d/%02d/%d", d, m, y);
            case 1 -> String.format("%02d-%02d-%d", d, m, y);
            case 2 -> String.format("%02d/%02d/%02d", d, m, y % 100);
            case 3 -> String.format("%d-%d-%02d", d, m, y % 100);
            case 4 -> String.format("%02d.%02d.%d", d, m, y);
            default -> String.format("%d/%d/%d", d, m, y);
        };
    }

    private static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append((char) ('0' + r.nextInt(10)));
        return sb.toString();
    }

    /** ASCII digits to Bangla digits; other characters are kept. */
    static String toBangla(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) sb.append(c >= '0' && c <= '9' ? (char) ('\u09E6' + c - '0') : c);
        return sb.toString();
    }
}
