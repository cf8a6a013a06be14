package org.suchi.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;
import org.suchi.image.TestPages;
import org.suchi.ocr.glyph.DigitModel;
import org.suchi.ocr.glyph.GlyphReader;
import org.suchi.reading.Reread;

/** Second readings of a drawn value line, with the real Tesseract and glyph reader. */
class SecondReaderTest {
    private static TesseractEngine engine;

    @BeforeAll
    static void open() {
        engine = new TesseractEngine(OcrSettings.system("ben", 300));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest(name = "[{index}] a line {0} px high is enlarged {1}x")
    @CsvSource({"8, 4", "12, 4", "14, 3", "20, 2", "40, 2", "90, 2"})
    void scale(int height, int factor) {
        assertThat(SecondReader.scale(height)).isEqualTo(factor);
    }

    /**
     * "৮০%" drawn small (9 pt at 150 dpi) with a scribble stroke entering the padding from the right: the readings
     * are made by every treatment, and the stroke (ink touching the padding's border) is not read as a glyph.
     */
    @Test
    void readsTheLineByEveryTreatmentWithoutInkFromOutside() {
        int dpi = 150;
        BufferedImage img = new BufferedImage(160, 50, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 160, 50);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(TestPages.banglaFont(9, dpi));
        g.drawString("৮০%", 40, 32);
        var fm = g.getFontMetrics();
        int textW = fm.stringWidth("৮০%");
        // a stroke from the right edge of the crop to just short of the text's end
        g.setStroke(new java.awt.BasicStroke(2f));
        g.drawLine(40 + textW + 6, 26, 159, 20);
        g.dispose();
        GrayImage gray = GrayImage.of(img);
        Rect band = new Rect(38, 14, textW + 4, 22);
        Rect region = new Rect(30, 8, 130, 34);
        List<Reread> rr = new SecondReader(new GlyphReader(DigitModel.load())).read(gray, band, region, engine);
        assertThat(rr).extracting(Reread::how).containsExactly("Tesseract \u00d72", "glyphs, line's own threshold",
                "glyphs, stricter threshold", "Tesseract \u00d72, line's own threshold");
        // the border stroke is gone from the binarised readings: nothing after the % sign
        for (Reread r : rr.subList(1, 4)) assertThat(r.text()).as(r.how()).doesNotEndWith("-").doesNotEndWith("/");
        // and some reading reads the value
        assertThat(rr).extracting(Reread::text).contains("৮০%");
    }
}
