package org.suchi.reading;

import java.util.List;

/**
 * Everything read on one page.
 *
 * @param tables   the report tables, top to bottom
 * @param freeText the text outside the tables: the whole page when it has no table (a cover letter),
 *                 else the title block above the first table
 * @param template the columns to read the next page with (the last header read here, else the
 *                 one this page was read with); null when no report header was seen yet
 */
public record PageReading(int page, int width, int height, List<TableReading> tables, OcrText freeText,
                          ColumnTemplate template) {
    public PageReading {
        tables = List.copyOf(tables);
    }

    public PageReading(int page, int width, int height, List<TableReading> tables, OcrText freeText) {
        this(page, width, height, tables, freeText, null);
    }
}
