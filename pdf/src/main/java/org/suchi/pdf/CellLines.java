package org.suchi.pdf;

import java.util.ArrayList;
import java.util.List;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;
import org.suchi.layout.Grid;
import org.suchi.ocr.PageReader;
import org.suchi.reading.CellReading;
import org.suchi.reading.OcrText;
import org.suchi.reading.PageReading;
import org.suchi.reading.TableReading;

/**
 * The invisible text of a page's report tables from the core's own cell-by-cell reading ({@link PageReading}):
 * the extraction reads each cell on its own (cleaned, with the column's alphabet), which reads the tables
 * far better than full-page OCR does. Each cell's whole text is written as <em>one</em> line, on the baseline
 * of its first line and squeezed (the words spread in proportion to their length) over the width of all its
 * lines: a text extractor then gives every cell's text contiguous, never interleaved line by line with the
 * cells beside it (plain {@code pdftotext} puts lines of neighbouring cells that lie side by side into one
 * line). The cost: a selection of a wrapped cell's text is highlighted on its first line only.
 * <p>
 * Tables the core did not read (too few columns, no report header) are left to full-page OCR. Pure.
 */
final class CellLines {
    /**
     * @param lines one line per cell with text, in the page's pixels (the read page: upright, deskewed)
     * @param read  the tables the lines cover: the full-page OCR of the rest of the page leaves them out
     */
    record Tables(List<TextLine> lines, List<Grid> read) {}

    private CellLines() {}

    /** The cell lines of {@code reading} (a page read by OCR at {@code dpi}); none for a page without tables. */
    static Tables of(PageReading reading, int dpi) {
        if (reading == null || reading.textLayer()) return new Tables(List.of(), List.of());
        List<TextLine> lines = new ArrayList<>();
        List<Grid> read = new ArrayList<>();
        for (TableReading t : reading.tables()) {
            read.add(t.grid());
            List<CellReading> cells = new ArrayList<>(t.header());
            cells.addAll(t.body());
            for (CellReading c : cells) {
                TextLine l = line(c, dpi);
                if (l != null) lines.add(l);
            }
        }
        return new Tables(lines, read);
    }

    /** The usual height of a text line's letters above its baseline, as a share of the resolution (about 10 pt type). */
    static final double LINE_HEIGHT_DPI = 0.11;

    /** One cell's text as one line, or null when it has none. */
    static TextLine line(CellReading c, int dpi) {
        if (c.blank()) return null;
        List<String> words = words(c.text());
        if (words.isEmpty()) return null;
        Rect cell = c.cell().box();
        double left = Double.MAX_VALUE, right = -Double.MAX_VALUE, top, baseline;
        OcrText.Line first = null;
        for (OcrText.Line l : c.lines()) {
            if (l.box() == null || l.box().width() <= 0 || l.box().height() <= 0 || words(l.text()).isEmpty()) continue;
            if (first == null) first = l;
            left = Math.min(left, l.box().x());
            right = Math.max(right, l.box().right());
        }
        if (first != null) {
            // within the cell: a line box read with a margin may reach over the ruling
            left = Math.max(left, cell.x());
            right = Math.min(right, cell.right());
            top = Math.max(first.box().y(), cell.y());
            baseline = Math.min(first.box().bottom(), cell.bottom());
        } else {
            // a header known from the previous page's print: its text without line boxes, put at the cell's top
            int pad = Math.max(1, Math.min(cell.width(), cell.height()) / 10);
            left = cell.x() + pad;
            right = cell.right() - pad;
            top = cell.y() + pad;
            baseline = Math.min(cell.bottom() - pad, top + LINE_HEIGHT_DPI * dpi);
        }
        if (right - left < 1 || baseline - top < 1) return null;
        return new TextLine(spread(words, left, right, top, baseline), baseline, top, c.cell().col(), cell);
    }

    /**
     * The words laid side by side over [left, right], each as wide as its characters' share, one character's
     * share between words (so that the text layer fills it with a space).
     */
    static List<TextLine.Word> spread(List<String> words, double left, double right, double top, double bottom) {
        int units = words.size() - 1;
        for (String w : words) units += w.codePointCount(0, w.length());
        double unit = (right - left) / Math.max(1, units);
        List<TextLine.Word> out = new ArrayList<>(words.size());
        double x = left;
        for (String w : words) {
            double end = x + unit * w.codePointCount(0, w.length());
            out.add(new TextLine.Word(w, x, top, end, bottom));
            x = end + unit;
        }
        return out;
    }

    /** The words of a cell's text: its lines joined, the mark of an unreadable value dropped. */
    static List<String> words(String text) {
        if (text == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String w : text.replace(PageReader.UNREADABLE, " ").strip().split("\\s+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** {@code page} with the {@code tables}' boxes painted white: what full-page OCR should still read. */
    static GrayImage without(GrayImage page, List<Grid> tables) {
        if (tables.isEmpty()) return page;
        byte[] px = page.pixels().clone();
        int w = page.width(), h = page.height();
        for (Grid g : tables) {
            Rect b = g.bounds().clip(w, h);
            for (int y = b.y(); y < b.bottom(); y++) {
                java.util.Arrays.fill(px, y * w + b.x(), y * w + b.right(), (byte) 0xFF);
            }
        }
        return new GrayImage(w, h, px);
    }

    /** The lines of full-page OCR with every word whose centre lies in one of {@code tables} dropped. */
    static List<TextLine> outside(List<TextLine> lines, List<Grid> tables) {
        if (tables.isEmpty()) return lines;
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : lines) {
            List<TextLine.Word> kept = new ArrayList<>();
            for (TextLine.Word w : l.words()) {
                int cx = (int) ((w.left() + w.right()) / 2), cy = (int) ((w.top() + w.bottom()) / 2);
                if (tables.stream().noneMatch(g -> g.bounds().contains(cx, cy))) kept.add(w);
            }
            if (!kept.isEmpty()) out.add(new TextLine(kept, l.baseline(), l.top(), l.column(), l.cell()));
        }
        return out;
    }
}
