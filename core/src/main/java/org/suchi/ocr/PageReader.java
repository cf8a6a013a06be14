package org.suchi.ocr;

import org.suchi.normalise.Memos;
import org.suchi.image.InkBands;
import org.suchi.reading.HeaderRows;
import org.suchi.reading.HeaderPrint;
import org.suchi.reading.ColumnTemplate;
import org.suchi.reading.OcrText;
import org.suchi.reading.CellReading;
import org.suchi.reading.TableReading;
import org.suchi.reading.PageReading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.suchi.image.CellCleaner;
import org.suchi.ocr.glyph.DigitModel;
import org.suchi.ocr.glyph.GlyphReader;
import org.suchi.image.GrayImage;
import org.suchi.image.PreparedPage;
import org.suchi.image.Rect;
import org.suchi.layout.Cell;
import org.suchi.layout.ColumnRole;
import org.suchi.layout.Grid;
import org.suchi.layout.HeaderAnalyzer;
import org.suchi.layout.PageLayout;
import org.suchi.layout.TableColumns;

/**
 * Stage "ocr" over a page layout: reads each table's header, names its columns, then reads every
 * body cell in the way its column calls for (running text as a block, values line by line with the
 * value alphabet). Blank cells are recognised from their ink and never OCR'd. A value line whose first reading is
 * weak ({@link WeakValue}) is read again by {@link SecondReader}; the readings travel with the line for assembly
 * to choose from by the field's constraints.
 */
public final class PageReader {

    /** Stands for ink that no reading could turn into text: it never parses, so it always becomes a warning. */
    public static final String UNREADABLE = "\uFFFD";

    private final HeaderAnalyzer headers = new HeaderAnalyzer();
    private final CellCleaner cleaner = new CellCleaner();
    private final GlyphReader glyphs = new GlyphReader(DigitModel.load());
    private final SecondReader second = new SecondReader(glyphs);

    /**
     * Reads one page.
     *
     * @param previous the columns of the last header seen on an earlier page, or null
     */
    public PageReading read(PageLayout layout, OcrEngine engine, ColumnTemplate previous) {
        PreparedPage page = layout.page();
        List<TableReading> tables = new ArrayList<>();
        ColumnTemplate template = previous;
        for (Grid g : layout.tables()) {
            TableReading t = readTable(page, g, engine, template);
            if (t == null) continue;
            tables.add(t);
            if (t.columns().headerRows() > 0) {
                template = new ColumnTemplate(t.columns(), g, HeaderPrint.of(page, g, t.columns(), t.header()));
            }
        }
        OcrText free = readFreeText(page, layout, engine, previous != null);
        return new PageReading(page.page(), page.gray().width(), page.gray().height(), tables, free, template,
                page.geometry(), false);
    }

    /** The template to hand to the next page after reading {@code reading}. */
    public static ColumnTemplate templateAfter(PageReading reading, ColumnTemplate previous) {
        if (reading.template() != null) return reading.template();
        ColumnTemplate t = previous;
        for (TableReading tr : reading.tables()) {
            if (tr.columns().headerRows() > 0) t = new ColumnTemplate(tr.columns(), tr.grid());
        }
        return t;
    }

    /** The part of a cover letter that holds letterhead, স্মারক, তারিখ and বিষয় (the rest: body, signature, copies). */
    static final double LETTER_TOP = 0.6;

    private OcrText readFreeText(PreparedPage page, PageLayout layout, OcrEngine engine, boolean tableSeen) {
        GrayImage img = page.gray();
        // after the report's table began, text outside tables (running heads, page numbers,
        // signatures, annexes) adds nothing to the report: the title block and letter come first
        if (tableSeen) return OcrText.EMPTY;
        if (layout.tables().isEmpty()) {
            return withMemoReread(page, engine.read(img, new Rect(0, 0, img.width(), (int) (img.height() * LETTER_TOP)), ReadMode.PAGE), engine);
        }
        Rect first = layout.tables().get(0).bounds();
        int margin = page.dpi() / 30;
        if (first.y() - margin < page.dpi() / 6) return OcrText.EMPTY;
        return withMemoReread(page, engine.read(img, new Rect(0, 0, img.width(), first.y() - margin), ReadMode.PAGE), engine);
    }

    /**
     * The memo line read again on its own, as one line: page segmentation sometimes misreads a digit of
     * the number (৩৯ as ৩১) that a single-line reading gets right. Assembly compares the two readings.
     */
    private static OcrText withMemoReread(PreparedPage page, OcrText t, OcrEngine engine) {
        if (t.lines().stream().noneMatch(l -> org.suchi.normalise.Memos.isMemoLine(l.text()))) return t;
        GrayImage img = page.gray();
        int pad = Math.max(2, page.dpi() / 50);
        List<OcrText.Line> out = new ArrayList<>();
        for (OcrText.Line l : t.lines()) {
            if (l.box() != null && org.suchi.normalise.Memos.isMemoLine(l.text())) {
                Rect r = new Rect(l.box().x() - pad, l.box().y() - pad, l.box().width() + 2 * pad, l.box().height() + 2 * pad)
                        .clip(img.width(), img.height());
                String again = engine.read(img, r, ReadMode.LINE).text().replace('\n', ' ').strip();
                out.add(new OcrText.Line(l.text(), l.box(), l.confidence(), again.isEmpty() ? null : again));
            } else {
                out.add(l);
            }
        }
        return new OcrText(t.text(), t.confidence(), out);
    }

    private TableReading readTable(PreparedPage page, Grid g, OcrEngine engine, ColumnTemplate previous) {
        if (g.rows() < 1 || g.cols() < 3) return null;
        // 0. the header of the previous page printed again: known from its ink, nothing to read
        if (previous != null && previous.header() != null) {
            List<CellReading> again = previous.header().match(page, g);
            if (again != null) return readBody(page, g, engine, previous.header().columns(), again, List.of());
        }
        // 1. read the top rows as text, one row at a time, until the first row that is not header
        List<CellReading> top = new ArrayList<>();
        Set<Cell> seen = new HashSet<>();
        int headerRows = HeaderRows.count(g, r -> {
            for (Cell c : g.cells()) {
                if (c.row() == r && seen.add(c)) top.add(readCell(page, c, ColumnRole.UNKNOWN, ReadMode.BLOCK, engine));
            }
            return c -> textOf(top, c);
        }, previous == null);
        List<CellReading> header = new ArrayList<>();
        for (CellReading cr : top) if (cr.cell().row() < headerRows) header.add(cr);
        HeaderAnalyzer.Inferred named = HeaderRows.columns(headers, g, header, headerRows, previous, top);
        if (named.columns() == null) return null;
        TableReading t = readBody(page, g, engine, named.columns(), header, top);
        return named.fromShape() ? new TableReading(t.grid(), t.columns(), t.header(), t.body(), true) : t;
    }

    /** 2. Reads the body, reusing the top-row readings {@code top} where the mode was already right. */
    private TableReading readBody(PreparedPage page, Grid g, OcrEngine engine, TableColumns columns,
                                  List<CellReading> header, List<CellReading> top) {
        java.util.Map<Cell, CellReading> probed = new java.util.HashMap<>();
        for (CellReading cr : top) probed.put(cr.cell(), cr);
        List<CellReading> body = new ArrayList<>();
        for (Cell c : g.cells()) {
            if (c.row() < columns.headerRows()) continue;
            ColumnRole role = columns.roles().get(c.col());
            CellReading done = probed.get(c);
            if (done != null && readsAsBlock(role)) {
                body.add(new CellReading(c, role, done.text(), done.confidence(), done.lines(), done.blank()));
            } else {
                body.add(readBodyCell(page, c, role, engine));
            }
        }
        return new TableReading(g, columns, header, body);
    }

    /** The probe's text of cell {@code c}: null when blank or not probed. */
    private static String textOf(List<CellReading> top, Cell c) {
        for (CellReading cr : top) if (cr.cell().equals(c)) return cr.blank() ? null : cr.text();
        return null;
    }

    /** Roles whose cells are read as a text block: the same reading as the header probe's. */
    private static boolean readsAsBlock(ColumnRole role) {
        return switch (role) {
            case AREA, ACTIVITY, INDICATOR, UNIT, PROGRESS, UNKNOWN -> true;
            default -> false;
        };
    }

    private CellReading readBodyCell(PreparedPage page, Cell c, ColumnRole role, OcrEngine engine) {
        return switch (role) {
            case AREA_WEIGHT, WEIGHT, LEVEL, SCORE, SERIAL -> readValueCell(page, c, role, engine);
            case ACHIEVEMENT -> valueShaped(page, c) ? readValueCell(page, c, role, engine)
                    : readCell(page, c, role, ReadMode.BLOCK, engine);
            default -> readCell(page, c, role, ReadMode.BLOCK, engine);
        };
    }

    /** A cell whose every line is short enough to be one value (a date is about six line-heights wide). */
    private boolean valueShaped(PreparedPage page, Cell c) {
        Crop k = crop(page, c);
        List<Rect> bands = InkBands.lines(k.binary(), k.whole(), page.dpi());
        for (Rect b : bands) if (b.width() > 8 * Math.max(b.height(), page.dpi() / 12)) return false;
        return bands.size() <= 3;
    }

    private static Rect inner(PreparedPage page, Cell c) {
        int d = Math.max(2, page.dpi() / 100);
        return c.box().inset(d);
    }

    /** A cell's crop with stamp, scribble and ruling strokes removed, and where it lies on the page. */
    private record Crop(GrayImage gray, GrayImage binary, int x, int y) {
        Rect whole() {
            return new Rect(0, 0, gray.width(), gray.height());
        }

        Rect toPage(Rect r) {
            return new Rect(r.x() + x, r.y() + y, r.width(), r.height());
        }
    }

    private Crop crop(PreparedPage page, Cell c) {
        CellCleaner.CleanedCell cc = cleaner.clean(page, inner(page, c));
        return new Crop(cc.gray(), cc.binary(), cc.box().x(), cc.box().y());
    }

    /**
     * Text cells are read from the page itself, with a margin beyond their ink: a code's "[" often sits
     * close to the left ruling, and a crop of the cell would cut it.
     */
    private CellReading readCell(PreparedPage page, Cell c, ColumnRole role, ReadMode mode, OcrEngine engine) {
        List<Rect> bands = InkBands.lines(page.binary(), inner(page, c), page.dpi());
        if (bands.isEmpty()) return new CellReading(c, role, "", 1.0, List.of(), true);
        Rect ink = InkBands.union(bands);
        int pad = Math.max(2, page.dpi() / 75);
        Rect region = new Rect(ink.x() - pad, ink.y() - pad, ink.width() + 2 * pad, ink.height() + 2 * pad);
        OcrText t = engine.read(page.gray(), region.clip(page.gray().width(), page.gray().height()), mode);
        if (mode != ReadMode.BLOCK || t.lines().isEmpty()) return new CellReading(c, role, t.text(), t.confidence(), t.lines(), false);
        Missed m = missedLines(page.gray(), page.dpi(), t, bands, pad, engine);
        return m == null ? new CellReading(c, role, t.text(), t.confidence(), t.lines(), false)
                : new CellReading(c, role, m.text(), t.confidence(), m.lines(), false, m.doubts());
    }

    /** A cell's reading with the lines the block reading left out: its text, lines top to bottom, each line's doubt. */
    record Missed(String text, List<OcrText.Line> lines, List<String> doubts) {}

    /** Below this confidence, or with fewer than two letters or digits, a line read alone is not taken into the text. */
    static final double MISSED_LINE_CONFIDENCE = 0.5;
    /** The doubt on a line of ink that the block reading of its cell left out. */
    static final String MISSED_LINE = "a line of the cell that the block reading left out, read alone";
    static final String MISSED_UNREAD = "a line of ink in the cell that did not read";

    /**
     * Tesseract's layout analysis of a text block sometimes leaves out a whole line of it (most often a first line
     * that holds a date or a count: "২৬/১০/২০২১ তারিখে" above "বাস্তবায়িত হয়েছে"), and with it the value the text
     * states. Each band of ink that no line of the reading covers is read alone as one line and put in its place;
     * either way the line carries a doubt, so the value of the cell is never silently short of a line.
     */
    static Missed missedLines(GrayImage gray, int dpi, OcrText t, List<Rect> bands, int pad, OcrEngine engine) {
        List<OcrText.Line> lines = new ArrayList<>(t.lines());
        List<String> doubts = new ArrayList<>(java.util.Collections.nCopies(lines.size(), (String) null));
        boolean changed = false;
        for (Rect b : bands) {
            boolean covered = false;
            for (OcrText.Line l : t.lines()) {
                if (l.box() == null) { covered = true; break; }
                int overlap = Math.min(b.bottom(), l.box().bottom()) - Math.max(b.y(), l.box().y());
                if (overlap >= 0.5 * Math.min(b.height(), Math.max(1, l.box().height()))) { covered = true; break; }
            }
            if (covered || b.height() < dpi / 20) continue; // a speck or a stroke is no line of text
            Rect r = new Rect(b.x() - pad, b.y() - pad, b.width() + 2 * pad, b.height() + 2 * pad).clip(gray.width(), gray.height());
            OcrText alone = engine.read(gray, r, ReadMode.LINE);
            String text = alone.text().replace('\n', ' ').strip();
            long signs = text.codePoints().filter(Character::isLetterOrDigit).count();
            boolean take = alone.confidence() >= MISSED_LINE_CONFIDENCE && signs >= 2;
            int at = 0;
            while (at < lines.size() && lines.get(at).box() != null && lines.get(at).box().y() < b.y()) at++;
            lines.add(at, new OcrText.Line(take ? text : "", b, take ? alone.confidence() : 0));
            doubts.add(at, take ? MISSED_LINE : MISSED_UNREAD);
            changed = true;
        }
        if (!changed) return null;
        StringBuilder sb = new StringBuilder();
        for (OcrText.Line l : lines) {
            if (l.text().isEmpty()) continue; // a line of ink that did not read: only its doubt
            if (sb.length() > 0) sb.append('\n');
            sb.append(l.text());
        }
        return new Missed(sb.toString(), lines, doubts);
    }

    /** Value cells are read band by band: a cell may hold two stacked values (two indicators in one row). */
    private CellReading readValueCell(PreparedPage page, Cell c, ColumnRole role, OcrEngine engine) {
        Crop k = crop(page, c);
        List<Rect> bands = InkBands.lines(k.binary(), k.whole(), page.dpi());
        if (bands.isEmpty()) return new CellReading(c, role, "", 1.0, List.of(), true);
        int pad = Math.max(2, page.dpi() / 75);
        List<OcrText.Line> lines = new ArrayList<>();
        List<String> doubts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        double conf = 0;
        for (Rect b : bands) {
            Rect region = new Rect(b.x() - pad, b.y() - pad, b.width() + 2 * pad, b.height() + 2 * pad)
                    .clip(k.gray().width(), k.gray().height());
            GlyphReader.Reading gr = glyphs.read(k.binary(), b);
            // the glyph reader is sure of most values; Tesseract is asked only about the rest
            String tess = "";
            double tConf = 0;
            if (gr.text().isEmpty() || gr.confidence() < ValueVote.SURE) {
                OcrText t = engine.read(k.gray(), region, ReadMode.VALUE);
                // line mode drops some one- and two-digit values: read them again as a word
                if (t.text().isBlank()) t = engine.read(k.gray(), region, ReadMode.VALUE_WORD);
                tess = t.text().replace('\n', ' ').replace(" ", "").strip();
                tConf = t.confidence();
            }
            ValueVote v = ValueVote.of(tess, tConf, gr.text(), gr.confidence());
            String text = v.text();
            // a flat short stroke is a dash; a small round blot (০ at small type) is a value that did not read
            if (text.isEmpty()) text = b.height() < page.dpi() / 25 && b.width() > b.height() * 1.3 ? "-" : UNREADABLE;
            doubts.add(v.doubt());
            double lc = v.confidence();
            List<org.suchi.reading.Reread> rereads = List.of();
            if (WeakValue.weak(text, v)) {
                // a weak first reading: the losing reader's text and the same ink read again other ways
                rereads = new ArrayList<>();
                if (!tess.isEmpty() && !tess.equals(text)) rereads.add(new org.suchi.reading.Reread(tess, tConf, "Tesseract"));
                if (!gr.text().isEmpty() && !gr.text().equals(text)) {
                    rereads.add(new org.suchi.reading.Reread(gr.text(), gr.confidence(), "glyphs"));
                }
                rereads.addAll(second.read(k.gray(), b, region, engine));
            }
            lines.add(new OcrText.Line(text, k.toPage(b), lc, null, rereads));
            if (sb.length() > 0) sb.append('\n');
            sb.append(text);
            conf += lc;
        }
        return new CellReading(c, role, sb.toString(), conf / bands.size(), lines, false, doubts);
    }
}
