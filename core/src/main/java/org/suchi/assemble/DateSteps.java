package org.suchi.assemble;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.suchi.model.Level;
import org.suchi.model.Warning;
import org.suchi.normalise.BanglaText;

/**
 * The date targets of an indicator step evenly from level to level (অসাধারণ ২০/০৩, অতি উত্তম ২৭/০৩, উত্তম ০৩/০৪ …: 7
 * days a level; every date row of the corpus with three dates or more steps evenly). When at least three of a row's
 * date targets agree on one step, the step speaks for the others:
 * <ul>
 *   <li>a single date whose year is off the step (২০২৩ read for ২০২৪) is taken as the step's date; one whose day or
 *       month is off is only a doubt (plans do not always step evenly: a seed's last date falls on the 15th);</li>
 *   <li>a level whose cell shows most of a date (four digits or more) that did not read as one, or a level with no
 *       date between two that have one, is given the step's date.</li>
 * </ul>
 * Each such value is a warning on its target that says what was read and what was inferred; a level whose cell is
 * empty or a dash after the last date stays without a target (plans leave the lowest levels of a date row empty).
 */
final class DateSteps {
    private DateSteps() {}

    static void repair(Map<String, Object> targets, List<Level> levels, Map<Level, String> raw, String code, int page,
                       List<Warning> w) {
        int n = levels.size();
        LocalDate[] d = new LocalDate[n];
        int known = 0;
        for (int i = 0; i < n; i++) {
            if (targets.get(levels.get(i).key()) instanceof String s) {
                try {
                    d[i] = LocalDate.parse(s);
                    known++;
                } catch (java.time.format.DateTimeParseException e) {
                    d[i] = null;
                }
            }
        }
        if (known < 3) return;
        // the step most dates agree on: an anchor date and a whole number of days a level
        int bestAgree = 0, anchor = -1;
        long step = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (d[i] == null || d[j] == null) continue;
                long days = ChronoUnit.DAYS.between(d[i], d[j]);
                if (days <= 0 || days % (j - i) != 0) continue;
                long s = days / (j - i);
                int agree = 0;
                for (int k = 0; k < n; k++) if (d[k] != null && d[k].equals(d[i].plusDays(s * (k - i)))) agree++;
                if (agree > bestAgree) {
                    bestAgree = agree;
                    anchor = i;
                    step = s;
                }
            }
        }
        if (bestAgree < 3 || known - bestAgree > 1) return;
        int first = -1, last = -1;
        for (int k = 0; k < n; k++) {
            if (d[k] != null && d[k].equals(d[anchor].plusDays(step * (k - anchor)))) {
                if (first < 0) first = k;
                last = k;
            }
        }
        for (int k = 0; k < n; k++) {
            LocalDate want = d[anchor].plusDays(step * (k - anchor));
            Level l = levels.get(k);
            String field = "targets." + l.key();
            String cell = raw.get(l) == null ? "" : raw.get(l).strip();
            if (d[k] != null) {
                if (d[k].equals(want)) continue;
                if (d[k].getDayOfMonth() != want.getDayOfMonth() || d[k].getMonth() != want.getMonth()) {
                    // plans do not always step evenly (a last date on the 15th): a doubt, the date kept as read
                    w.add(new Warning(page, code, field, "read as " + d[k] + ", off the step of " + step + " days a level that "
                            + bestAgree + " other targets keep (" + want + "): check it"));
                    continue;
                }
                w.add(new Warning(page, code, field, "read as " + d[k] + ": the year is off the step of " + step
                        + " days a level that " + bestAgree + " other targets keep; taken as " + want));
            } else {
                boolean inside = k > first && k < last;
                // a date that did not read still shows most of its digits; a dash with stroke remnants ("-/", "//") shows none
                boolean unread = BanglaText.toAsciiDigits(cell).replaceAll("\\D", "").length() >= 4;
                if (!inside && !unread) continue;
                w.add(new Warning(page, code, field, (cell.isEmpty() ? "no date read" : "no date read from \"" + cell + "\"")
                        + "; the other targets step by " + step + " days a level: taken as " + want + " (inferred)"));
            }
            targets.put(l.key(), want.toString());
        }
    }
}
