package org.suchi.textlayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.Suchi;
import org.suchi.eval.EvidenceCheck;



import org.suchi.model.Evidence;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.normalise.BanglaText;

import org.suchi.synth.DocPlan;
import org.suchi.synth.Generator;
import org.suchi.synth.TextPdf;

/**
 * Evidence on a born-digital PDF: values read from the text layer say so, and their boxes come from the
 * glyph positions: the PDF's own text inside each box of a number or date (PDFBox, by area) has the
 * digits that were read. Needs Chromium (to print the PDF), Tesseract and OpenCV.
 */
class TextLayerEvidenceTest {
    private static Suchi suchi;
    private static Generator generator;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        suchi = Suchi.open();
        generator = Generator.createDefault();
    }

    @AfterAll
    static void tearDown() {
        suchi.close();
    }

    @Test
    void textLayerValuesPointAtTheirGlyphs() throws Exception {
        TextPdf.Producer producer = TextPdf.Producer.CHROMIUM;
        assertThat(producer.command()).as("chromium to print PDFs (./suchi test installs it)").isNotNull();
        DocPlan plan = generator.plan("evidence-text", Generator.docSeed(20261206L, 1), null, true);
        TextPdf.write(plan, dir, producer);
        Path pdf = dir.resolve(plan.name() + ".pdf");
        Report r = suchi.extract(pdf);

        EvidenceCheck.Result ec = new EvidenceCheck().add(plan.name(), r).result();
        assertThat(ec.problems()).isEmpty();
        assertThat(ec.targetRows()).isPositive();
        assertThat(ec.byHow()).containsKey(Evidence.TEXT_LAYER).doesNotContainKey(Evidence.OCR);
        assertThat(r.document().evidence()).containsKeys("office", "fiscal_year", "period", "memo_number", "memo_date");
        r.document().evidence().values().forEach(e -> assertThat(e.how()).isEqualTo(Evidence.TEXT_LAYER));

        int checked = 0;
        List<String> bad = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (Row row : r.rows()) {
                for (Map.Entry<String, Evidence> en : row.evidence().entrySet()) {
                    Evidence e = en.getValue();
                    if (!e.how().equals(Evidence.TEXT_LAYER)) continue;
                    if (e.confidence() != 1.0 && r.warnings().stream().noneMatch(w -> en.getKey().equals(w.field())
                            && row.indicator().code().equals(w.indicator()))) {
                        bad.add(row.indicator().code() + " " + en.getKey() + ": confidence " + e.confidence() + " without a warning");
                    }
                    String k = en.getKey();
                    if (!(k.startsWith("targets.") || k.equals("weight") || k.equals("reported_score"))) continue;
                    String read = digits(e.text());
                    String inBox = digits(textIn(doc, e));
                    checked++;
                    if (!inBox.equals(read)) bad.add(row.indicator().code() + " " + k + " " + e.box() + ": read " + e.text()
                            + " but the box holds \"" + textIn(doc, e).strip() + "\"");
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(bad).isEmpty();
    }

    /** The PDF's text inside the evidence box (grown by half a point, so glyphs on its edge count). */
    private static String textIn(PDDocument doc, Evidence e) throws Exception {
        PDPage page = doc.getPage(e.page() - 1);
        PDRectangle crop = page.getCropBox();
        double w = crop.getWidth(), h = crop.getHeight();
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.setSortByPosition(true);
        s.addRegion("box", new Rectangle2D.Double(e.x0() * w - 0.5, e.y0() * h - 0.5, (e.x1() - e.x0()) * w + 1, (e.y1() - e.y0()) * h + 1));
        s.extractRegions(page);
        return s.getTextForRegion("box");
    }

    private static String digits(String s) {
        return BanglaText.toAsciiDigits(s).replaceAll("\\D", "");
    }
}
