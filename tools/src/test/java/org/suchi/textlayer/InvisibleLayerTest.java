package org.suchi.textlayer;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.ingest.DocumentOpener;
import org.suchi.ingest.OpenedDocument;
import org.suchi.layout.RulingLayoutAnalyzer;
import org.suchi.normalise.BanglaText;
import org.suchi.ocr.OcrEnginePool;
import org.suchi.synth.Fonts;

/**
 * A scanned page with another tool's invisible OCR layer (text render mode 3) is trusted only when our OCR
 * agrees with the layer on a sample of its lines; a scan with a few typed words is OCR'd. Needs Tesseract
 * and the Lohit Bengali font.
 */
@Tag("slow")
class InvisibleLayerTest {
    private static final List<String> DATES = List.of("26/12/2023", "11/05/2024", "23/05/2024", "04/06/2024",
            "16/06/2024", "28/06/2024", "07/07/2024", "20/01/2024");
    private static final int DPI = 300;
    private static OcrEnginePool engines;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        engines = Pipeline.engines(PipelineSettings.DEFAULT);
    }

    @AfterAll
    static void tearDown() {
        engines.close();
    }

    /** An A4 page: the image shows the dates in Bangla digits, the invisible layer says {@code layer}. */
    private Path scanWithLayer(String name, List<String> layer) throws Exception {
        return scanWithLayer(name, layer, RenderingMode.NEITHER);
    }

    private Path scanWithLayer(String name, List<String> layer, RenderingMode mode) throws Exception {
        int w = (int) Math.round(PDRectangle.A4.getWidth() / 72 * DPI), h = (int) Math.round(PDRectangle.A4.getHeight() / 72 * DPI);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font f = Fonts.find().regular(Fonts.LOHIT, 14f * DPI / 72f);
        g.setFont(f);
        float[] widths = new float[DATES.size()];
        for (int i = 0; i < DATES.size(); i++) {
            String s = BanglaText.toBanglaDigits(DATES.get(i));
            g.drawString(s, 300, 400 + 150 * i);
            widths[i] = g.getFontMetrics().stringWidth(s) * 72f / DPI;
        }
        g.dispose();
        Path pdf = dir.resolve(name + ".pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            d.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
                cs.drawImage(LosslessFactory.createFromImage(d, img), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                cs.beginText();
                cs.setRenderingMode(mode);
                PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                cs.setFont(helvetica, 14);
                for (int i = 0; i < layer.size(); i++) {
                    // as OCR tools do: each line's invisible text stretched to the width of the word on the image
                    cs.setHorizontalScaling(100 * widths[i] / (helvetica.getStringWidth(layer.get(i)) / 1000 * 14));
                    cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(300 * 72f / DPI,
                            PDRectangle.A4.getHeight() - (400 + 150 * i) * 72f / DPI));
                    cs.showText(layer.get(i));
                }
                cs.endText();
            }
            d.save(pdf.toFile());
        }
        return pdf;
    }

    private PageText read(Path pdf) {
        TextLayerPages pages = new TextLayerPages(DPI, new RulingLayoutAnalyzer());
        try (OpenedDocument doc = new DocumentOpener(PipelineSettings.DEFAULT.ingest()).open(pdf)) {
            return pages.read(doc, 1, null, engines.engine());
        }
    }

    @Test
    void anInvisibleLayerThatAgreesWithOurOcrIsUsed() throws Exception {
        PageText t = read(scanWithLayer("agrees", DATES));
        assertThat(t.fromTextLayer()).as(String.valueOf(t.note())).isTrue();
        assertThat(t.how()).isEqualTo(PageText.How.TEXT);
        assertThat(t.note().message()).contains("invisible text layer", "its text was used");
        assertThat(t.reading().freeText().text()).contains("26/12/2023", "20/01/2024");
    }

    @Test
    void aScanWithAFewTypedWordsIsOcrd() throws Exception {
        // a visible typed line over a full-page scan: the content is in the image
        PageText t = read(scanWithLayer("typed-over-scan", List.of("Annex 2: progress table"), RenderingMode.FILL));
        assertThat(t.fromTextLayer()).isFalse();
        assertThat(t.note().message()).contains("mostly an image", "read by OCR");
    }

    @Test
    void anInvisibleLayerThatDisagreesIsReplacedByOcr() throws Exception {
        List<String> wrong = DATES.stream().map(s -> new StringBuilder(s).reverse().toString()).toList();
        PageText t = read(scanWithLayer("disagrees", wrong));
        assertThat(t.fromTextLayer()).isFalse();
        assertThat(t.how()).isEqualTo(PageText.How.OCR);
        assertThat(t.note().message()).contains("invisible text layer", "read by OCR");
    }
}
