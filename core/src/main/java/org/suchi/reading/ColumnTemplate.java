package org.suchi.reading;

import java.util.ArrayList;
import java.util.List;
import org.suchi.layout.ColumnRole;
import org.suchi.layout.Grid;
import org.suchi.layout.TableColumns;
import org.suchi.model.Level;

/**
 * The columns of the last table header seen, with their positions, so that a continuation page
 * without a header can be read with the same roles.
 *
 * @param header what the header looked like, to recognise it repeated on the next page; may be null
 */
public record ColumnTemplate(TableColumns columns, Grid grid, HeaderPrint header) {

    public ColumnTemplate(TableColumns columns, Grid grid) {
        this(columns, grid, null);
    }

    /**
     * Roles for {@code other} (a table without header): each of its columns takes the role of the
     * template column its centre falls in, positions measured relative to the table's width.
     */
    public TableColumns mapTo(Grid other) {
        List<Integer> ref = grid.colLines(), cur = other.colLines();
        double refX0 = ref.get(0), refW = ref.get(ref.size() - 1) - refX0;
        double curX0 = cur.get(0), curW = cur.get(cur.size() - 1) - curX0;
        List<ColumnRole> roles = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        for (int c = 0; c + 1 < cur.size(); c++) {
            double mid = ((cur.get(c) + cur.get(c + 1)) / 2.0 - curX0) / curW;
            int best = -1;
            for (int k = 0; k + 1 < ref.size(); k++) {
                double a = (ref.get(k) - refX0) / refW, b = (ref.get(k + 1) - refX0) / refW;
                if (mid >= a && mid < b) { best = k; break; }
            }
            if (best < 0) best = mid < 0.5 ? 0 : ref.size() - 2;
            roles.add(columns.roles().get(best));
            levels.add(columns.levels().get(best));
        }
        return new TableColumns(roles, levels, 0);
    }
}
