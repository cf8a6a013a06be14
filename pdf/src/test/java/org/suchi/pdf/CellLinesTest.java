package org.suchi.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.AffineTransform;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;
import org.suchi.layout.Cell;
import org.suchi.layout.ColumnRole;
import org.suchi.layout.Grid;
import org.suchi.ocr.PageReader;
import org.suchi.reading.CellReading;
import org.suchi.reading.OcrText;

/** The tables' text from the core's cell readings: one line per cell, and what poppler's pdftotext makes of it. */
class CellLinesTest {
    @TempDir
    Path tmp;

    /** A cell at column {@code col} of the box {@code box} whose text wraps over {@code lines} (each 40 px tall, 50 px apart). */
    static CellReading cell(int col, Rect box, String... lines) {
        List<OcrText.Line> ls = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            ls.add(new OcrText.Line(lines[i], new Rect(box.x() + 10, box.y() + 10 + 50 * i, box.width() - 20 - 15 * i, 40), 0.9));
        }
        return new CellReading(new Cell(0, col, 1, 1, box), ColumnRole.UNKNOWN, String.join("\n", lines), 0.9, ls, false);
    }

    @Test
    void aWrappedCellBecomesOneLineOnItsFirstBaselineOverAllItsLinesWidth() {
        Rect box = new Rect(100, 200, 400, 300);
        TextLine l = CellLines.line(cell(3, box, "[১.২.১] ইতঃপূর্বে উদ্ভাবিত/সহজিকৃত/", "ডিজিটাইজকৃত সেবাসমূহের", "ডাটাবেজ হালনাগাদকরণ"), 300);
        assertThat(l.baseline()).isEqualTo(250.0); // the first line's box: 210 .. 250
        assertThat(l.top()).isEqualTo(210.0);
        assertThat(l.column()).isEqualTo(3);
        assertThat(l.words()).extracting(TextLine.Word::text)
                .containsExactly("[১.২.১]", "ইতঃপূর্বে", "উদ্ভাবিত/সহজিকৃত/", "ডিজিটাইজকৃত", "সেবাসমূহের", "ডাটাবেজ", "হালনাগাদকরণ");
        assertThat(l.left()).isEqualTo(110.0);
        assertThat(l.right()).isCloseTo(490.0, org.assertj.core.data.Offset.offset(1e-6)); // the widest line's end
        for (int i = 0; i + 1 < l.words().size(); i++) {
            assertThat(l.words().get(i).right()).isLessThan(l.words().get(i + 1).left());
        }
    }

    @Test
    void blankCellsGiveNoLineAndUnreadableMarksAreDropped() {
        Rect box = new Rect(0, 0, 200, 100);
        assertThat(CellLines.line(new CellReading(new Cell(0, 0, 1, 1, box), ColumnRole.UNKNOWN, "", 1, List.of(), true), 300)).isNull();
        assertThat(CellLines.words("৫০\n" + PageReader.UNREADABLE + "\n৬০")).containsExactly("৫০", "৬০");
        assertThat(CellLines.line(cell(0, box, PageReader.UNREADABLE), 300)).isNull();
    }

    @Test
    void aHeaderKnownFromThePreviousPageWithoutLineBoxesStaysInsideItsCell() {
        Rect box = new Rect(100, 100, 300, 200);
        CellReading header = new CellReading(new Cell(0, 1, 1, 1, box), ColumnRole.UNKNOWN, "কর্মসম্পাদন সূচক", 1, List.of(), false);
        TextLine l = CellLines.line(header, 300);
        assertThat(l.left()).isGreaterThanOrEqualTo(100.0);
        assertThat(l.right()).isLessThanOrEqualTo(400.0);
        assertThat(l.top()).isGreaterThanOrEqualTo(100.0);
        assertThat(l.baseline()).isLessThanOrEqualTo(300.0).isGreaterThan(l.top());
    }

    @Test
    void fullPageOcrLeavesTheReadTablesOut() {
        Grid g = new Grid(new Rect(10, 10, 20, 20), List.of(10, 30), List.of(10, 30), List.of(new Cell(0, 0, 1, 1, new Rect(10, 10, 20, 20))));
        GrayImage page = new GrayImage(40, 40, new byte[40 * 40]); // all black
        GrayImage out = CellLines.without(page, List.of(g));
        assertThat(out.get(15, 15)).isEqualTo(255);
        assertThat(out.get(5, 5)).isZero();
        assertThat(page.get(15, 15)).as("the page itself is not changed").isZero();
        TextLine l = new TextLine(List.of(new TextLine.Word("ক", 0, 0, 8, 8), new TextLine.Word("খ", 12, 12, 20, 20)), 8, 0);
        assertThat(CellLines.outside(List.of(l), List.of(g))).singleElement()
                .satisfies(x -> assertThat(x.words()).extracting(TextLine.Word::text).containsExactly("ক"));
    }

    @Test
    void squeezedLinesGetASmallerFontSoThatNoLetterIsTakenForAnOverprint() {
        // 40 letters over 100 px: 2.5 px a letter, far narrower than a tenth of the page's 40 px size
        TextLine l = new TextLine(CellLines.spread(List.of("ডাটাবেজ", "হালনাগাদকরণ", "ডাটাবেজের", "সেবাসমূহের"), 0, 100, 60, 100), 100, 60);
        TextLayer.Placed p = TextLayer.place(List.of(l)).get(0);
        assertThat(TextLayer.charWidth(p.words()) / p.size()).isGreaterThanOrEqualTo(TextLayer.MIN_CHAR_SHARE - 1e-9);
    }

    /**
     * Two table rows of three cells side by side, each cell's text wrapped over several lines (the case where
     * pdftotext interleaved neighbouring cells' lines): written from the cell readings, pdftotext gives every
     * cell's text whole and in order, also when squeezed hard (letters repeated close together, ডাটাবেজ, kept).
     */
    @Test
    void pdftotextReadsEveryCellWholeAndInOrder() throws Exception {
        List<CellReading> cells = List.of(
                cell(0, new Rect(100, 100, 500, 300), "[১.১] উদ্ভাবনী ধারণা", "বাস্তবায়ন"),
                cell(1, new Rect(610, 100, 200, 300), "[১.১.১] ইতঃপূর্বে উদ্ভাবিত/সহজিকৃত/", "ডিজিটাইজকৃত সেবাসমূহের ডাটাবেজ",
                        "হালনাগাদকরণ ও ডাটাবেজের সেবাসমূহ", "চালু অব্যাহত রাখা"),
                cell(2, new Rect(820, 100, 200, 300), "তারিখ"),
                cell(0, new Rect(100, 410, 500, 300), "[১.২] ই-গভর্ন্যান্স কর্মপরিকল্পনা", "বাস্তবায়ন"),
                cell(1, new Rect(610, 410, 200, 300), "[১.২.১] ই-ফাইলে নোট", "নিষ্পত্তিকৃত"),
                cell(2, new Rect(820, 410, 200, 300), "%"));
        List<TextLine> lines = new ArrayList<>();
        for (CellReading c : cells) lines.add(CellLines.line(c, 300));
        Path pdf = tmp.resolve("cells.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(1700 * 72f / 300, 1000 * 72f / 300));
            doc.addPage(page);
            COSDictionary font = GlyphlessFont.create(doc);
            PDResources res = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            res.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(res);
            AffineTransform toUser = PageGeometry.imageToUser(1700, 1000, 0, 0, 1700 * 72.0 / 300, 1000 * 72.0 / 300);
            COSStream s = doc.getDocument().createCOSStream();
            try (OutputStream o = s.createOutputStream(COSName.FLATE_DECODE)) {
                o.write(TextLayer.operators(lines, toUser, "F1", 850).getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, s);
            doc.save(pdf.toFile());
        }
        String text = squeeze(ArchiveWriterTest.pdftotext(pdf));
        int last = -1;
        for (CellReading c : cells) {
            String want = squeeze(c.text());
            int at = text.indexOf(want);
            assertThat(at).as("cell %s whole in %s", want, text).isGreaterThanOrEqualTo(0);
            if (c.cell().col() == 0) {
                assertThat(at).as("rows in order").isGreaterThan(last);
                last = at;
            }
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
