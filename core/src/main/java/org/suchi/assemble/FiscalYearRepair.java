package org.suchi.assemble;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.suchi.normalise.BanglaText;
import org.suchi.normalise.FiscalYear;
import org.suchi.normalise.Parsed;

/**
 * A target date lies in the plan's fiscal year. When OCR garbles one digit of the year (২০১৪ or ৯০২৫
 * for ২০২৪/২০২৫), day and month still fix which year of the fiscal year it must be (July–December the
 * first, January–June the second); the date is repaired only when the printed year differs from that
 * year in a single digit, and the repair is always reported.
 */
final class FiscalYearRepair {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\D+(\\d{1,2})\\D+(\\d{4}|\\d{2})(?!\\d)");

    private FiscalYearRepair() {}

    static Parsed<LocalDate> repair(Parsed<LocalDate> p, String raw, FiscalYear fy) {
        if (fy == null) return p;
        if (p.present() && fy.contains(p.value())) return p;
        Matcher m = DMY.matcher(BanglaText.toAsciiDigits(BanglaText.normalize(raw)));
        if (!m.find()) return p;
        int day = Integer.parseInt(m.group(1)), month = Integer.parseInt(m.group(2));
        String year = m.group(3);
        int expected = month >= 7 ? fy.startYear() : fy.startYear() + 1;
        String exp = year.length() == 2 ? String.format("%02d", expected % 100) : Integer.toString(expected);
        if (exp.equals(year) || differingDigits(exp, year) != 1) return p;
        try {
            LocalDate d = LocalDate.of(expected, month, day);
            return Parsed.doubtful(d, "year read as " + year + "; taken as " + expected
                    + " (the only year of fiscal year " + fy.label() + " for that month)", raw);
        } catch (DateTimeException e) {
            return p;
        }
    }

    private static int differingDigits(String a, String b) {
        if (a.length() != b.length()) return Integer.MAX_VALUE;
        int n = 0;
        for (int i = 0; i < a.length(); i++) if (a.charAt(i) != b.charAt(i)) n++;
        return n;
    }
}
