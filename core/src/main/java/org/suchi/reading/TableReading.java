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
 */
public record TableReading(Grid grid, TableColumns columns, List<CellReading> header, List<CellReading> body) {
    public TableReading {
        header = List.copyOf(header);
        body = List.copyOf(body);
    }
}
