package org.suchi.assemble;

import java.util.List;
import org.suchi.model.Level;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/**
 * Indicators stacked in one table row share their value cells, and their values are handed out by position. When
 * a value lands on the wrong indicator it fails to parse there (a date under a count) and its own indicator is left
 * with nothing. The failure already carries a warning; the empty field of the neighbour must too, or a missing value
 * would go unflagged. Adds that warning; changes no value.
 */
final class StackedShift {
    private StackedShift() {}

    /**
     * @param drafts the rows as read, in table order
     * @param rows   the same rows normalised (same order and size)
     */
    static void flag(List<RowDraft> drafts, List<Row> rows, List<Level> levels, List<Warning> warnings) {
        if (levels == null) return;
        for (int i = 0; i < drafts.size(); i++) {
            RowDraft a = drafts.get(i);
            if (!a.stacked) continue;
            for (int j = Math.max(0, i - 3); j < Math.min(drafts.size(), i + 4); j++) {
                RowDraft b = drafts.get(j);
                if (j == i || !b.stacked || b.page != a.page) continue;
                for (Level l : levels) {
                    String raw = a.targets.get(l);
                    // A's value parsed (a value from a second reading, its first reading not, may still be B's)
                    ReadingChoice.Choice second = a.chosen.get("targets." + l.key());
                    boolean firstParsed = second == null || !second.changed() || second.firstClean();
                    if (unread(raw) || (rows.get(i).targets().get(l.key()) != null && firstParsed)) continue;
                    if (!unread(b.targets.get(l)) || rows.get(j).targets().get(l.key()) != null) continue;
                    String code = rows.get(i).indicator() == null ? null : rows.get(i).indicator().code();
                    String field = "targets." + l.key();
                    warnings.add(new Warning(b.page, rows.get(j).indicator() == null ? null : rows.get(j).indicator().code(),
                            field, "no value read for this indicator; the stacked row's \"" + raw.strip()
                                    + "\" was given to " + (code == null ? "its neighbour" : "[" + code + "]")
                                    + ", where it does not fit: it may be this one's"));
                }
            }
        }
    }

    /**
     * Indicators stacked in one cell that showed fewer codes than values: the codes that did read are handed to the
     * first indicators of the stack, so a value may belong to a neighbour. Every value of those rows carries that doubt.
     */
    static void codesShort(List<RowDraft> drafts, List<Row> rows, List<Warning> warnings) {
        for (int i = 0; i < drafts.size(); i++) {
            if (!drafts.get(i).codesShort) continue;
            Row r = rows.get(i);
            String code = r.indicator() == null ? null : r.indicator().code();
            java.util.List<String> fields = new java.util.ArrayList<>();
            if (r.unit() != null) fields.add("unit");
            if (r.weight() != null) fields.add("weight");
            r.targets().forEach((k, v) -> { if (v != null) fields.add("targets." + k); });
            if (r.achievement() != null) fields.add("achievement");
            if (r.reportedScore() != null) fields.add("reported_score");
            for (String f : fields) {
                warnings.add(new Warning(drafts.get(i).page, code, f, "the indicator cell stacks more indicators than it "
                        + "shows codes: which of them this value belongs to is a guess"));
            }
        }
    }

    /**
     * Indicators stacked in one table row whose value cell held fewer values than indicators: the values were handed
     * out by their height in the cell, which is a guess (a single score may be printed at the top of the cell for the
     * second indicator). That field of every indicator of the stack, with a value or without, carries the doubt; a
     * progress text split that way also puts the achievement read from it in doubt when the table has no achievement
     * column.
     */
    static void byPosition(List<RowDraft> drafts, List<Row> rows, List<Warning> warnings) {
        java.util.Map<Integer, java.util.Set<String>> guessed = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> size = new java.util.HashMap<>();
        for (RowDraft d : drafts) {
            size.merge(d.stack, 1, Integer::sum);
            guessed.computeIfAbsent(d.stack, x -> new java.util.LinkedHashSet<>()).addAll(d.byPosition);
        }
        for (int i = 0; i < drafts.size(); i++) {
            RowDraft d = drafts.get(i);
            if (size.get(d.stack) < 2) continue;
            String code = rows.get(i).indicator() == null ? null : rows.get(i).indicator().code();
            for (String f : guessed.get(d.stack)) {
                String field = f.equals("progress") ? d.hasAchievementColumn ? null : "achievement" : f;
                if (field == null) continue;
                warnings.add(new Warning(d.page, code, field, "the stacked indicators' " + f.replace('_', ' ')
                        + " cell holds fewer values than indicators: which indicator "
                        + (f.equals("progress") ? "each part of the progress text (and the achievement read from it)" : "its value")
                        + " belongs to is a guess by height"));
            }
        }
    }

    private static boolean unread(String raw) {
        return raw == null || raw.isBlank();
    }
}
