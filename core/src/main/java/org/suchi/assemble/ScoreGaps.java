package org.suchi.assemble;

import java.util.List;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/**
 * A report that prints scores prints one for every indicator with an achievement (the office scores what it
 * achieved). A row with an achievement but no score, in a table where other rows have one, is a score cell that did
 * not read (small type taken for an empty cell): a warning on its score; the value stays null.
 */
final class ScoreGaps {
    private ScoreGaps() {}

    static void flag(List<Row> rows, List<Warning> warnings) {
        if (rows.stream().noneMatch(r -> r.reportedScore() != null)) return;
        for (Row r : rows) {
            String code = r.indicator().code();
            if (code == null || r.achievement() == null || r.reportedScore() != null) continue;
            if (warnings.stream().anyMatch(w -> code.equals(w.indicator()) && "reported_score".equals(w.field()))) continue;
            warnings.add(new Warning(r.page(), code, "reported_score", "no score read for an indicator with an achievement ("
                    + r.achievement() + ") in a table whose other rows have scores: the score may be lost"));
        }
    }
}
