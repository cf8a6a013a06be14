package org.suchi.assemble;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.suchi.model.Level;
import org.suchi.model.Warning;

/**
 * The date targets of an indicator often step evenly from level to level (অসাধারণ ২০/০৩, অতি উত্তম ২৭/০৩, উত্তম ০৩/০৪
 * …: 7 days a level). When at least three of a row's date targets agree on one step:
 * <ul>
 *   <li>a date whose day and month keep the step but whose year does not (২০২৩ read for ২০২৪) is taken with the
 *       step's year;</li>
 *   <li>a level with no date between two levels on the step (a cell whose date did not read, or read as nothing) is
 *       given the step's date, marked inferred.</li>
 * </ul>
 * Each is a warning on its target. Real plans leave the step at the ends (the seeds' last date is 15 June where the
 * step gives the 13th; a first date on the 25th before 7-day steps from the 1st), so a date off the step by days is
 * kept as read without a doubt, and a missing first or last date is not inferred.
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
                // a year off the step where day and month keep it: a misread year (২০২৩ for ২০২৪). A day or month off
                // is kept as read: real plans do not always step evenly (a seed's last date falls on the 15th)
                if (d[k].equals(want) || d[k].getDayOfMonth() != want.getDayOfMonth() || d[k].getMonth() != want.getMonth()) continue;
                w.add(new Warning(page, code, field, "read as " + d[k] + ": the year is off the step of " + step
                        + " days a level that " + bestAgree + " other targets keep; taken as " + want));
            } else {
                // only between two dates on the step: at the ends real plans leave the step (the seeds' 15 June)
                if (k <= first || k >= last) continue;
                w.add(new Warning(page, code, field, (cell.isEmpty() ? "no date read" : "no date read from \"" + cell + "\"")
                        + "; the targets around it step by " + step + " days a level: taken as " + want + " (inferred)"));
            }
            targets.put(l.key(), want.toString());
        }
    }
}
