package org.suchi.synth;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import org.suchi.model.Report;

/**
 * One generated document: the input file, its expected-JSON file, the expected report (in memory with {@code page}
 * filled in and {@code confidence} 1.0), the plan it was drawn from, the scan settings, and where the indicator and
 * target cells of each row landed on the clean page ({@link Box}, pixels of the written page before rotation).
 */
public record GeneratedDocument(
        String name,
        Path input,
        Path expected,
        Report report,
        String json,
        DocPlan plan,
        Generator.Format format,
        ScanSimulator.Params scan,
        String font,
        float fontSize,
        int pages,
        int splitRows,
        boolean flowPairs,
        List<Box> boxes) {

    /**
     * The text area of a table cell (inside its rules and padding): 0-based page of the document, the row's
     * indicator code (for a merged area/activity cell the first of its rows; null for the header), column
     * ({@code serial, area, area_weight, activity, indicator, unit, weight, targets.<level>, achievement, progress,
     * reported_score}, or {@code header}), pixel rectangle on the page before rotation, and whether this is the
     * continuation of a cell begun on the page before.
     */
    public record Box(int page, String indicator, String column, Rectangle rect, boolean continued) {}
}
