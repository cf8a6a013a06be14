package org.suchi.assemble;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.suchi.image.Rect;
import org.suchi.model.Evidence;
import org.suchi.model.Level;
import org.suchi.model.Row;
import org.suchi.model.Warning;
import org.suchi.normalise.BanglaText;
import org.suchi.normalise.Codes;
import org.suchi.normalise.Parsed;
import org.suchi.normalise.Units;

/**
 * The evidence of a row (report/1 "Evidence"): for every non-null value, the page and box it was read
 * from, the text as read, a confidence and how the value came about.
 *
 * <ul>
 *   <li>The box: on a page read from its text layer, the glyphs' lines; on a scan, the cell (the cells of
 *       the row in that column), or only the lines taken when a cell stacks several indicators' values.
 *       A value read over a page break points to its first page.</li>
 *   <li>The confidence: the mean of the readers' confidences for the pieces (1 for a text layer), halved
 *       when a warning names the field of that row.</li>
 *   <li>{@code catalogue}: the text (or unit) is the plan's wording, not what was read; its confidence is
 *       how alike the two are. {@code derived}: the value was computed from other fields (a code rebuilt
 *       from the sequence or taken from its parent's, an achievement stated in the progress text, a unit
 *       inferred from the targets, an area weight summed) and points to what it was computed from.</li>
 * </ul>
 * Pure: reads the draft, the row as normalised and the row as finally checked; changes no value.
 */
final class RowEvidence {
    /** Factor on the confidence of a value that a warning names. */
    static final double WARNED = 0.5;

    private RowEvidence() {}

    /**
     * @param d          the draft the row was made from (its pieces and the codes as read)
     * @param normalised the row as {@link RowNormaliser} made it (before the weight and catalogue checks)
     * @param row        the final row
     * @param warnings   every warning of the document so far
     */
    static Map<String, Evidence> of(RowDraft d, Row normalised, Row row, List<Level> levels, List<Warning> warnings) {
        Set<String> warned = new HashSet<>();
        for (Warning w : warnings) {
            if (w.field() != null && Objects.equals(w.page(), row.page()) && Objects.equals(w.indicator(), row.indicator().code())) {
                warned.add(w.field());
            }
        }
        Builder b = new Builder(d, row, warned);
        Map<String, Evidence> out = new LinkedHashMap<>();
        // area
        List<Piece> areaCell = d.hasAreaColumn ? d.sources.get("area") : d.sources.get("serial");
        String areaRead = d.hasAreaColumn ? d.readAreaCode : d.readSerial;
        b.code(out, "area.code", row.area().code(), areaRead, areaCell, "activity.code");
        b.text(out, "area.text", row.area().text(), normalised.area().text(), d.sources.get("area"));
        if (row.area().weight() != null) {
            List<Piece> p = d.sources.get("area.weight");
            boolean read = p != null && Objects.equals(normalised.area().weight(), row.area().weight());
            if (read) b.put(out, "area.weight", p, null);
            else b.derived(out, "area.weight", p != null ? p : d.sources.get("weight"));
        }
        // activity and indicator
        b.code(out, "activity.code", row.activity().code(), d.readActivityCode, d.sources.get("activity"), "indicator.code");
        b.text(out, "activity.text", row.activity().text(), normalised.activity().text(), d.sources.get("activity"));
        b.code(out, "indicator.code", row.indicator().code(), d.readIndicatorCode, d.sources.get("indicator"), null);
        b.text(out, "indicator.text", row.indicator().text(), normalised.indicator().text(), d.sources.get("indicator"));
        // unit
        if (row.unit() != null) {
            List<Piece> p = d.sources.get("unit");
            if (normalised.unit() == null) {
                b.catalogue(out, "unit", p != null ? p : d.sources.get("indicator"), 1.0);
            } else if (p != null && readsAs(joinText(p), row.unit())) {
                b.put(out, "unit", p, null);
            } else {
                b.derived(out, "unit", p != null ? p : targets(d, levels));
            }
        }
        if (row.weight() != null) b.put(out, "weight", d.sources.get("weight"), null);
        for (Level l : levels) {
            String key = "targets." + l.key();
            if (row.targets().get(l.key()) != null) b.put(out, key, d.sources.get(key), null);
        }
        if (row.achievement() != null) {
            if (d.hasAchievementColumn) b.put(out, "achievement", d.sources.get("achievement"), null);
            else b.derived(out, "achievement", d.sources.get("progress"));
        }
        if (row.progress() != null) {
            List<Piece> p = d.sources.get("progress");
            b.put(out, "progress", p != null ? p : d.sources.get("achievement"), null);
        }
        if (row.reportedScore() != null) b.put(out, "reported_score", d.sources.get("reported_score"), null);
        return out;
    }

    /** Whether a unit cell's text gives {@code unit} (the % sign read as a digit counts: the normaliser takes it so). */
    private static boolean readsAs(String raw, String unit) {
        if (Row.UNIT_PERCENT.equals(unit) && raw.strip().matches("^[0-9০-৯%]{1,3}$")) return true;
        Parsed<String> u = Units.parse(raw);
        return u.present() && unit.equals(u.value());
    }

    private static List<Piece> targets(RowDraft d, List<Level> levels) {
        List<Piece> out = new ArrayList<>();
        for (Level l : levels) {
            List<Piece> p = d.sources.get("targets." + l.key());
            if (p != null) out.addAll(p);
        }
        return out.isEmpty() ? null : out;
    }

    static String joinText(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(p.text());
        }
        return sb.toString();
    }

    /** The code at the start of a line as printed ("[১.১.১]"), or the line when no code stands there. */
    static String codeToken(String line) {
        String t = BanglaText.normalize(line == null ? "" : line);
        Codes.Coded c = Codes.split(line);
        if (c.code() == null || c.text().isEmpty() || !t.endsWith(c.text())) return t.strip();
        return t.substring(0, t.length() - c.text().length()).strip();
    }

    private static final class Builder {
        private final RowDraft d;
        private final Row row;
        private final Set<String> warned;

        Builder(RowDraft d, Row row, Set<String> warned) {
            this.d = d;
            this.row = row;
            this.warned = warned;
        }

        /** A code: read from its cell's code line; derived (pointing at {@code from}'s evidence) when repaired or taken from elsewhere. */
        void code(Map<String, Evidence> out, String field, String value, String read, List<Piece> cell, String from) {
            if (value == null) return;
            List<Piece> line = codeLine(cell);
            if (line != null && value.equals(read)) {
                Evidence e = make(line, codeToken(line.get(0).text()), field, null);
                if (e != null) {
                    out.put(field, e);
                    return;
                }
            }
            // repaired, guessed or taken from the parent's code: the place where it should have stood
            List<Piece> where = line != null ? line : cell;
            Evidence e = where == null ? null : make(where, line != null ? codeToken(line.get(0).text()) : joinText(where),
                    field, Evidence.DERIVED);
            if (e == null && from != null && out.containsKey(from)) {
                Evidence f = out.get(from);
                e = new Evidence(f.page(), f.box(), f.text(), lowered(f.confidence(), field), Evidence.DERIVED);
            }
            if (e == null) e = rowBand(field);
            if (e != null) out.put(field, e);
        }

        /** A text: as read, or the catalogue's wording when that replaced it. */
        void text(Map<String, Evidence> out, String field, String value, String normalised, List<Piece> pieces) {
            if (value == null) return;
            if (pieces == null || pieces.isEmpty()) {
                Evidence e = rowBand(field);
                if (e != null) out.put(field, e);
                return;
            }
            if (!value.equals(normalised)) {
                double sim = normalised == null ? 0 : CatalogueCheck.similarity(normalised, value);
                catalogue(out, field, pieces, sim);
            } else {
                put(out, field, pieces, null);
            }
        }

        void catalogue(Map<String, Evidence> out, String field, List<Piece> pieces, double sim) {
            Evidence e = pieces == null ? null : make(pieces, joinText(pieces), field, Evidence.CATALOGUE);
            if (e == null) e = rowBand(field);
            if (e == null) return;
            out.put(field, new Evidence(e.page(), e.box(), e.text(), lowered(round(sim), field), Evidence.CATALOGUE));
        }

        void derived(Map<String, Evidence> out, String field, List<Piece> pieces) {
            Evidence e = pieces == null ? null : make(pieces, joinText(pieces), field, Evidence.DERIVED);
            if (e == null) e = rowBand(field);
            if (e != null) out.put(field, e);
        }

        void put(Map<String, Evidence> out, String field, List<Piece> pieces, String how) {
            Evidence e = pieces == null ? null : make(pieces, joinText(pieces), field, how);
            if (e == null) e = rowBand(field);
            if (e != null) out.put(field, e);
        }

        /** The first piece of the cell that holds a code, and only it; null when the cell read no code. */
        private static List<Piece> codeLine(List<Piece> cell) {
            if (cell == null) return null;
            for (Piece p : cell) if (Codes.split(p.text()).code() != null || Codes.serial(p.text()).present()) return List.of(p);
            return null;
        }

        /**
         * Evidence from {@code pieces} on the first page they lie on; {@code how} null: as the page was read.
         * Null when no piece knows where it was read.
         */
        Evidence make(List<Piece> pieces, String text, String field, String how) {
            Piece.Spot first = null;
            for (Piece p : pieces) if (p.spot() != null) { first = p.spot(); break; }
            if (first == null) return null;
            List<Piece> here = new ArrayList<>();
            for (Piece p : pieces) if (p.spot() != null && p.spot().page() == first.page()) here.add(p);
            boolean own = !field.startsWith("area") && !field.startsWith("activity");
            Rect box = box(here, first.textLayer(), own && d.stacked ? d : null);
            double conf = 0;
            for (Piece p : here) conf += p.confidence();
            conf /= here.size();
            String h = how != null ? how : first.textLayer() ? Evidence.TEXT_LAYER : Evidence.OCR;
            ReadingChoice.Choice c = d.chosen.get(field);
            if (c != null && c.changed() && how == null) {
                // a second reading was chosen: its text, and its share of the readings' weight as the confidence
                text = c.text();
                conf = c.confidence();
            }
            return new Evidence(first.page(), first.geometry().toSource(box), text, lowered(round(conf), field), h);
        }

        /**
         * The box of {@code pieces}: a text layer's lines; on a scan the cells, unless a cell gave more
         * pieces than were taken (stacked values), then the lines taken from it. For an indicator stacked
         * with others ({@code band} not null), a cell is cut to the indicator's own slice of the table row
         * when the slice holds the lines taken from it and no other; else (values assigned by position)
         * the box is the taken line's band across the cell.
         */
        private static Rect box(List<Piece> pieces, boolean textLayer, RowDraft band) {
            Map<Rect, Integer> perCell = new LinkedHashMap<>();
            Map<Rect, List<Rect>> taken = new LinkedHashMap<>();
            for (Piece p : pieces) {
                perCell.merge(p.spot().cell(), 1, Integer::sum);
                taken.computeIfAbsent(p.spot().cell(), k -> new ArrayList<>()).add(p.spot().line());
            }
            Rect u = null;
            for (Piece p : pieces) {
                Piece.Spot s = p.spot();
                Rect r;
                if (textLayer) {
                    r = s.line();
                } else if (band != null && s.page() == band.bandPage) {
                    r = slice(s.cell(), band.bandTop, band.bandBottom);
                    if (r == null || !holdsExactly(r, s.cellLines(), taken.get(s.cell()))) r = lineBand(s.cell(), s.line());
                } else {
                    r = perCell.get(s.cell()) >= s.cellPieces() ? s.cell() : s.line();
                }
                u = union(u, r);
            }
            return u;
        }

        /** Whether the lines of the cell whose centre lies in {@code r} are exactly the {@code taken} ones. */
        private static boolean holdsExactly(Rect r, List<Rect> cellLines, List<Rect> taken) {
            for (Rect l : cellLines) {
                boolean in = r.contains(r.x(), l.centerY());
                if (in != taken.contains(l)) return false;
            }
            return true;
        }

        /** The line's height across the whole cell, with a quarter line's margin above and below. */
        private static Rect lineBand(Rect cell, Rect line) {
            int m = Math.max(2, line.height() / 4);
            int y0 = Math.max(cell.y(), line.y() - m), y1 = Math.min(cell.bottom(), line.bottom() + m);
            if (y1 <= y0) return line;
            return new Rect(cell.x(), y0, cell.width(), y1 - y0);
        }

        /** The part of {@code cell} between {@code top} and {@code bottom}, or null when it is less than a few pixels high. */
        private static Rect slice(Rect cell, int top, int bottom) {
            int y0 = Math.max(cell.y(), top), y1 = Math.min(cell.bottom(), bottom);
            if (y1 - y0 < 4) return null;
            return new Rect(cell.x(), y0, cell.width(), y1 - y0);
        }

        /** When nothing was read for a value: the row's band on its page (every piece of the row there). */
        private Evidence rowBand(String field) {
            List<Piece> all = new ArrayList<>();
            for (List<Piece> ps : d.sources.values()) {
                for (Piece p : ps) if (p.spot() != null && p.spot().page() == row.page()) all.add(p);
            }
            if (all.isEmpty()) return null;
            Piece.Spot s = all.get(0).spot();
            Rect u = null;
            for (Piece p : all) u = union(u, p.spot().cell());
            return new Evidence(s.page(), s.geometry().toSource(u), "", lowered(0.5, field), Evidence.DERIVED);
        }

        double lowered(double conf, String field) {
            return warned.contains(field) ? round(conf * WARNED) : conf;
        }
    }

    static Rect union(Rect a, Rect b) {
        if (a == null) return b;
        if (b == null) return a;
        int x0 = Math.min(a.x(), b.x()), y0 = Math.min(a.y(), b.y());
        return new Rect(x0, y0, Math.max(a.right(), b.right()) - x0, Math.max(a.bottom(), b.bottom()) - y0);
    }

    static double round(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000.0;
    }
}
