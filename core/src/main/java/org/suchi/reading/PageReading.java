package org.suchi.reading;

import java.util.List;
import org.suchi.image.PageGeometry;

/**
 * Everything read on one page.
 *
 * @param tables    the report tables, top to bottom
 * @param freeText  the text outside the tables: the whole page when it has no table (a cover letter),
 *                  else the title block above the first table
 * @param template  the columns to read the next page with (the last header read here, else the
 *                  one this page was read with); null when no report header was seen yet
 * @param geometry  how the coordinates of this reading (cell and line boxes) map back to the original
 *                  page image; upright {@code width x height} when not given
 * @param textLayer true when the page was read from a PDF's text layer (glyph positions), false for OCR
 */
public record PageReading(int page, int width, int height, List<TableReading> tables, OcrText freeText,
                          ColumnTemplate template, PageGeometry geometry, boolean textLayer) {
    public PageReading {
        tables = List.copyOf(tables);
        if (geometry == null) geometry = PageGeometry.upright(Math.max(1, width), Math.max(1, height));
    }

    public PageReading(int page, int width, int height, List<TableReading> tables, OcrText freeText,
                       ColumnTemplate template) {
        this(page, width, height, tables, freeText, template, null, false);
    }

    public PageReading(int page, int width, int height, List<TableReading> tables, OcrText freeText) {
        this(page, width, height, tables, freeText, null);
    }
}
