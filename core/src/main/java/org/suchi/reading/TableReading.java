package org.suchi.reading;

import java.util.List;
import org.suchi.layout.Grid;
import org.suchi.layout.TableColumns;

/**
 * A table read cell by cell.
 *
 * @param columns what each grid column holds (inherited from an earlier page when this page repeats no header)
 * @param header  the header cells that were read (empty when the page repeats no header)
 * @param body    the cells below the header, in the grid's row-major order
 * @param columnsFromShape true when the header's words did not name a report table and the columns were named from
 *                the table's shape instead (codes in the first body row, the target levels' spanning header cell;
 *                see {@link org.suchi.layout.HeaderAnalyzer}): a doubt the report shows
 */
public record TableReading(Grid grid, TableColumns columns, List<CellReading> header, List<CellReading> body,
                           boolean columnsFromShape) {
    public TableReading {
        header = List.copyOf(header);
        body = List.copyOf(body);
    }

    public TableReading(Grid grid, TableColumns columns, List<CellReading> header, List<CellReading> body) {
        this(grid, columns, header, body, false);
    }
}
