package org.suchi.synth;

import java.util.ArrayList;
import java.util.List;
import org.suchi.config.Catalogue;
import org.suchi.model.Level;
import org.suchi.synth.DocPlan.Line;
import org.suchi.synth.DocPlan.TableRow;

/**
 * A planned document as one HTML file, for a born-digital PDF printed by a browser: the cover letter on a
 * portrait A4 page, then the title and the report table on landscape A4 pages (the browser breaks the
 * table across pages and repeats its header). The same columns and cell texts as the drawn pages
 * ({@link TableComposer#text}); area and activity cells span their rows, or print in the first row of
 * their group with empty cells below ({@link DocPlan.Span}).
 */
final class HtmlComposer {
    private HtmlComposer() {}

    static String html(DocPlan plan) {
        StringBuilder h = new StringBuilder();
        DocPlan.Look look = plan.look();
        h.append("<!DOCTYPE html><html lang=\"bn\"><head><meta charset=\"utf-8\"><style>\n")
                .append("@page { size: 29.7cm 21cm; margin: 12mm 10mm; }\n") // LibreOffice: one page style
                .append("@page letter { size: A4 portrait; margin: 18mm 16mm; }\n")
                .append("@page table { size: A4 landscape; margin: 12mm 10mm; }\n")
                .append("body { font-family: '").append(look.font()).append("'; font-size: ").append(look.fontSize())
                .append("pt; line-height: 1.35; margin: 0; }\n")
                .append(".letter { page: letter; break-after: page; } .report { page: table; }\n")
                .append(".c { text-align: center; } .r { text-align: right; } p { margin: 0 0 0.3em 0; }\n")
                .append("table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }\n")
                .append("td, th { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: top; font-weight: normal; }\n")
                .append("tr { break-inside: avoid; } td.n, th { text-align: center; } td.n { white-space: nowrap; }\n")
                .append("td p + p { margin-top: 0.8em; }\n")
                .append("</style></head><body>\n");
        if (plan.cover() != null) letter(h, plan.cover());
        h.append("<div class=\"report\">\n");
        table(h, plan);
        h.append("</div></body></html>\n");
        return h.toString();
    }

    private static void letter(StringBuilder h, DocPlan.Cover c) {
        h.append("<div class=\"letter\">\n");
        for (String s : c.letterhead()) h.append("<p class=\"c\">").append(esc(s)).append("</p>\n");
        h.append("<p>").append(esc(c.memoLabel() + c.memoPrinted())).append("</p>\n");
        if (c.dateLines().size() == 1) h.append("<p class=\"r\">").append(esc(c.dateLines().get(0))).append("</p>\n");
        else h.append("<p class=\"r\">তারিখ: ").append(esc(c.dateLines().get(0))).append("<br>")
                .append(esc(c.dateLines().get(1))).append("</p>\n");
        if (c.reference() != null) h.append("<p>").append(esc(c.reference())).append("</p>\n");
        h.append("<p><b>").append(esc(c.subject())).append("</b></p>\n");
        h.append("<p>").append(esc(c.body())).append("</p>\n");
        h.append("<p>").append(esc(c.attachment())).append("</p>\n");
        for (String s : c.signer()) h.append("<p class=\"r\">").append(esc(s)).append("</p>\n");
        for (String s : c.recipient()) h.append("<p>").append(esc(s)).append("</p>\n");
        h.append("</div>\n");
    }

    private static void table(StringBuilder h, DocPlan plan) {
        DocPlan.Look look = plan.look();
        List<TableComposer.Col> cols = columns(plan);
        int nLevels = (int) cols.stream().filter(c -> c.kind == TableComposer.Kind.LEVEL).count();
        boolean pctRow = look.pctStyle() == DocPlan.PctStyle.ROW;
        int headRows = 2 + (pctRow ? 1 : 0);
        List<Level> levels = plan.template().levels();
        // the title as the table's caption: it stays on the table's first page
        // border and nowrap as HTML attributes too: LibreOffice's HTML import reads those, not the CSS
        // LibreOffice breaks the page before the table only on an inline style; Chromium on the page rules
        h.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"")
                .append(plan.cover() != null ? " style=\"page-break-before: always\"" : "").append("><caption>");
        for (String t : plan.titleLines()) h.append("<p class=\"c\"><b>").append(esc(t)).append("</b></p>");
        h.append("</caption><thead><tr>");
        boolean targetsDone = false;
        for (TableComposer.Col c : cols) {
            if (c.kind == TableComposer.Kind.LEVEL) {
                if (!targetsDone) h.append("<th colspan=\"").append(nLevels).append("\">").append(esc(look.targetsHeader())).append("</th>");
                targetsDone = true;
            } else {
                h.append("<th rowspan=\"").append(headRows).append("\">").append(esc(c.header)).append("</th>");
            }
        }
        h.append("</tr>\n<tr>");
        for (TableComposer.Col c : cols) {
            if (c.kind != TableComposer.Kind.LEVEL) continue;
            h.append("<th>").append(esc(c.header));
            if (!pctRow) h.append("<br>").append(Bangla.digits(levels.get(c.level).percent())).append("%");
            h.append("</th>");
        }
        h.append("</tr>\n");
        if (pctRow) {
            h.append("<tr>");
            for (TableComposer.Col c : cols) {
                if (c.kind == TableComposer.Kind.LEVEL) h.append("<th>").append(Bangla.digits(levels.get(c.level).percent())).append("%</th>");
            }
            h.append("</tr>\n");
        }
        if (look.colNumbers()) {
            h.append("<tr>");
            for (int i = 0; i < cols.size(); i++) h.append("<th>").append(Bangla.digits(i + 1)).append("</th>");
            h.append("</tr>\n");
        }
        h.append("</thead><tbody>\n");
        boolean span = look.span() == DocPlan.Span.ROWSPAN;
        List<TableRow> rows = plan.rows();
        for (int i = 0; i < rows.size(); i++) {
            h.append("<tr>");
            for (TableComposer.Col c : cols) {
                Line first = rows.get(i).first();
                if (c.shared()) {
                    String key = key(c, first);
                    boolean starts = i == 0 || !key.equals(key(c, rows.get(i - 1).first()));
                    if (!starts && span) continue;
                    int n = 1;
                    while (span && i + n < rows.size() && key.equals(key(c, rows.get(i + n).first()))) n++;
                    h.append(n > 1 ? "<td rowspan=\"" + n + "\"" : "<td").append(c.center() ? " class=\"n\" nowrap>" : ">");
                    if (starts) h.append(cell(TableComposer.text(c, first)));
                    h.append("</td>");
                } else {
                    h.append(c.center() ? "<td class=\"n\" nowrap>" : "<td>");
                    for (Line l : rows.get(i).lines()) h.append("<p>").append(cell(TableComposer.text(c, l))).append("</p>");
                    h.append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static String key(TableComposer.Col c, Line l) {
        return switch (c.kind) {
            case ACTIVITY -> l.entry().activity().code();
            case SERIAL, AREA, AREA_WEIGHT -> l.entry().area().code();
            default -> "";
        };
    }

    static List<TableComposer.Col> columns(DocPlan plan) {
        DocPlan.Look look = plan.look();
        List<Level> levels = plan.template().levels();
        List<TableComposer.Col> c = new ArrayList<>();
        c.add(new TableComposer.Col(TableComposer.Kind.SERIAL, look.serialHeader(), -1));
        if (plan.template().areaColumn()) {
            c.add(new TableComposer.Col(TableComposer.Kind.AREA, "কর্মসম্পাদন ক্ষেত্র", -1));
            c.add(new TableComposer.Col(TableComposer.Kind.AREA_WEIGHT, "মান", -1));
        }
        c.add(new TableComposer.Col(TableComposer.Kind.ACTIVITY, "কার্যক্রম", -1));
        c.add(new TableComposer.Col(TableComposer.Kind.INDICATOR, "কর্মসম্পাদন সূচক", -1));
        c.add(new TableComposer.Col(TableComposer.Kind.UNIT, "একক", -1));
        c.add(new TableComposer.Col(TableComposer.Kind.WEIGHT, look.weightHeader(), -1));
        for (int i = 0; i < levels.size(); i++) c.add(new TableComposer.Col(TableComposer.Kind.LEVEL, levels.get(i).label(), i));
        if (look.achvColumn()) c.add(new TableComposer.Col(TableComposer.Kind.ACHV, look.achvHeader(), -1));
        c.add(new TableComposer.Col(TableComposer.Kind.PROGRESS, look.progressHeader(), -1));
        if (look.scoreColumn()) c.add(new TableComposer.Col(TableComposer.Kind.SCORE, look.scoreHeader(), -1));
        return c;
    }

    private static String cell(String s) {
        return s == null ? "" : esc(s).replace("\n", "<br>");
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
