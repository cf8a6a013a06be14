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

    private static boolean unread(String raw) {
        return raw == null || raw.isBlank();
    }
}
