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
        List<Box> boxes) {

    /** A table cell of one indicator: 0-based page of the document, indicator code, column, pixel rectangle. */
    public record Box(int page, String indicator, String column, Rectangle rect) {}
}
