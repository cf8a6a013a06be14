package org.suchi.layout;

import java.util.ArrayList;
import java.util.List;
import org.suchi.model.Level;

/**
 * What each grid column of a table holds.
 *
 * @param roles      one role per grid column
 * @param levels     for each grid column, its target level, or null for columns that are not levels
 * @param headerRows how many grid rows at the top of the table are header (0 on a continuation page without header)
 */
public record TableColumns(List<ColumnRole> roles, List<Level> levels, int headerRows) {
    public TableColumns {
        roles = List.copyOf(roles);
        levels = java.util.Collections.unmodifiableList(new ArrayList<>(levels));
        if (roles.size() != levels.size()) throw new IllegalArgumentException("roles and levels differ in length");
    }

    /** The first column with {@code role}, or -1. */
    public int find(ColumnRole role) {
        return roles.indexOf(role);
    }

    /** The level set of the table, left to right. */
    public List<Level> levelSet() {
        List<Level> out = new ArrayList<>();
        for (Level l : levels) if (l != null) out.add(l);
        return out;
    }

    /** The same roles for a continuation page whose table has no header. */
    public TableColumns withoutHeader() {
        return new TableColumns(roles, levels, 0);
    }

    /** True when this looks like a report table: it has an indicator column and target levels. */
    public boolean isReportTable() {
        return find(ColumnRole.INDICATOR) >= 0 && !levelSet().isEmpty();
    }
}
