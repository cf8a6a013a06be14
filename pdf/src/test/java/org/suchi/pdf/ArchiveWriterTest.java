package org.suchi.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.config.ProjectPaths;
import org.suchi.extract.PipelineSettings;

/**
 * The archive copy end to end, with the real Tesseract, veraPDF and poppler's pdftotext: inputs are drawn here
 * (Bangla pages whose text is known) or the project's samples/.
 */
class ArchiveWriterTest {
    /**
     * Words with conjuncts, the reph, and pre-base vowel signs (ে, ি before their consonant when drawn); none that
     * makes the core take a page for a report. (Tesseract's ben model reads ৈ as ে, so ত্রৈমাসিক is not among them.)
     */
    static final List<String> WORDS = List.of("মন্ত্রিপরিষদ", "বিভাগের", "কর্মসূচির", "বাস্তবায়ন", "উদ্ভাবনী",
            "সেবা", "জেলা", "প্রশাসকের", "কার্যালয়", "প্রকল্প", "প্রতিবেদন", "নিশ্চিত", "করতে", "হবে", "ডিজিটাল",
            "বাংলাদেশ", "গঠনে", "শিক্ষা", "স্বাস্থ্য", "কৃষি", "মৎস্য", "কর্মকর্তা", "পরিদর্শন", "করেছেন");

    @TempDir
    static Path tmp;
    static ArchiveWriter writer;

    @BeforeAll
    static void open() {
        writer = new ArchiveWriter(PipelineSettings.DEFAULT);
    }

    @AfterAll
    static void close() {
        writer.close();
    }

    static Path samples() {
        return ProjectPaths.home().orElseThrow().resolve("samples");
    }

    @Test
    void banglaLetterScanReadsBackInLogicalOrderAndKeepsItsPixels() throws Exception {
        // Lohit at 16 pt: Tesseract's layout analysis reads all three lines (in Noto it drops one of so few lines)
        BanglaPage.Drawn page = BanglaPage.draw(WORDS, BanglaPage.font(2), 16, 300);
        Path in = tmp.resolve("letter.png");
        page.png(in, 300);
        Path out = tmp.resolve("letter.pdf");
        ArchiveWriter.Result r = writer.write(in, out, true);

        assertThat(r.report()).as("a letter without memo is no report").isNull();
        assertThat(r.ocrPages()).isEqualTo(1);
        String text = pdftotext(out);
        // every word, whole, in the order drawn (lines top to bottom, words left to right)
        int at = -1;
        for (String line : page.lines()) {
            for (String word : line.split(" ")) {
                int i = text.indexOf(word, at + 1);
                assertThat(i).as("'%s' after position %d in:%n%s", word, at, text).isGreaterThan(at);
                at = i;
            }
        }
        assertSamePixels(out, 1, ImageIO.read(in.toFile()));
        PdfAValidation.Outcome v = PdfAValidation.validate(out);
        assertThat(v.flavour()).isEqualTo("2b");
        assertThat(v.failures()).isEmpty();
        assertThat(v.compliant()).isTrue();
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(d.getDocumentCatalog().getNames()).as("nothing embedded for a non-report").isNull();
            assertThat(d.getPage(0).getMediaBox().getWidth()).as("the scan's size: 8.27 in").isBetween(594f, 597f);
        }
        assertThat(Files.size(out)).as("output no larger than input + a few kB").isLessThan(Files.size(in) + 30_000);
    }

    @Test
    void jpegDataIsPassedThroughByteForByte() throws Exception {
        BanglaPage.Drawn page = BanglaPage.draw(WORDS.subList(0, 8), BanglaPage.font(1), 18, 300);
        Path in = tmp.resolve("scan.jpg");
        page.jpeg(in);
        Path out = tmp.resolve("scan.pdf");
        writer.write(in, out, false);
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            PDImageXObject img = onlyImage(d.getPage(0));
            assertThat(img.getCOSObject().getItem(COSName.FILTER)).isEqualTo(COSName.DCT_DECODE);
            try (InputStream raw = img.getCOSObject().createRawInputStream()) {
                assertThat(raw.readAllBytes()).isEqualTo(Files.readAllBytes(in));
            }
        }
        assertThat(pdftotext(out)).contains("কর্মসূচির").contains("মন্ত্রিপরিষদ");
        assertThat(PdfAValidation.validate(out).failures()).isEmpty();
    }

    @Test
    void reportCarriesItsJsonAsAssociatedFileAndItsFieldsInXmp() throws Exception {
        Path in = samples().resolve("sample-png-c.png");
        Path out = tmp.resolve("report.pdf");
        ArchiveWriter.Result r = writer.write(in, out, true);
        assertThat(r.report()).isNotNull();
        assertThat(r.report().rows()).isNotEmpty();

        PdfAValidation.Outcome v = PdfAValidation.validate(out);
        assertThat(v.flavour()).isEqualTo("3b");
        assertThat(v.failures()).isEmpty();
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            COSArray af = (COSArray) d.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.AF);
            assertThat(af).hasSize(1);
            COSDictionary spec = (COSDictionary) (af.get(0) instanceof COSObject o ? o.getObject() : af.get(0));
            assertThat(spec.getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Data");
            Map<String, PDComplexFileSpecification> files = d.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(files).containsOnlyKeys("sample-png-c.json");
            PDComplexFileSpecification fs = files.get("sample-png-c.json");
            assertThat(fs.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            JsonNode json = new ObjectMapper().readTree(fs.getEmbeddedFile().toByteArray());
            assertThat(json.path("schema").asText()).isEqualTo("report/1");
            assertThat(json.path("rows").size()).isEqualTo(r.report().rows().size());
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>");
            if (r.report().document().office() != null) assertThat(xmp).contains(PdfA.esc(r.report().document().office()));
            if (r.report().document().fiscalYear() != null) {
                assertThat(xmp).contains("<suchi:fiscalYear>" + r.report().document().fiscalYear() + "</suchi:fiscalYear>");
            }
        }
        assertSamePixels(out, 1, ImageIO.read(in.toFile()));
    }

    @Test
    void tiffPagesKeepTheirPixels() throws Exception {
        Path in = samples().resolve("sample-tif-a.tif");
        Path out = tmp.resolve("tiff.pdf");
        ArchiveWriter.Result r = writer.write(in, out, false);
        List<BufferedImage> pages = tiffPages(in);
        assertThat(r.pages()).isEqualTo(pages.size());
        for (int i = 0; i < pages.size(); i++) assertSamePixels(out, i + 1, pages.get(i));
        assertThat(PdfAValidation.validate(out).failures()).isEmpty();
        assertThat(pdftotext(out)).contains("কর্মপরিকল্পনা");
    }

    @Test
    void scannedPdfKeepsItsOwnPageContent() throws Exception {
        Path in = samples().resolve("sample-pdf-b.pdf");
        Path out = tmp.resolve("scanned.pdf");
        ArchiveWriter.Result r = writer.write(in, out, false);
        assertThat(r.ocrPages()).isEqualTo(r.pages());
        try (PDDocument a = Loader.loadPDF(in.toFile()); PDDocument b = Loader.loadPDF(out.toFile())) {
            assertThat(b.getNumberOfPages()).isEqualTo(a.getNumberOfPages());
            for (int p = 0; p < a.getNumberOfPages(); p++) {
                List<byte[]> before = contentStreams(a.getPage(p));
                List<byte[]> after = contentStreams(b.getPage(p));
                // q and a span with no text to copy, the page's own streams unchanged, then its end, Q and the text layer
                assertThat(after).hasSize(before.size() + 2);
                for (int i = 0; i < before.size(); i++) assertThat(after.get(i + 1)).isEqualTo(before.get(i));
                assertThat(new String(after.get(after.size() - 1), StandardCharsets.US_ASCII)).contains("3 Tr").contains("Tz <");
                try (InputStream x = onlyImage(a.getPage(p)).getCOSObject().createRawInputStream();
                     InputStream y = onlyImage(b.getPage(p)).getCOSObject().createRawInputStream()) {
                    assertThat(y.readAllBytes()).isEqualTo(x.readAllBytes());
                }
            }
        }
        assertThat(PdfAValidation.validate(out).failures()).isEmpty();
        assertThat(pdftotext(out)).contains("কর্মপরিকল্পনা");
    }

    @Test
    void legacyFontPageGetsAUnicodeLayerAndItsMojibakeIsNoLongerCopied() throws Exception {
        // a real gazette page typed in SutonnyMJ and re-encoded Nikosh (the core's copy of it, not duplicated here)
        Path in = ProjectPaths.home().orElseThrow().resolve("core/src/test/resources/textlayer/gazette-2025-sutonnymj-p1.pdf");
        Path out = tmp.resolve("gazette.pdf");
        ArchiveWriter.Result r = writer.write(in, out, false);
        assertThat(r.ocrPages()).isEqualTo(1);
        assertThat(r.keptPages()).isZero();

        // what the legacy layer gives a reader: ANSI code points such as "evsjv‡`k" for বাংলাদেশ
        List<String> mojibake = new ArrayList<>();
        for (String w : pdftotext(in).split("\\s+")) {
            if (w.length() >= 4 && w.codePoints().filter(cp -> cp < 0x80 && Character.isLetter(cp)).count() >= 3) mojibake.add(w);
        }
        assertThat(mojibake).as("the input's layer is legacy text").hasSizeGreaterThanOrEqualTo(5);
        String text = pdftotext(out);
        assertThat(text).contains("মন্ত্রণালয়", "বিজ্ঞপ্তি", "নির্দেশক্রমে");
        for (String w : mojibake) assertThat(text).as("legacy text copied from the output").doesNotContain(w);

        try (PDDocument a = Loader.loadPDF(in.toFile()); PDDocument b = Loader.loadPDF(out.toFile())) {
            List<byte[]> before = contentStreams(a.getPage(0));
            List<byte[]> after = contentStreams(b.getPage(0));
            assertThat(after).hasSize(before.size() + 2);
            for (int i = 0; i < before.size(); i++) assertThat(after.get(i + 1)).as("the page's own drawing").isEqualTo(before.get(i));
            assertThat(new String(after.get(0), StandardCharsets.US_ASCII)).contains("/ActualText ()");
        }
        assertThat(PdfAValidation.validate(out).failures()).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------

    static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new IllegalStateException("pdftotext is missing: ./suchi test installs poppler-utils", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return out;
    }

    static PDImageXObject onlyImage(PDPage page) throws IOException {
        PDImageXObject found = null;
        for (COSName n : page.getResources().getXObjectNames()) {
            PDXObject x = page.getResources().getXObject(n);
            if (x instanceof PDImageXObject img) {
                assertThat(found).as("one image on the page").isNull();
                found = img;
            }
        }
        assertThat(found).isNotNull();
        return found;
    }

    static void assertSamePixels(Path pdf, int page, BufferedImage expected) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            BufferedImage got = onlyImage(d.getPage(page - 1)).getImage();
            assertThat(got.getWidth()).isEqualTo(expected.getWidth());
            assertThat(got.getHeight()).isEqualTo(expected.getHeight());
            int w = got.getWidth(), h = got.getHeight();
            int[] a = got.getRGB(0, 0, w, h, null, 0, w), b = expected.getRGB(0, 0, w, h, null, 0, w);
            int differ = 0;
            for (int i = 0; i < a.length; i++) if ((a[i] & 0xFFFFFF) != (b[i] & 0xFFFFFF)) differ++;
            assertThat(differ).as("pixels differing on page %d", page).isZero();
        }
    }

    static List<BufferedImage> tiffPages(Path tif) throws IOException {
        List<BufferedImage> out = new ArrayList<>();
        try (ImageInputStream s = ImageIO.createImageInputStream(tif.toFile())) {
            ImageReader r = ImageIO.getImageReaders(s).next();
            r.setInput(s);
            for (int i = 0; i < r.getNumImages(true); i++) out.add(r.read(i));
            r.dispose();
        }
        return out;
    }

    static List<byte[]> contentStreams(PDPage page) throws IOException {
        List<byte[]> out = new ArrayList<>();
        COSBase c = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        List<COSBase> items = new ArrayList<>();
        if (c instanceof COSArray arr) {
            for (int i = 0; i < arr.size(); i++) items.add(arr.getObject(i));
        } else {
            items.add(c);
        }
        for (COSBase b : items) {
            try (InputStream in = ((COSStream) b).createInputStream()) {
                out.add(in.readAllBytes());
            }
        }
        return out;
    }
}
