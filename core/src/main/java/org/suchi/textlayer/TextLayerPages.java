package org.suchi.textlayer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.suchi.image.Rect;
import org.suchi.ingest.OpenedDocument;
import org.suchi.ingest.PageImage;
import org.suchi.ingest.PdfBacked;
import org.suchi.layout.Grid;
import org.suchi.layout.RulingLayoutAnalyzer;
import org.suchi.model.Warning;
import org.suchi.normalise.BanglaText;
import org.suchi.normalise.Fuzzy;
import org.suchi.normalise.legacy.Bijoy;
import org.suchi.reading.CellReading;
import org.suchi.reading.ColumnTemplate;
import org.suchi.ocr.OcrEngine;
import org.suchi.reading.OcrText;
import org.suchi.reading.PageReading;
import org.suchi.ocr.ReadMode;
import org.suchi.reading.TableReading;

/**
 * Decides per page how a PDF page is read, and reads it from its text layer where that is usable:
 * <ul>
 *   <li>no text (fewer than {@link #MIN_CHARS} characters): a scan, OCR'd; likewise a page mostly covered by
 *       an image with only a few typed words ({@link #IMAGE_PAGE}, {@link #FEW_CHARS}), with a warning;</li>
 *   <li>a Unicode layer: read from glyph positions and the page's drawn rulings ({@link PdfPageScanner},
 *       {@link PdfRulings}, {@link TextPageReader});</li>
 *   <li>text in a Bijoy font (SutonnyMJ …): converted to Unicode, then read the same way;</li>
 *   <li>a layer that still is no readable text ({@link LayerCheck}): OCR'd, with a warning;</li>
 *   <li>an invisible layer (render mode 3) over an image — another tool's OCR: trusted only when our own
 *       OCR agrees with it on a sample of its lines, else OCR'd; either way a warning says so.</li>
 * </ul>
 * Stateless apart from its immutable tables; one instance serves all threads.
 */
public final class TextLayerPages implements PageTextSource {
    /** Fewer non-space characters than this on a page: no text layer. */
    static final int MIN_CHARS = 20;
    /** A page whose images cover this share of it ... */
    static final double IMAGE_PAGE = 0.3;
    /** ... and whose visible layer has fewer characters than this is a scan with a few typed words: OCR'd. */
    static final int FEW_CHARS = 200;
    /** Lines of an invisible layer compared with OCR. */
    static final int SAMPLE_LINES = 8;
    /** Largest mean character error between an invisible layer and our OCR for the layer to be trusted. */
    static final double MAX_SAMPLE_CER = 0.25;

    private final PdfPageScanner scanner;
    private final PdfRulings rulings;
    private final TextPageReader reader = new TextPageReader();
    private final Bijoy bijoy = Bijoy.load();

    /** @param dpi the resolution of page coordinates: the one the OCR path renders at */
    public TextLayerPages(int dpi, RulingLayoutAnalyzer layout) {
        this.scanner = new PdfPageScanner(dpi);
        this.rulings = new PdfRulings(layout);
    }

    @Override
    public PageText read(OpenedDocument doc, int page, ColumnTemplate template, OcrEngine engine) {
        if (!(doc instanceof PdfBacked pdf)) return PageText.OCR_ONLY;
        PageContent c;
        try {
            c = scanner.scan(pdf.pdf(), page);
        } catch (IOException | RuntimeException e) {
            return ocr(page, "its text layer cannot be read (" + e.getMessage() + ")");
        }
        int visible = LayerCheck.chars(c.glyphs(), false), invisible = LayerCheck.chars(c.glyphs(), true);
        if (visible + invisible < MIN_CHARS) return new PageText(null, PageText.How.OCR, null);
        if (c.rotation() % 360 != 0) return ocr(page, "the page is turned by /Rotate " + c.rotation());
        if (invisible <= visible && visible < FEW_CHARS && c.imageCoverage() >= IMAGE_PAGE) {
            return ocr(page, String.format(Locale.ROOT, "the page is mostly an image (%.0f %% of its area) with %d characters of text",
                    100 * c.imageCoverage(), visible));
        }
        PageText.How how = PageText.How.TEXT;
        String note = null;
        if (LegacyRuns.any(c.glyphs())) {
            c = new PageContent(c.page(), c.width(), c.height(), c.dpi(), LegacyRuns.convert(c.glyphs(), bijoy),
                    c.rulings(), c.imageCoverage(), c.rotation());
            how = PageText.How.LEGACY;
            note = "text typed in a legacy Bijoy font (" + legacyFonts(c) + ") converted to Unicode";
        }
        double garbage = LayerCheck.garbage(c.glyphs());
        if (garbage > LayerCheck.MAX_GARBAGE) {
            return ocr(page, String.format(Locale.ROOT, "its text layer is not readable text (%.0f %% garbage characters; fonts %s)",
                    100 * garbage, fonts(c)));
        }
        List<Grid> grids = rulings.tables(c);
        if (grids.isEmpty() && template != null) {
            // the rest of a table cut by the page break: often one row, too small for the table finder
            Grid band = PdfRulings.band(c);
            if (band != null) grids = List.of(band);
        }
        PageReading reading = reader.read(c, grids, template, template != null);
        if (invisible > visible) return checkInvisible(doc, page, reading, engine);
        return new PageText(reading, how, note == null ? null : new Warning(page, null, "source", note));
    }

    private static PageText ocr(int page, String why) {
        return new PageText(null, PageText.How.OCR, new Warning(page, null, "source", why + "; page read by OCR"));
    }

    /** An invisible layer over an image is another tool's OCR: compare a sample of its lines with our own. */
    private PageText checkInvisible(OpenedDocument doc, int page, PageReading reading, OcrEngine engine) {
        List<OcrText.Line> sample = sample(reading);
        if (sample.isEmpty()) return ocr(page, "an invisible text layer (another tool's OCR) has no lines to check");
        PageImage img = doc.page(page);
        double scale = img.dpi() / (double) scanner.dpi();
        double cer = 0;
        for (OcrText.Line l : sample) {
            Rect b = l.box();
            int pad = (int) Math.round(b.height() * 0.3);
            Rect r = new Rect((int) ((b.x() - pad) * scale), (int) ((b.y() - pad) * scale),
                    (int) ((b.width() + 2 * pad) * scale), (int) ((b.height() + 2 * pad) * scale))
                    .clip(img.image().width(), img.image().height());
            String ours = engine.read(img.image(), r, ReadMode.LINE).text();
            cer += cer(l.text(), ours);
        }
        cer /= sample.size();
        String what = String.format(Locale.ROOT, "an invisible text layer (another tool's OCR) differs from our OCR by %.0f %% "
                + "of characters on %d sampled lines", 100 * cer, sample.size());
        if (cer > MAX_SAMPLE_CER) return ocr(page, what);
        return new PageText(reading, PageText.How.TEXT, new Warning(page, null, "source", what + "; its text was used"));
    }

    /** Up to {@link #SAMPLE_LINES} lines of at least four characters, spread over the page's cells and free text. */
    static List<OcrText.Line> sample(PageReading reading) {
        List<OcrText.Line> all = new ArrayList<>();
        for (TableReading t : reading.tables()) {
            for (CellReading cr : t.body()) all.addAll(cr.lines());
        }
        if (reading.freeText() != null) all.addAll(reading.freeText().lines());
        all.removeIf(l -> l.text().strip().length() < 4);
        if (all.size() <= SAMPLE_LINES) return all;
        List<OcrText.Line> out = new ArrayList<>();
        for (int i = 0; i < SAMPLE_LINES; i++) out.add(all.get(i * all.size() / SAMPLE_LINES));
        return out;
    }

    /** Character error rate of {@code b} against {@code a}: NFC, spaces dropped, digits of any script as ASCII. */
    static double cer(String a, String b) {
        String x = BanglaText.toAsciiDigits(BanglaText.normalize(a)).replace(" ", "");
        String y = BanglaText.toAsciiDigits(BanglaText.normalize(b)).replace(" ", "");
        if (x.isEmpty()) return y.isEmpty() ? 0 : 1;
        return Math.min(1.0, Fuzzy.distance(x, y) / (double) x.length());
    }

    private static String legacyFonts(PageContent c) {
        TreeSet<String> f = new TreeSet<>();
        for (Glyph g : c.glyphs()) if (Bijoy.isLegacyFont(g.font())) f.add(g.font());
        return String.join(", ", f);
    }

    private static String fonts(PageContent c) {
        TreeSet<String> f = new TreeSet<>();
        for (Glyph g : c.glyphs()) if (!g.font().isEmpty()) f.add(g.font());
        return String.join(", ", f);
    }
}
