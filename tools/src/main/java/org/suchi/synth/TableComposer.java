package org.suchi.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.suchi.model.Level;
import org.suchi.synth.DocPlan.Line;
import org.suchi.synth.DocPlan.TableRow;

/**
 * Lays out the landscape table pages of a {@link DocPlan} in points (A4 landscape) and draws them: title, a
 * multi-row header, body rows with merged (or blank-repeated) area/activity cells, paired rows, rows split across
 * pages, a header repeated on continuation pages or not, and a signature block.
 */
final class TableComposer {
    static final float PAGE_W = 841.89f;
    static final float PAGE_H = 595.28f;

    enum Kind { SERIAL, AREA, AREA_WEIGHT, ACTIVITY, INDICATOR, UNIT, WEIGHT, LEVEL, ACHV, PROGRESS, SCORE }

    static final class Col {
        final Kind kind;
        final String header;
        final int level;
        float x;
        float w;
        float min;

        Col(Kind kind, String header, int level) {
            this.kind = kind;
            this.header = header;
            this.level = level;
        }

        boolean center() {
            return kind != Kind.AREA && kind != Kind.ACTIVITY && kind != Kind.INDICATOR && kind != Kind.PROGRESS;
        }

        boolean shared() {
            return kind == Kind.SERIAL || kind == Kind.AREA || kind == Kind.AREA_WEIGHT || kind == Kind.ACTIVITY;
        }
    }

    /** A body row: per column the paragraphs (one per indicator line, or one for shared cells) of wrapped lines. */
    static final class BodyRow {
        final TableRow row;
        final List<List<List<String>>> cells = new ArrayList<>();
        float[] bands;
        float height;

        BodyRow(TableRow row) {
            this.row = row;
        }

        int maxLines() {
            int m = 0;
            for (List<List<String>> c : cells) {
                if (c != null) {
                    for (List<String> p : c) {
                        m = Math.max(m, p.size());
                    }
                }
            }
            return m;
        }
    }

    /** A merged cell of one column over rows first..last. */
    record Group(int col, int first, int last, List<String> lines) {}

    /** A placed piece of a body row: whole (part 0) or the first/second half of a split row (split at line m). */
    record Seg(int row, int part, int splitLine, float y, float h) {}

    /**
     * Where a cell's text area landed (points): the cell inside its rules and padding. {@code indicator} is the
     * row's indicator (for merged cells the first of the group; null for the header); {@code continued} marks the
     * second piece of a row or merged cell that runs on from the page before.
     */
    record CellBox(int page, String indicator, String column, Rectangle2D.Float box, boolean continued) {}

    private String columnName(Col c) {
        return switch (c.kind) {
            case SERIAL -> "serial";
            case AREA -> "area";
            case AREA_WEIGHT -> "area_weight";
            case ACTIVITY -> "activity";
            case INDICATOR -> "indicator";
            case UNIT -> "unit";
            case WEIGHT -> "weight";
            case LEVEL -> "targets." + levels.get(c.level).key();
            case ACHV -> "achievement";
            case PROGRESS -> "progress";
            case SCORE -> "reported_score";
        };
    }

    static final class Page {
        final List<Seg> segs = new ArrayList<>();
        boolean title;
        boolean header;
        float headerTop;
        float sigTop = -1;
    }

    private final DocPlan plan;
    private final Fonts fonts;
    private final Typesetter ts;
    private final List<Level> levels;

    // layout results
    float size;
    Font body;
    Font head;
    Font titleFont;
    float lh;
    float th;
    float ascent;
    float padX;
    float padY;
    float gap;
    float stroke;
    /** Paired rows: paragraphs of a cell follow each other (as in a word processor) instead of lining up. */
    boolean flowPairs;
    float tableX;
    float tableW;
    float marginTop;
    float marginBottom;
    List<Col> cols;
    List<String> titleLines;
    float titleLh;
    float titleH;
    float hTop;
    float hLab;
    float hPct;
    float hNum;
    List<BodyRow> rows;
    List<Group> groups;
    List<Page> pages;
    final List<CellBox> boxes = new ArrayList<>();

    TableComposer(DocPlan plan, Fonts fonts, Typesetter ts) {
        this.plan = plan;
        this.fonts = fonts;
        this.ts = ts;
        this.levels = plan.template().levels();
    }

    /** Lays the table out, reducing the font size until the columns fit. Returns the number of pages. */
    int compose(float startSize) {
        for (float s = startSize; s >= 5.5f; s -= 0.2f) {
            if (tryCompose(Math.round(s * 10) / 10f)) {
                return pages.size();
            }
        }
        throw new IllegalStateException(plan.name() + ": table does not fit the page even at 5.5 pt");
    }

    private boolean tryCompose(float s) {
        Random r = new Random(plan.seed() ^ 0x5eedL);
        DocPlan.Look look = plan.look();
        size = s;
        body = fonts.regular(look.font(), s);
        head = look.boldHeader() ? fonts.bold(look.font(), s) : body;
        titleFont = fonts.bold(look.font(), Math.max(s + 1.5f, look.titleSize() - (look.fontSize() - s)));
        th = Typesetter.textHeight(body);
        ascent = Typesetter.ascent(body);
        lh = Math.max(th * 0.98f, s * look.lineSpacing());
        padX = 2.2f + r.nextFloat() * 1.6f;
        padY = 1.8f + r.nextFloat() * 1.6f;
        gap = lh * 0.5f;
        stroke = 0.5f + r.nextFloat() * 0.4f;
        float ml = 26 + r.nextFloat() * 20;
        float mr = 26 + r.nextFloat() * 20;
        marginTop = 28 + r.nextFloat() * 18;
        marginBottom = 26 + r.nextFloat() * 14;
        tableX = ml;
        tableW = PAGE_W - ml - mr;
        cols = columns();
        if (!widths(r)) {
            return false;
        }
        titleLines = new ArrayList<>();
        for (String t : plan.titleLines()) {
            titleLines.addAll(ts.wrapAtSpaces(titleFont, t, tableW * 0.92f));
        }
        titleLh = Typesetter.textHeight(titleFont) * 1.25f;
        titleH = titleLines.size() * titleLh + 8 + r.nextFloat() * 8;
        flowPairs = r.nextDouble() < 0.35;
        header();
        bodyRows();
        paginate();
        return true;
    }

    // ---------------------------------------------------------------- columns and widths

    private List<Col> columns() {
        DocPlan.Look look = plan.look();
        List<Col> c = new ArrayList<>();
        c.add(new Col(Kind.SERIAL, look.serialHeader(), -1));
        if (plan.template().areaColumn()) {
            c.add(new Col(Kind.AREA, "কর্মসম্পাদন ক্ষেত্র", -1));
            c.add(new Col(Kind.AREA_WEIGHT, "মান", -1));
        }
        c.add(new Col(Kind.ACTIVITY, "কার্যক্রম", -1));
        c.add(new Col(Kind.INDICATOR, "কর্মসম্পাদন সূচক", -1));
        c.add(new Col(Kind.UNIT, "একক", -1));
        c.add(new Col(Kind.WEIGHT, look.weightHeader(), -1));
        for (int i = 0; i < levels.size(); i++) {
            c.add(new Col(Kind.LEVEL, levels.get(i).label(), i));
        }
        if (look.achvColumn()) {
            c.add(new Col(Kind.ACHV, look.achvHeader(), -1));
        }
        c.add(new Col(Kind.PROGRESS, look.progressHeader(), -1));
        if (look.scoreColumn()) {
            c.add(new Col(Kind.SCORE, look.scoreHeader(), -1));
        }
        return c;
    }

    /** The text of a column for one indicator line. */
    static String text(Col c, Line l) {
        return switch (c.kind) {
            case SERIAL -> l.serialCell();
            case AREA -> l.areaCell();
            case AREA_WEIGHT -> l.areaWeightCell();
            case ACTIVITY -> l.activityCell();
            case INDICATOR -> l.indicatorCell();
            case UNIT -> l.unitCell();
            case WEIGHT -> Bangla.digits(l.weight());
            case LEVEL -> l.targetCells().get(c.level);
            case ACHV -> l.achvCell();
            case PROGRESS -> l.progressCell();
            case SCORE -> l.scoreCell();
        };
    }

    private String pctText(int level) {
        return Bangla.digits(levels.get(level).percent()) + "%";
    }

    private boolean widths(Random r) {
        float fixed = 0;
        float levelW = 0;
        for (Col c : cols) {
            float w = ts.longestPiece(head, c.header);
            for (TableRow row : plan.rows()) {
                for (Line l : row.lines()) {
                    String t = text(c, l);
                    if (t == null) {
                        continue;
                    }
                    w = Math.max(w, c.center() ? ts.width(body, t) : ts.longestPiece(body, t));
                }
            }
            if (c.kind == Kind.LEVEL) {
                w = Math.max(w, ts.width(head, pctText(c.level)));
                levelW = Math.max(levelW, w);
            }
            c.min = w + 2 * padX;
        }
        float slack = 1.0f + r.nextFloat() * 0.3f;
        for (Col c : cols) {
            if (c.kind == Kind.LEVEL) {
                c.min = levelW + 2 * padX;
            }
            if (c.center()) {
                c.w = c.min * (c.kind == Kind.SERIAL ? 1.1f : slack);
                fixed += c.w;
            } else {
                c.min = Math.max(c.min, size * 5.5f);
            }
        }
        float rest = tableW - fixed;
        float wsum = 0;
        float minsum = 0;
        for (Col c : cols) {
            if (!c.center()) {
                wsum += weight(c.kind);
                minsum += c.min;
            }
        }
        if (rest < minsum * 1.1f) {
            return false;
        }
        for (Col c : cols) {
            if (!c.center()) {
                c.w = rest * weight(c.kind) / wsum;
                if (c.w < c.min) {
                    return false;
                }
            }
        }
        float x = tableX;
        for (Col c : cols) {
            c.x = x;
            x += c.w;
        }
        return true;
    }

    private static float weight(Kind k) {
        return switch (k) {
            case AREA -> 0.15f;
            case ACTIVITY -> 0.22f;
            case INDICATOR -> 0.35f;
            default -> 0.28f;
        };
    }

    // ---------------------------------------------------------------- header

    private void header() {
        DocPlan.Look look = plan.look();
        float levelsW = 0;
        float lab = 0;
        for (Col c : cols) {
            if (c.kind == Kind.LEVEL) {
                levelsW += c.w;
                int n = ts.wrap(head, c.header, c.w - 2 * padX).size();
                if (look.pctStyle() == DocPlan.PctStyle.IN_LABEL) {
                    n++;
                }
                lab = Math.max(lab, n);
            }
        }
        hTop = ts.wrap(head, look.targetsHeader(), levelsW - 2 * padX).size() * lh + 2 * padY;
        hLab = lab * lh + 2 * padY;
        hPct = look.pctStyle() == DocPlan.PctStyle.ROW ? lh + 2 * padY : 0;
        for (Col c : cols) {
            if (c.kind != Kind.LEVEL) {
                float need = ts.wrap(head, c.header, c.w - 2 * padX).size() * lh + 2 * padY;
                if (need > hTop + hLab + hPct) {
                    hLab += need - (hTop + hLab + hPct);
                }
            }
        }
        hNum = look.colNumbers() ? lh + 2 * padY * 0.6f : 0;
    }

    float headerHeight() {
        return hTop + hLab + hPct + hNum;
    }

    // ---------------------------------------------------------------- body

    private void bodyRows() {
        boolean span = plan.look().span() == DocPlan.Span.ROWSPAN;
        rows = new ArrayList<>();
        groups = new ArrayList<>();
        List<TableRow> trs = plan.rows();
        for (int i = 0; i < trs.size(); i++) {
            TableRow tr = trs.get(i);
            BodyRow br = new BodyRow(tr);
            Line first = tr.first();
            int n = tr.lines().size();
            br.bands = new float[n];
            float sharedH = 0;
            for (int ci = 0; ci < cols.size(); ci++) {
                Col c = cols.get(ci);
                if (c.shared()) {
                    boolean starts = i == 0 || !groupKey(c, trs.get(i - 1).first()).equals(groupKey(c, first));
                    if (span) {
                        br.cells.add(null);
                        if (starts) {
                            int last = i;
                            while (last + 1 < trs.size()
                                    && groupKey(c, trs.get(last + 1).first()).equals(groupKey(c, first))) {
                                last++;
                            }
                            groups.add(new Group(ci, i, last, ts.wrap(body, text(c, first), c.w - 2 * padX)));
                        }
                    } else {
                        List<String> lines = starts ? ts.wrap(body, text(c, first), c.w - 2 * padX) : List.of();
                        br.cells.add(List.of(lines));
                        sharedH = Math.max(sharedH, lines.size() * lh);
                    }
                } else {
                    List<List<String>> paras = new ArrayList<>();
                    for (int j = 0; j < n; j++) {
                        List<String> lines = ts.wrap(body, text(c, tr.lines().get(j)), c.w - 2 * padX);
                        paras.add(lines);
                        br.bands[j] = Math.max(br.bands[j], Math.max(1, lines.size()) * lh);
                    }
                    br.cells.add(paras);
                }
            }
            float bandsH = 0;
            for (float b : br.bands) {
                bandsH += b;
            }
            bandsH += gap * (n - 1);
            if (flowPairs && n > 1) {
                // every cell stacks its paragraphs one after the other: the tallest cell sets the height
                bandsH = 0;
                for (List<List<String>> paras : br.cells) {
                    if (paras != null && paras.size() == n) {
                        float h = 0;
                        for (List<String> l : paras) {
                            h += Math.max(1, l.size()) * lh;
                        }
                        bandsH = Math.max(bandsH, h + flowGap() * (n - 1));
                    }
                }
            }
            br.height = Math.max(bandsH, Math.max(sharedH, lh)) + 2 * padY;
            rows.add(br);
        }
        for (Group g : groups) {
            float need = g.lines().size() * lh + 2 * padY;
            float have = 0;
            for (int i = g.first(); i <= g.last(); i++) {
                have += rows.get(i).height;
            }
            if (need > have) {
                rows.get(g.last()).height += need - have;
            }
        }
    }

    private float flowGap() {
        return lh * 0.25f;
    }

    private static String groupKey(Col c, Line l) {
        return c.kind == Kind.ACTIVITY ? l.entry().activity().code() : l.entry().area().code();
    }

    // ---------------------------------------------------------------- pages

    private float bodyTop(int page) {
        float y = marginTop;
        if (page == 0) {
            y += titleH;
        }
        if (page == 0 || plan.look().repeatHeader()) {
            y += headerHeight();
        }
        return y;
    }

    private Page newPage() {
        Page p = new Page();
        int idx = pages.size();
        p.title = idx == 0;
        p.header = idx == 0 || plan.look().repeatHeader();
        p.headerTop = marginTop + (idx == 0 ? titleH : 0);
        pages.add(p);
        return p;
    }

    private void paginate() {
        pages = new ArrayList<>();
        Page page = newPage();
        float bottom = PAGE_H - marginBottom;
        float y = bodyTop(0);
        for (int i = 0; i < rows.size(); i++) {
            BodyRow br = rows.get(i);
            float room = bottom - y;
            if (br.height <= room) {
                page.segs.add(new Seg(i, 0, 0, y, br.height));
                y += br.height;
                continue;
            }
            float fresh = bottom - bodyTop(pages.size());
            boolean mustSplit = br.height > fresh;
            int m = (int) Math.floor((room - 2 * padY) / lh);
            boolean canSplit = !br.row.paired() && m >= 1 && br.maxLines() > m;
            if (canSplit && (plan.look().splitRows() || mustSplit)) {
                float h1 = m * lh + 2 * padY;
                page.segs.add(new Seg(i, 1, m, y, h1));
                page = newPage();
                y = bodyTop(pages.size() - 1);
                float h2 = Math.max((br.maxLines() - m) * lh + 2 * padY, br.height - h1);
                page.segs.add(new Seg(i, 2, m, y, h2));
                y += h2;
            } else {
                if (!page.segs.isEmpty()) {
                    page = newPage();
                    y = bodyTop(pages.size() - 1);
                }
                page.segs.add(new Seg(i, 0, 0, y, br.height));
                y += br.height;
            }
        }
        List<String> sig = plan.signatureLines();
        float sigNeed = 55 + sig.size() * lh;
        if (!sig.isEmpty() && bottom - y >= sigNeed) {
            page.sigTop = y + 22;
        }
    }

    // ---------------------------------------------------------------- drawing

    /** Draws page {@code idx} in points onto g (already scaled to the page's dpi). Records cell boxes. */
    void draw(Graphics2D g, int idx) {
        Page p = pages.get(idx);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(stroke));
        if (p.title) {
            float y = marginTop;
            for (String t : titleLines) {
                float w = ts.width(titleFont, t);
                Typesetter.draw(g, titleFont, t, tableX + (tableW - w) / 2, y + Typesetter.ascent(titleFont));
                y += titleLh;
            }
        }
        if (p.header) {
            drawHeader(g, p.headerTop);
            boxes.add(new CellBox(idx, null, "header",
                    new Rectangle2D.Float(tableX, p.headerTop, tableW, headerHeight()), false));
        }
        for (Seg s : p.segs) {
            drawSeg(g, idx, s);
        }
        for (Group gr : groups) {
            drawGroup(g, p, gr);
        }
        if (p.sigTop >= 0) {
            float w = 0;
            for (String s : plan.signatureLines()) {
                w = Math.max(w, ts.width(body, s));
            }
            float x = tableX + tableW - w - 30;
            float y = p.sigTop + 28;
            for (String s : plan.signatureLines()) {
                Typesetter.draw(g, body, s, x + (w - ts.width(body, s)) / 2, y + ascent);
                y += lh;
            }
        }
    }

    /** Where the signature block of a page is (points), for the scribble; null when the page has none. */
    Rectangle2D.Float signatureBox(int idx) {
        Page p = pages.get(idx);
        if (p.sigTop < 0) {
            return null;
        }
        float w = 0;
        for (String s : plan.signatureLines()) {
            w = Math.max(w, ts.width(body, s));
        }
        return new Rectangle2D.Float(tableX + tableW - w - 30, p.sigTop, w, 28);
    }

    /** The table's area on a page (points). */
    Rectangle2D.Float tableBox(int idx) {
        Page p = pages.get(idx);
        float top = p.header ? p.headerTop : p.segs.isEmpty() ? marginTop : p.segs.get(0).y();
        float bottom = p.segs.isEmpty() ? top : p.segs.get(p.segs.size() - 1).y() + p.segs.get(p.segs.size() - 1).h();
        return new Rectangle2D.Float(tableX, top, tableW, bottom - top);
    }

    private void drawHeader(Graphics2D g, float top) {
        DocPlan.Look look = plan.look();
        float full = hTop + hLab + hPct;
        Color fill = look.headerFill() ? new Color(0xE4E4E4) : null;
        float lx = -1;
        float lw = 0;
        for (Col c : cols) {
            if (c.kind == Kind.LEVEL) {
                if (lx < 0) {
                    lx = c.x;
                }
                lw += c.w;
                List<String> lab = new ArrayList<>(ts.wrap(head, c.header, c.w - 2 * padX));
                if (look.pctStyle() == DocPlan.PctStyle.IN_LABEL) {
                    lab.add(pctText(c.level));
                }
                box(g, c.x, top + hTop, c.w, hLab, fill);
                centered(g, head, lab, c.x, top + hTop, c.w, hLab);
                if (hPct > 0) {
                    box(g, c.x, top + hTop + hLab, c.w, hPct, fill);
                    centered(g, head, List.of(pctText(c.level)), c.x, top + hTop + hLab, c.w, hPct);
                }
            } else {
                box(g, c.x, top, c.w, full, fill);
                centered(g, head, ts.wrap(head, c.header, c.w - 2 * padX), c.x, top, c.w, full);
            }
        }
        box(g, lx, top, lw, hTop, fill);
        centered(g, head, ts.wrap(head, look.targetsHeader(), lw - 2 * padX), lx, top, lw, hTop);
        if (hNum > 0) {
            for (int i = 0; i < cols.size(); i++) {
                Col c = cols.get(i);
                box(g, c.x, top + full, c.w, hNum, fill);
                centered(g, body, List.of(Bangla.digits(i + 1)), c.x, top + full, c.w, hNum);
            }
        }
    }

    private void box(Graphics2D g, float x, float y, float w, float h, Color fill) {
        if (fill != null) {
            g.setColor(fill);
            g.fill(new Rectangle2D.Float(x, y, w, h));
            g.setColor(Color.BLACK);
        }
        g.draw(new Rectangle2D.Float(x, y, w, h));
    }

    private void centered(Graphics2D g, Font f, List<String> lines, float x, float y, float w, float h) {
        float total = lines.size() * lh;
        float ty = y + (h - total) / 2;
        for (String s : lines) {
            float sw = ts.width(f, s);
            Typesetter.draw(g, f, s, x + (w - sw) / 2, ty + (lh - th) / 2 + ascent);
            ty += lh;
        }
    }

    private void lines(Graphics2D g, Col c, List<String> lines, float top) {
        float y = top;
        for (String s : lines) {
            float x = c.center() ? c.x + (c.w - ts.width(body, s)) / 2 : c.x + padX;
            Typesetter.draw(g, body, s, x, y + (lh - th) / 2 + ascent);
            y += lh;
        }
    }

    private void drawSeg(Graphics2D g, int pageIdx, Seg s) {
        BodyRow br = rows.get(s.row());
        for (int ci = 0; ci < cols.size(); ci++) {
            Col c = cols.get(ci);
            List<List<String>> paras = br.cells.get(ci);
            if (paras == null) {
                continue; // merged cell, drawn by its group
            }
            g.draw(new Rectangle2D.Float(c.x, s.y(), c.w, s.h()));
            float y = s.y() + padY;
            for (int j = 0; j < paras.size(); j++) {
                List<String> lines = paras.get(j);
                if (s.part() == 1) {
                    lines = lines.subList(0, Math.min(lines.size(), s.splitLine()));
                } else if (s.part() == 2) {
                    lines = lines.subList(Math.min(lines.size(), s.splitLine()), lines.size());
                }
                lines(g, c, lines, y);
                Line l = br.row.lines().get(c.shared() ? 0 : j);
                boolean flow = flowPairs && paras.size() > 1;
                float bh = paras.size() > 1 ? (flow ? Math.max(1, lines.size()) * lh : br.bands[j]) : s.h() - 2 * padY;
                boxes.add(new CellBox(pageIdx, l.entry().indicator().code(), columnName(c),
                        new Rectangle2D.Float(c.x + padX / 2, y, c.w - padX, bh), s.part() == 2));
                if (paras.size() > 1) {
                    y += flow ? Math.max(1, lines.size()) * lh + flowGap() : br.bands[j] + gap;
                }
            }
        }
    }

    private void drawGroup(Graphics2D g, Page p, Group gr) {
        // fragments of the group on every page, in order; lines flow from one to the next
        int remaining = gr.lines().size();
        int drawn = 0;
        for (Page q : pages) {
            float top = -1;
            float bottom = -1;
            for (Seg s : q.segs) {
                if (s.row() >= gr.first() && s.row() <= gr.last()) {
                    if (top < 0) {
                        top = s.y();
                    }
                    bottom = s.y() + s.h();
                }
            }
            if (top < 0) {
                continue;
            }
            boolean last = q.segs.stream().noneMatch(s -> s.row() == gr.last() && s.part() == 1) && containsLast(q, gr);
            int cap = last ? remaining : Math.max(0, (int) Math.floor((bottom - top - 2 * padY) / lh));
            int take = Math.min(cap, remaining);
            if (q == p) {
                Col c = cols.get(gr.col());
                g.draw(new Line2D.Float(c.x, top, c.x + c.w, top));
                g.draw(new Line2D.Float(c.x, bottom, c.x + c.w, bottom));
                g.draw(new Line2D.Float(c.x, top, c.x, bottom));
                g.draw(new Line2D.Float(c.x + c.w, top, c.x + c.w, bottom));
                lines(g, c, gr.lines().subList(drawn, drawn + take), top + padY);
                boxes.add(new CellBox(pages.indexOf(p),
                        rows.get(gr.first()).row.first().entry().indicator().code(), columnName(c),
                        new Rectangle2D.Float(c.x + padX / 2, top + padY, c.w - padX, bottom - top - 2 * padY),
                        q.segs.stream().noneMatch(sg -> sg.row() == gr.first() && sg.part() != 2)));
                return;
            }
            drawn += take;
            remaining -= take;
        }
    }

    private static boolean containsLast(Page q, Group gr) {
        return q.segs.stream().anyMatch(s -> s.row() == gr.last());
    }

    /** How many body rows were split across two pages. */
    int splitCount() {
        int n = 0;
        for (Page p : pages) {
            for (Seg s : p.segs) {
                if (s.part() == 1) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The 1-based page (within the table pages) where each indicator's row starts. */
    int pageOf(String indicator) {
        for (int p = 0; p < pages.size(); p++) {
            for (Seg s : pages.get(p).segs) {
                if (s.part() != 2) {
                    for (Line l : rows.get(s.row()).row.lines()) {
                        if (l.entry().indicator().code().equals(indicator)) {
                            return p + 1;
                        }
                    }
                }
            }
        }
        return -1;
    }
}
