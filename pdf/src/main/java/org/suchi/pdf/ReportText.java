package org.suchi.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.suchi.image.PageGeometry;
import org.suchi.image.Rect;
import org.suchi.model.Evidence;
import org.suchi.model.Report;
import org.suchi.model.Row;

/**
 * The report's own wording for the text cells whose value the extraction settled from the plan's catalogue
 * (evidence {@code how = catalogue}: what was read was alike enough to one of the plan's areas, activities or
 * indicators, and the report gives the plan's wording). Such a cell's line in the text layer then says what the
 * report says, the code as read in front, so that a search for an indicator finds the page the report points
 * to, and a copy gives the wording the report holds. Only a cell the evidence box covers whole, and whose
 * evidences on that page all give one wording, is changed; every other line stays as read. Pure.
 */
final class ReportText {
    /** The share of a cell's box an evidence box must cover to stand for the whole cell (a stacked cell's lines do not). */
    static final double COVER = 0.8;
    private static final Pattern CODE = Pattern.compile("^\\s*(\\[?[০-৯0-9]+(?:[.\\-][০-৯0-9]+)*\\]?)\\s+");

    private ReportText() {}

    record Settled(Rect box, String text) {}

    /** The text fields of {@code report} settled from the catalogue on {@code page}, their boxes on the read page. */
    static List<Settled> settled(Report report, int page, PageGeometry geometry) {
        List<Settled> out = new ArrayList<>();
        if (report == null || geometry == null) return out;
        for (Row row : report.rows()) {
            add(out, row.evidence().get("area.text"), row.area() == null ? null : row.area().text(), page, geometry);
            add(out, row.evidence().get("activity.text"), row.activity() == null ? null : row.activity().text(), page, geometry);
            add(out, row.evidence().get("indicator.text"), row.indicator() == null ? null : row.indicator().text(), page, geometry);
        }
        return out;
    }

    private static void add(List<Settled> out, Evidence e, String text, int page, PageGeometry g) {
        if (e == null || text == null || text.isBlank() || e.page() != page || e.box() == null || e.box().size() != 4) return;
        if (!Evidence.CATALOGUE.equals(e.how())) return;
        out.add(new Settled(g.fromSource(e.box()), text.strip()));
    }

    /** {@code lines} with each cell line a settled value covers given that value's wording. */
    static List<TextLine> apply(List<TextLine> lines, List<Settled> settled) {
        if (settled.isEmpty()) return lines;
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            String text = l.cell() == null ? null : wording(l.cell(), settled);
            if (text == null) {
                out.add(l);
                continue;
            }
            String read = String.join(" ", l.words().stream().map(TextLine.Word::text).toList());
            Matcher m = CODE.matcher(read + " ");
            String full = m.find() ? m.group(1) + " " + text : text;
            List<String> words = CellLines.words(full);
            out.add(new TextLine(CellLines.spread(words, l.left(), l.right(), l.top(), l.baseline()), l.baseline(), l.top(),
                    l.column(), l.cell()));
        }
        return out;
    }

    /** The one wording the settled values covering {@code cell} give, or null (none, or several that differ). */
    static String wording(Rect cell, List<Settled> settled) {
        String found = null;
        for (Settled s : settled) {
            if (covered(cell, s.box()) < COVER) continue;
            if (found != null && !found.equals(s.text())) return null;
            found = s.text();
        }
        return found;
    }

    /** The share of {@code cell}'s area inside {@code box}. */
    static double covered(Rect cell, Rect box) {
        double w = Math.min(cell.right(), box.right()) - Math.max(cell.x(), box.x());
        double h = Math.min(cell.bottom(), box.bottom()) - Math.max(cell.y(), box.y());
        if (w <= 0 || h <= 0 || cell.area() <= 0) return 0;
        return w * h / cell.area();
    }
}
