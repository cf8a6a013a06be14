package org.suchi.assemble;

import java.util.List;
import org.suchi.normalise.Codes;

/**
 * Codes follow the plan's numbering: indicator a.b.c lies in activity a.b of area a, and each
 * indicator code follows the previous one by one step (a.b.c+1, a.b+1.1 or a+1.1.1). A code that
 * OCR dropped or garbled is rebuilt from its neighbours where that leaves one answer; the repair is
 * recorded as a problem on the row, never silent.
 */
final class CodeSequence {
    private CodeSequence() {}

    static void repair(List<RowDraft> rows) {
        String prev = null;
        String prevSerial = null;
        for (RowDraft d : rows) {
            if (Codes.depth(d.activityCode) != 2) d.activityCode = null;
            if (Codes.depth(d.indicatorCode) != 3) {
                if (d.indicatorCode != null) d.problems.add("indicator code " + d.indicatorCode + " is not of the form a.b.c");
                d.indicatorCode = null;
            }
            String fromActivity = d.activityCode == null ? null : successorIn(prev, d.activityCode);
            if (d.indicatorCode == null) {
                if (fromActivity != null) {
                    d.indicatorCode = fromActivity;
                    d.problems.add("indicator code rebuilt as " + fromActivity + " from the activity code and the sequence");
                } else if (prev != null) {
                    d.indicatorCode = next(prev);
                    d.problems.add("indicator code guessed as " + d.indicatorCode + " from the sequence");
                }
            } else if (prev != null && !follows(prev, d.indicatorCode)) {
                if (fromActivity != null && follows(prev, fromActivity)) {
                    d.problems.add("indicator code read as " + d.indicatorCode + " does not follow " + prev
                            + "; taken as " + fromActivity + " from the activity code");
                    d.indicatorCode = fromActivity;
                } else {
                    d.problems.add("indicator code " + d.indicatorCode + " does not follow " + prev);
                }
            }
            if (d.activityCode == null && d.indicatorCode != null) d.activityCode = Codes.parent(d.indicatorCode);
            repairActivity(d);
            if (d.hasAreaColumn) repairArea(d);
            if (d.indicatorCode != null) prev = d.indicatorCode;
            if (!d.hasAreaColumn) {
                repairSerial(d, prevSerial);
                prevSerial = d.serial;
            }
        }
    }

    /**
     * An indicator code fixes its activity's: [২.১.১] lies in activity 2.1, never 12.1 or 9.1. An activity
     * code that disagrees (a misread digit, or an activity carried down from a row above) is replaced by
     * the indicator's parent, with a warning on {@code activity.code}.
     */
    static void repairActivity(RowDraft d) {
        if (d.indicatorCode == null || d.activityCode == null) return;
        String parent = Codes.parent(d.indicatorCode);
        if (parent == null || parent.equals(d.activityCode)) return;
        String msg = "activity code read as " + d.activityCode + " disagrees with indicator " + d.indicatorCode
                + "; taken as " + parent;
        d.problems.add(msg);
        d.doubts.merge("activity.code", msg, (a, b) -> a + "; " + b);
        d.activityCode = parent;
    }

    private static void doubtArea(RowDraft d, String msg) {
        d.doubts.merge("area.code", msg, (a, b) -> a + "; " + b);
    }

    /**
     * The area's code is the first number of its activity's and indicator's codes: the three are read
     * from different cells, so a code that disagrees with the other two is outvoted (and reported).
     */
    private static void repairArea(RowDraft d) {
        String fromActivity = d.activityCode == null ? null : Codes.parent(d.activityCode);
        String fromIndicator = d.indicatorCode == null ? null : Codes.parent(Codes.parent(d.indicatorCode));
        if (d.areaCode == null) {
            d.areaCode = fromActivity != null ? fromActivity : fromIndicator;
            if (d.areaCode != null) {
                d.problems.add("area code not read; taken as " + d.areaCode + " from the activity code");
                doubtArea(d, "area code not read; taken as " + d.areaCode + " from the activity code");
            }
            return;
        }
        if (fromActivity != null && fromActivity.equals(fromIndicator) && !fromActivity.equals(d.areaCode)) {
            String msg = "area code read as " + d.areaCode + " disagrees with activity " + d.activityCode
                    + " and indicator " + d.indicatorCode + "; taken as " + fromActivity;
            d.problems.add(msg);
            doubtArea(d, msg);
            d.areaCode = fromActivity;
        } else if (fromIndicator != null && !fromIndicator.equals(d.areaCode)) {
            // the indicator's code fixes its area's; the activity code was repaired to agree with it
            String msg = "area code read as " + d.areaCode + " disagrees with indicator " + d.indicatorCode
                    + "; taken as " + fromIndicator;
            d.problems.add(msg);
            doubtArea(d, msg);
            d.areaCode = fromIndicator;
        }
    }

    /**
     * In forms without an area column the ক্রম number is the activity's first number (০১ ↔ [১.১]) and
     * counts up by one; a serial that disagrees with both is replaced by the activity's, with a problem.
     */
    private static void repairSerial(RowDraft d, String prevSerial) {
        String major = d.activityCode == null ? null : d.activityCode.substring(0, d.activityCode.indexOf('.'));
        if (major == null || major.equals(d.serial)) return;
        if (d.serial == null) {
            d.serial = major;
            d.problems.add("serial number not read; taken as " + major + " from the activity code");
            doubtArea(d, "serial number not read; taken as " + major + " from the activity code");
            return;
        }
        boolean serialFits = fitsAfter(prevSerial, d.serial), majorFits = fitsAfter(prevSerial, major);
        if (!d.serial.matches("\\d+") || (majorFits && !serialFits)) {
            d.problems.add("serial number read as " + d.serial + "; taken as " + major + " from the activity code");
            doubtArea(d, "serial number read as " + d.serial + "; taken as " + major + " from the activity code");
            d.serial = major;
        } else {
            d.problems.add("serial number " + d.serial + " disagrees with activity code " + d.activityCode);
            doubtArea(d, "serial number " + d.serial + " disagrees with activity code " + d.activityCode);
        }
    }

    private static boolean fitsAfter(String prev, String serial) {
        if (serial == null || !serial.matches("\\d+")) return false;
        if (prev == null || !prev.matches("\\d+")) return true;
        int p = Integer.parseInt(prev), s = Integer.parseInt(serial);
        return s == p || s == p + 1;
    }

    /** The code that comes after {@code prev} inside {@code activity}: a.b.(c+1) when prev is in it, else a.b.1. */
    private static String successorIn(String prev, String activity) {
        if (prev != null && activity.equals(Codes.parent(prev))) return activity + "." + (last(prev) + 1);
        return activity + ".1";
    }

    static boolean follows(String prev, String code) {
        int[] p = parts(prev), c = parts(code);
        if (p == null || c == null) return false;
        return (c[0] == p[0] && c[1] == p[1] && c[2] == p[2] + 1)
                || (c[0] == p[0] && c[1] == p[1] + 1 && c[2] == 1)
                || (c[0] == p[0] + 1 && c[1] == 1 && c[2] == 1);
    }

    private static String next(String prev) {
        int[] p = parts(prev);
        return p[0] + "." + p[1] + "." + (p[2] + 1);
    }

    private static int last(String code) {
        return Integer.parseInt(code.substring(code.lastIndexOf('.') + 1));
    }

    private static int[] parts(String code) {
        if (code == null) return null;
        String[] s = code.split("\\.");
        if (s.length != 3) return null;
        try {
            return new int[] {Integer.parseInt(s[0]), Integer.parseInt(s[1]), Integer.parseInt(s[2])};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
