package org.suchi.ocr;

import java.util.List;

/**
 * Everything read on one page.
 *
 * @param tables   the report tables, top to bottom
 * @param freeText the text outside the tables: the whole page when it has no table (a cover letter),
 *                 else the title block above the first table
 */
public record PageReading(int page, int width, int height, List<TableReading> tables, OcrText freeText) {
    public PageReading {
        tables = List.copyOf(tables);
    }
}
