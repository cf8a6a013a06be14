package org.suchi.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.suchi.model.Level;
import org.suchi.normalise.BanglaText;

/**
 * The column-number row (১ ২ ৩ … ১৪) printed under a header, when it is read as the values of an
 * indicator (a continuation page whose header repeats, a row cut by the break): weight, targets,
 * achievement and score that count up by one, left to right, are column numbers, not data. A real row
 * cannot do that: targets fall (or, for dates, are dates), so three or more consecutive cells counting
 * up by one are taken out, each with a warning on its field.
 */
final class ColumnNumberRun {
    private ColumnNumberRun() {}

    /** The shortest run of cells counting up by one that is taken for column numbers. */
    static final int MIN_RUN = 3;

    /**
     * Finds the run in the draft's value cells (weight, targets in level order, achievement, score), sets
     * those raw texts to null and returns the warnings' messages by field; empty when there is no run.
     */
    static Map<String, String> remove(RowDraft d, List<Level> levels) {
        List<String> fields = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        fields.add("weight");
        raws.add(d.weight);
        for (Level l : levels) {
            fields.add("targets." + l.key());
            raws.add(d.targets.get(l));
        }
        if (d.hasAchievementColumn) {
            fields.add("achievement");
            raws.add(d.achievement);
        }
        fields.add("reported_score");
        raws.add(d.score);
        Integer[] v = new Integer[raws.size()];
        for (int i = 0; i < v.length; i++) v[i] = smallInt(raws.get(i));
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (v[i] != null && j + 1 < v.length && v[j + 1] != null && v[j + 1] == v[j] + 1) j++;
            if (j - i + 1 >= MIN_RUN) {
                String run = v[i] + ".." + v[j];
                for (int k = i; k <= j; k++) {
                    out.put(fields.get(k), "read as " + v[k] + ", one of the column numbers " + run
                            + " counting up across the row: the column-number row, not a value; left empty");
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        if (out.isEmpty()) return out;
        for (String f : out.keySet()) {
            if (f.equals("weight")) d.weight = null;
            else if (f.equals("achievement")) d.achievement = null;
            else if (f.equals("reported_score")) d.score = null;
            else for (Level l : levels) if (f.equals("targets." + l.key())) d.targets.put(l, null);
        }
        return out;
    }

    /** The cell as a whole number of one or two digits (Bangla or ASCII), else null. */
    static Integer smallInt(String raw) {
        if (raw == null) return null;
        String a = BanglaText.toAsciiDigits(raw).strip();
        return a.matches("\\d{1,2}") ? Integer.valueOf(a) : null;
    }
}
