package org.suchi.pdf;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.suchi.Suchi;
import org.suchi.extract.Extractor;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.image.PreparedPage;
import org.suchi.ingest.InputFormat;
import org.suchi.ingest.OpenedDocument;
import org.suchi.layout.PageLayout;
import org.suchi.model.DocumentInfo;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEngine;
import org.suchi.ocr.OcrEnginePool;
import org.suchi.reading.ColumnTemplate;
import org.suchi.reading.PageReading;
import org.suchi.textlayer.PageText;

/**
 * Writes the searchable PDF/A archive copy of one input (PDF, PNG, JPEG or TIFF), report or not.
 * <p>
 * Page by page, in one pass with the extraction's own stages: a PDF page whose text layer the core finds usable
 * ({@link PageText#TEXT}) is copied as it is; every other page (a scan, an image page, a layer in a legacy
 * Bijoy font or with broken maps) is cleaned by the image stage, read by Tesseract with its own layout analysis
 * ({@link WordReader}), and gets an invisible Unicode text layer ({@link TextLayer}) mapped back onto the
 * original page image ({@link PageGeometry}). The original images are never re-encoded ({@link ImagePages});
 * a PDF input keeps its own page content. The same pages' readings make the report/1 record when the input is
 * a report; it is embedded as an associated file (PDF/A-3b), else the file is PDF/A-2b.
 * <p>
 * Thread-safe: each calling thread gets its own Tesseract engine (the pipeline's pool, one per thread), taken only
 * when a page must be read here. Close to release them.
 */
public final class ArchiveWriter implements AutoCloseable {
    /**
     * What was written. {@code report} is null for a document that is not a report (or when not asked for);
     * {@code readHere}: pages this call read itself (rendered and OCR'd), not given their layers.
     */
    public record Result(Path input, Path output, Report report, int pages, int ocrPages, int keptPages,
                         long inputBytes, long outputBytes, List<String> notes, int readHere) {}

    private final PipelineSettings settings;
    private final Extractor stages;
    private final OcrEnginePool engines;

    public ArchiveWriter(PipelineSettings settings) {
        this.settings = settings;
        this.stages = Pipeline.extractor(settings);
        this.engines = Pipeline.engines(settings);
    }

    /**
     * Writes the archive copy of {@code input} to {@code output} (atomically: a reader never sees half a file).
     *
     * @param readReport also extract the report (and embed its JSON when the input is one); false for plain scans
     * @throws ExtractionException naming the cause when the input cannot be read or the output not written
     */
    public Result write(Path input, Path output, boolean readReport) {
        return write(input, output, readReport, null);
    }

    /** As {@link #write(Path, Path, boolean)}, with the report already extracted ({@code suchi ingest --pdf}): it is embedded as it is. */
    public Result write(Path input, Path output, Report known) {
        return write(input, output, false, known);
    }

    /**
     * As {@link #write(Path, Path, Report)}, with the pages' text layers already made while the report was
     * extracted ({@link ArchiveStages}): no page is read again. A page missing from {@code layers} is read here.
     */
    public Result write(Path input, Path output, Report known, Map<Integer, PageLayer> layers) {
        return write(input, output, false, known, layers);
    }

    private Result write(Path input, Path output, boolean readReport, Report known) {
        return write(input, output, readReport, known, Map.of());
    }

    private Result write(Path input, Path output, boolean readReport, Report known, Map<Integer, PageLayer> layers) {
        try {
            return doWrite(input, output, readReport, known, layers == null ? Map.of() : layers);
        } catch (ExtractionException e) {
            throw e;
        } catch (IOException e) {
            throw new ExtractionException(FailureCause.CORRUPT, input, e.getMessage(), e);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw Extractor.failure(input, e);
        }
    }

    /**
     * What one page of the archive copy gets.
     *
     * @param keep     its own usable text layer stays as it is (nothing is added)
     * @param lines    the invisible text, in the pixels of the page as read
     * @param geometry how the read page's pixels lie on the original page image (rendered or decoded at the
     *                 working resolution)
     * @param note     why its text layer was not used, or null
     */
    public record PageLayer(boolean keep, List<TextLine> lines, org.suchi.image.PageGeometry geometry, String note) {
        public PageLayer {
            lines = List.copyOf(lines);
        }

        static final PageLayer KEPT = new PageLayer(true, List.of(), null, null);
    }

    /**
     * The layer of a page the extraction has read ({@code layout} null when it was not rendered): the page
     * is kept, or its text comes from the readings (tables) and full-page OCR of the rest with {@code engine}
     * (the calling thread's). Null when the page needs rendering first.
     */
    PageLayer layer(PageLayout layout, PageText text, PageReading reading, OcrEngine engine) {
        if (text.how() == PageText.How.TEXT) return PageLayer.KEPT;
        if (layout == null) return null;
        String note = text.note() == null ? null : text.note().message();
        return new PageLayer(false, pageLines(layout, reading, engine), layout.page().geometry(), note);
    }

    /** A page that gets a text layer: written once the report is known. */
    private record Pending(int number, PDPage page, PageLayer layer, String imageOps, AffineTransform toUser) {}

    private Result doWrite(Path input, Path output, boolean readReport, Report known, Map<Integer, PageLayer> layers)
            throws IOException {
        OcrEngine engine = null; // taken when a page must be read here: not when every layer was given
        List<String> notes = new ArrayList<>();
        int ocrPages = 0, kept = 0, readHere = 0;
        try (OpenedDocument doc = stages.open(input)) {
            boolean isPdf = doc.format() == InputFormat.PDF;
            int dpi = settings.ingest().targetDpi();
            try (PDDocument out = isPdf ? Loader.loadPDF(new RandomAccessReadBufferedFile(input.toFile()), "", null, null,
                    MemoryUsageSetting.setupTempFileOnly().streamCache) : new PDDocument();
                 ImagePages images = isPdf ? null : new ImagePages(input, doc.format())) {
                COSDictionary font = null;
                List<PageReading> readings = new ArrayList<>();
                List<PageText> texts = new ArrayList<>();
                ColumnTemplate template = null;
                List<Pending> pending = new ArrayList<>();
                for (int p = 1; p <= doc.pageCount(); p++) {
                    PageLayer layer = readReport ? null : layers.get(p);
                    if (layer == null) {
                        readHere++;
                        if (engine == null) engine = engines.engine();
                        PageText text = stages.text(doc, p, template, engine);
                        PageReading reading = text.fromTextLayer() ? text.reading() : null;
                        PageLayout layout = null;
                        boolean keep = text.how() == PageText.How.TEXT;
                        if (!keep || (readReport && reading == null)) {
                            layout = stages.prepare(doc.page(p));
                            // the core's cell-by-cell reading also writes the tables' text (also without a report)
                            if (reading == null && (readReport || !layout.tables().isEmpty())) {
                                reading = stages.read(layout, engine, template);
                            }
                        }
                        if (reading != null) template = stages.templateAfter(reading, template);
                        if (readReport) {
                            readings.add(reading);
                            texts.add(text);
                        }
                        layer = layer(layout, text, reading, engine);
                    }
                    if (layer.keep()) {
                        kept++;
                        continue; // its own usable text layer stays as it is
                    }
                    ocrPages++;
                    if (layer.note() != null) notes.add("page " + p + ": " + layer.note());
                    int rawWidth = layer.geometry().sourceWidth(), rawHeight = layer.geometry().sourceHeight();
                    PDPage page;
                    AffineTransform rawToUser;
                    String imageOps = "";
                    if (isPdf) {
                        page = out.getPage(p - 1);
                        PDRectangle crop = page.getCropBox();
                        rawToUser = PageGeometry.renderedToUser(crop.getLowerLeftX(), crop.getLowerLeftY(),
                                crop.getWidth(), crop.getHeight(), page.getRotation(), dpi / 72.0);
                    } else {
                        ImagePages.Page ip = images.page(out, p);
                        page = new PDPage(new PDRectangle((float) ip.widthPt(), (float) ip.heightPt()));
                        out.addPage(page);
                        PDResources res = new PDResources();
                        page.setResources(res);
                        COSName im = res.add(ip.image());
                        imageOps = "q " + TextLayer.num(ip.widthPt()) + " 0 0 " + TextLayer.num(ip.heightPt()) + " 0 0 cm /"
                                + im.getName() + " Do Q\n";
                        rawToUser = PageGeometry.imageToUser(rawWidth, rawHeight, 0, 0, ip.widthPt(), ip.heightPt());
                    }
                    pending.add(new Pending(p, page, layer, imageOps, PageGeometry.preparedToUser(layer.geometry(), rawToUser)));
                }
                Report report = known;
                if (readReport) {
                    try {
                        report = stages.finish(doc, readings, texts);
                    } catch (ExtractionException e) {
                        if (e.failureCause() != FailureCause.NOT_A_REPORT) throw e;
                        report = null;
                    }
                }
                // the text layers, once the report is known: the cells it settled from the plan say what it says
                for (Pending pg : pending) {
                    List<TextLine> lines = ReportText.apply(pg.layer().lines(), ReportText.settled(report, pg.number(), pg.layer().geometry()));
                    String textOps = "";
                    if (!lines.isEmpty()) {
                        if (font == null) font = GlyphlessFont.create(out);
                        String fontName = addFont(pg.page(), font);
                        textOps = TextLayer.operators(lines, pg.toUser(), fontName, pg.layer().geometry().width() / 2.0);
                    }
                    if (isPdf) appendContent(out, pg.page(), textOps);
                    else setContent(out, pg.page(), pg.imageOps() + textOps);
                }
                Calendar now = PdfA.now();
                DocumentInfo info = report == null ? DocumentInfo.EMPTY : report.document();
                String title = info.title() != null ? info.title() : isPdf && out.getDocumentInformation().getTitle() != null
                        && !out.getDocumentInformation().getTitle().isBlank() ? out.getDocumentInformation().getTitle() : stem(input);
                PdfA.Description d = new PdfA.Description(title, info.office(), info.ministry(), info.fiscalYear(),
                        info.period(), info.memoNumber(), info.memoDate(), input.getFileName().toString(), doc.sha256());
                PdfA.finish(out, report == null ? 2 : 3, d, now);
                if (report != null) {
                    PdfA.attach(out, stem(input) + ".json", "application/json", "report/1 JSON extracted by Suchi",
                            Suchi.json(report).getBytes(StandardCharsets.UTF_8), now);
                }
                try {
                    // the project's atomic, durable write (a temporary file the umask's permissions, not 0600)
                    org.suchi.io.AtomicFile.write(output, out::save);
                } catch (IOException e) {
                    throw new ExtractionException(FailureCause.INTERNAL, output, "cannot write the PDF: " + e.getMessage(), e);
                }
                return new Result(input, output, report, doc.pageCount(), ocrPages, kept, Files.size(input), Files.size(output), notes, readHere);
            }
        }
    }

    /**
     * The text lines of a page to OCR: the tables the core read, cell by cell from its own readings
     * ({@link CellLines}); the rest of the page (letters, headings, notes, tables it did not read) by full-page
     * OCR with the read tables painted out, its lines cut at the cells of the other tables ({@link CellSplit}).
     */
    static List<TextLine> pageLines(PageLayout layout, PageReading reading, OcrEngine engine) {
        PreparedPage page = layout.page();
        CellLines.Tables cells = CellLines.of(reading, page.dpi());
        List<org.suchi.layout.Grid> rest = new ArrayList<>(layout.tables());
        rest.removeAll(cells.read());
        List<TextLine> ocr = WordReader.read(engine, CellLines.without(page.gray(), cells.read()), page.dpi());
        List<TextLine> out = new ArrayList<>(CellSplit.split(CellLines.outside(ocr, cells.read()), rest));
        out.addAll(cells.lines());
        return out;
    }

    /** Adds the glyph-less font to the page's resources under a name not yet used there; returns the name. */
    private static String addFont(PDPage page, COSDictionary font) {
        PDResources res = page.getResources();
        if (res == null) {
            res = new PDResources();
        }
        page.setResources(res); // an inherited dictionary becomes the page's own
        COSDictionary fonts = res.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            fonts = new COSDictionary();
            res.getCOSObject().setItem(COSName.FONT, fonts);
        }
        for (COSName k : fonts.keySet()) {
            if (fonts.getDictionaryObject(k) == font) return k.getName();
        }
        String name = "FSuchiOcr";
        for (int i = 1; fonts.containsKey(COSName.getPDFName(name)); i++) name = "FSuchiOcr" + i;
        fonts.setItem(COSName.getPDFName(name), font);
        return name;
    }

    private static void setContent(PDDocument doc, PDPage page, String ops) throws IOException {
        page.getCOSObject().setItem(COSName.CONTENTS, stream(doc, ops));
    }

    /** The page's own content kept whole (wrapped in q … Q so that its graphics state cannot leak), then {@code ops}. */
    /**
     * Opens a marked-content span whose replacement text is empty: whatever text the page's own content draws
     * (a legacy Bijoy font's ANSI codes, a font with broken maps, another tool's layer the core found unusable) still
     * shows as drawn but gives no text to copy or extract; the invisible layer after it is the page's text.
     */
    static final String SILENT_TEXT = "/Span <</ActualText ()>> BDC\n";

    private static void appendContent(PDDocument doc, PDPage page, String ops) throws IOException {
        COSBase old = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        COSArray arr = new COSArray();
        arr.add(stream(doc, "q\n" + SILENT_TEXT));
        if (old instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) arr.add(a.get(i));
        } else if (old instanceof COSStream s) {
            arr.add(s);
        }
        arr.add(stream(doc, "\nEMC\nQ\n" + ops));
        page.getCOSObject().setItem(COSName.CONTENTS, arr);
    }

    private static COSStream stream(PDDocument doc, String ops) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream o = s.createOutputStream(COSName.FLATE_DECODE)) {
            o.write(ops.getBytes(StandardCharsets.US_ASCII));
        }
        return s;
    }

    static String stem(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    /** A one-line summary of {@code r} for the command line. */
    public static String summary(Result r, long millis) {
        return String.format(Locale.ROOT, "%s: %d page(s), %d with a new text layer, %d kept, %s, %.1f s, %d -> %d bytes -> %s",
                r.input().getFileName(), r.pages(), r.ocrPages(), r.keptPages(),
                r.report() == null ? "no report" : "report/1 embedded (" + r.report().rows().size() + " rows)",
                millis / 1000.0, r.inputBytes(), r.outputBytes(), r.output());
    }

    @Override
    public void close() {
        engines.close();
    }
}
