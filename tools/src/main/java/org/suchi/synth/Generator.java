package org.suchi.synth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.suchi.config.Catalogue;
import org.suchi.model.Report;
import org.suchi.model.Source;

/**
 * Synthetic report generator: from a seed, builds quarterly e-governance action-plan reports (cover letter and
 * landscape table pages drawn with Java2D in a Bangla font), simulates scanning, writes them as image-only PDF, PNG,
 * JPEG or multi-page TIFF, and writes next to each the expected {@code report/1} JSON ({@code NAME.expected.json}).
 *
 * <pre>{@code
 * Generator g = Generator.createDefault();   // config/ of the project, installed Bangla fonts
 * List<GeneratedDocument> docs = g.generate(tmpDir, 5, 42L, Generator.Options.of(Generator.Format.MIXED, false));
 * }</pre>
 *
 * Everything is decided by {@link java.util.Random} streams seeded from the seed and the document index, so the same
 * seed gives the same files (on a machine with the same fonts and JDK).
 */
public final class Generator {
    /** Output formats; MIXED picks one per document (PNG/JPEG documents are single-page, template C). */
    public enum Format {
        PDF("pdf"), PNG("png"), JPG("jpg"), TIF("tif"), MIXED(null);

        final String ext;

        Format(String ext) {
            this.ext = ext;
        }

        public static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "pdf" -> PDF;
                case "png" -> PNG;
                case "jpg", "jpeg" -> JPG;
                case "tif", "tiff" -> TIF;
                case "mixed" -> MIXED;
                default -> throw new IllegalArgumentException("unknown format " + s + " (pdf, png, jpg, tif, mixed)");
            };
        }
    }

    /**
     * Options. {@code dpi} null: 150/200/300 at random (200 when clean); {@code template} null: any (A, B, C);
     * {@code cover} null: random; {@code prefix}: file names PREFIX-001…; {@code suffix} of the expected JSON.
     */
    public record Options(Format format, boolean clean, Integer dpi, String template, Boolean cover, String prefix,
                          String suffix, boolean manifest, boolean layout, boolean harsh) {
        public Options(Format format, boolean clean, Integer dpi, String template, Boolean cover, String prefix,
                       String suffix, boolean manifest, boolean layout) {
            this(format, clean, dpi, template, cover, prefix, suffix, manifest, layout, false);
        }

        public static Options of(Format format, boolean clean) {
            return new Options(format, clean, null, null, null, "synth", ".expected.json", true, false);
        }

        /**
         * The harsher variants (issue 12): every installed Bangla face, 8-10 pt table type, 150/200/300 dpi,
         * resampled scans, JPEG quality down to 30, bilevel G4 TIFF, colour scans with more stamps and scribbles
         * (also over table cells), dark scanner edges more often ({@link ScanSimulator.Params#harsh}).
         */
        public Options withHarsh(boolean h) {
            return new Options(format, clean, dpi, template, cover, prefix, suffix, manifest, layout, h);
        }

        /** Also write NAME.layout.json: page sizes and every table cell's text area (see {@link Generator}). */
        public Options withLayout(boolean l) {
            return new Options(format, clean, dpi, template, cover, prefix, suffix, manifest, l, harsh);
        }

        public Options withDpi(Integer d) {
            return new Options(format, clean, d, template, cover, prefix, suffix, manifest, layout, harsh);
        }

        public Options withTemplate(String t) {
            return new Options(format, clean, dpi, t, cover, prefix, suffix, manifest, layout, harsh);
        }

        public Options withCover(Boolean c) {
            return new Options(format, clean, dpi, template, c, prefix, suffix, manifest, layout, harsh);
        }

        public Options withPrefix(String p) {
            return new Options(format, clean, dpi, template, cover, p, suffix, manifest, layout, harsh);
        }

        public Options withSuffix(String s) {
            return new Options(format, clean, dpi, template, cover, prefix, s, manifest, layout, harsh);
        }

        public Options withManifest(boolean m) {
            return new Options(format, clean, dpi, template, cover, prefix, suffix, m, layout, harsh);
        }
    }

    private final Catalogue catalogue;
    private final OfficeDirectory offices;
    private final Fonts fonts;
    private final Planner planner;
    private final Planner harshPlanner;

    public Generator(Catalogue catalogue, OfficeDirectory offices, Fonts fonts) {
        this.catalogue = catalogue;
        this.offices = offices;
        this.fonts = fonts;
        this.planner = new Planner(catalogue, offices, fonts.names());
        this.harshPlanner = new Planner(catalogue, offices, fonts.allNames(), 8.0f, 2.0f);
    }

    /**
     * The project's catalogue and office list ({@code config/}) and the installed Bangla fonts. Throws
     * {@link Fonts.MissingFontException} (naming the Debian packages) when no Bangla font is installed.
     */
    public static Generator createDefault() {
        Fonts f = Fonts.find();
        return new Generator(Catalogue.loadDefault(), OfficeDirectory.loadDefault(), f);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The seed of document {@code index} (0-based) of a run with {@code seed}. */
    public static long docSeed(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + (index + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Writes {@code count} documents PREFIX-001 … into {@code outDir} (created if needed), each with its expected
     * JSON, and (unless disabled) {@code PREFIX.manifest.json} describing how each was made.
     */
    public List<GeneratedDocument> generate(Path outDir, int count, long seed, Options o) throws IOException {
        Files.createDirectories(outDir);
        List<GeneratedDocument> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("%s-%03d", o.prefix(), i + 1);
            docs.add(generateOne(outDir, name, docSeed(seed, i), o));
        }
        if (o.manifest()) {
            writeManifest(outDir.resolve(o.prefix() + ".manifest.json"), seed, o, docs);
        }
        return docs;
    }

    /** The plan of document {@code name} (what {@link #generateOne} draws), for other producers such as {@link TextPdf}. */
    public DocPlan plan(String name, long docSeed, String template, Boolean cover) {
        return planner.plan(name, docSeed, new Planner.Constraints(template, false, cover));
    }

    /** Writes one document NAME.ext and NAME + suffix from its own seed. */
    public GeneratedDocument generateOne(Path outDir, String name, long docSeed, Options o) throws IOException {
        Files.createDirectories(outDir);
        Random fr = new Random(docSeed ^ 0x0F0F_F0F0L);
        Format f = o.format() != Format.MIXED ? o.format()
                : Planner.weighted(fr, new Format[] {Format.PDF, Format.TIF, Format.PNG, Format.JPG},
                        new double[] {0.55, 0.15, 0.12, 0.18});
        boolean single = f == Format.PNG || f == Format.JPG;
        if (single && o.cover() == Boolean.TRUE) {
            throw new IllegalArgumentException("PNG and JPEG documents are single-page: no cover letter");
        }
        DocPlan plan = (o.harsh() ? harshPlanner : planner).plan(name, docSeed, new Planner.Constraints(o.template(), single,
                single ? Boolean.FALSE : o.cover()));
        // PNG pages stay gray and at most 200 dpi: a noisy 300 dpi color PNG is over 10 MB
        int dpi = o.dpi() != null ? o.dpi()
                : o.clean() ? 200
                : o.harsh() ? (f == Format.PNG ? Planner.weighted(fr, new Integer[] {150, 200}, new double[] {0.5, 0.5})
                        : Planner.weighted(fr, new Integer[] {150, 200, 300}, new double[] {0.35, 0.35, 0.3})) : f == Format.PNG ? Planner.weighted(fr, new Integer[] {150, 200}, new double[] {0.4, 0.6})
                : Planner.weighted(fr, new Integer[] {150, 200, 300}, new double[] {0.2, 0.45, 0.35});
        ScanSimulator.Params sp = o.clean() ? ScanSimulator.Params.clean(dpi)
                : o.harsh() ? ScanSimulator.Params.harsh(fr, dpi, f == Format.PNG || f == Format.TIF, f != Format.PNG)
                : ScanSimulator.Params.random(fr, dpi, f == Format.PNG || f == Format.TIF, f != Format.PNG);

        Typesetter ts = new Typesetter();
        TableComposer tc = new TableComposer(plan, fonts, ts);
        int tablePages = tc.compose(plan.look().fontSize());
        for (float s = tc.size - 0.3f; single && tablePages > 1; s -= 0.3f) {
            if (s < 5.6f) {
                throw new IllegalStateException(name + ": template " + plan.template().template()
                        + " does not fit one page; use --format pdf or tif");
            }
            tablePages = tc.compose(s);
        }
        LetterComposer lc = null;
        if (plan.cover() != null) {
            lc = new LetterComposer(plan, fonts, ts);
            lc.compose();
        }

        Random ink = new Random(docSeed ^ 0x1A4C_0DE5L);
        Random scan = new Random(docSeed ^ 0x5CA4_4E45L);
        List<BufferedImage> pages = new ArrayList<>();
        List<GeneratedDocument.Box> boxes = new ArrayList<>();
        int first = 0;
        if (lc != null) {
            BufferedImage img = blank(LetterComposer.PAGE_W, LetterComposer.PAGE_H, dpi);
            Graphics2D g = graphics(img, dpi);
            lc.draw(g);
            if (!o.clean()) {
                Ink.scribble(g, ink, lc.signatureBox, ink.nextBoolean() ? Ink.BLUE_INK : Ink.BLACK_INK);
                if (sp.seal()) {
                    Rectangle2D.Float s = lc.sealSpot;
                    Ink.seal(g, ink, s.getCenterX(), s.getCenterY(), 38 + ink.nextInt(10), sealColor(ink),
                            fonts.regular(plan.look().font(), 8), plan.office().name());
                }
            }
            g.dispose();
            pages.add(ScanSimulator.apply(img, sp, scan));
            first = 1;
        }
        for (int p = 0; p < tablePages; p++) {
            BufferedImage img = blank(TableComposer.PAGE_W, TableComposer.PAGE_H, dpi);
            Graphics2D g = graphics(img, dpi);
            tc.draw(g, p);
            if (!o.clean()) {
                Rectangle2D.Float sig = tc.signatureBox(p);
                if (sig != null && ink.nextDouble() < 0.85) {
                    Ink.scribble(g, ink, sig, ink.nextBoolean() ? Ink.BLUE_INK : Ink.BLACK_INK);
                }
                boolean lastPage = p == tablePages - 1;
                Rectangle2D.Float tb = tc.tableBox(p);
                if (sp.scribble() && lastPage && tb.height > 60) {
                    // a signature over table cells (initials next to a row)
                    double x = tb.x + tb.width * (0.55 + ink.nextDouble() * 0.35);
                    double y = tb.y + tb.height * (0.3 + ink.nextDouble() * 0.6);
                    Ink.scribble(g, ink, new Rectangle2D.Double(x, y, 50 + ink.nextInt(30), 16 + ink.nextInt(10)),
                            Ink.BLUE_INK);
                }
                if (o.harsh() && !lastPage && ink.nextDouble() < 0.4) {
                    // a received-stamp over the table of an inner page
                    Ink.seal(g, ink, tb.x + tb.width * (0.2 + ink.nextDouble() * 0.7), tb.y + tb.height * (0.2 + ink.nextDouble() * 0.7),
                            30 + ink.nextInt(14), sealColor(ink), fonts.regular(plan.look().font(), 8), plan.office().name());
                }
                if (sp.seal() && lastPage) {
                    double cx = sig != null && ink.nextBoolean() ? sig.x - 70
                            : tb.x + tb.width * (0.5 + ink.nextDouble() * 0.4);
                    double cy = sig != null && ink.nextBoolean() ? sig.y + 20 : tb.y + tb.height * (0.4 + ink.nextDouble() * 0.5);
                    Ink.seal(g, ink, cx, cy, 34 + ink.nextInt(12), sealColor(ink),
                            fonts.regular(plan.look().font(), 8), plan.office().name());
                }
            }
            g.dispose();
            pages.add(ScanSimulator.apply(img, sp, scan));
        }
        double k = dpi / 72.0;
        for (TableComposer.CellBox b : tc.boxes) {
            Rectangle2D.Float r = b.box();
            boxes.add(new GeneratedDocument.Box(first + b.page(), b.indicator(), b.column(),
                    new Rectangle((int) Math.floor(r.x * k), (int) Math.floor(r.y * k),
                            (int) Math.ceil(r.width * k), (int) Math.ceil(r.height * k)), b.continued()));
        }

        String ext = f.ext;
        Path input = outDir.resolve(name + "." + ext);
        switch (f) {
            case PDF -> Output.pdf(pages, dpi, o.clean() ? 0 : sp.quality(), name + "/" + docSeed, input);
            case PNG -> Output.png(pages.get(0), dpi, input);
            case JPG -> Output.jpeg(pages.get(0), dpi, o.clean() ? 92 : sp.quality(), input);
            case TIF -> Output.tiff(pages, dpi, o.clean() ? 0 : sp.quality(), input);
            default -> throw new IllegalStateException();
        }
        Source src = new Source(input.getFileName().toString(), Output.sha256Hex(input), pages.size(),
                f == Format.PDF ? Source.SCANNED_PDF : Source.IMAGE);
        Map<String, Integer> pageOf = new HashMap<>();
        for (var e : plan.template().entries()) {
            pageOf.put(e.indicator().code(), first + tc.pageOf(e.indicator().code()));
        }
        Report report = TruthJson.report(plan, src, pageOf);
        String json = TruthJson.json(report);
        Path expected = outDir.resolve(name + o.suffix());
        Files.writeString(expected, json, StandardCharsets.UTF_8);
        if (o.layout()) {
            writeLayout(outDir.resolve(name + ".layout.json"), input, dpi, sp, pages, boxes);
        }
        return new GeneratedDocument(name, input, expected, report, json, plan, f, sp, plan.look().font(), tc.size,
                pages.size(), tc.splitCount(), tc.flowPairs, List.copyOf(boxes));
    }

    private static Color sealColor(Random r) {
        return r.nextBoolean() ? new Color(88, 40, 150) : new Color(30, 60, 160);
    }

    private static BufferedImage blank(float wPt, float hPt, int dpi) {
        int w = Math.round(wPt * dpi / 72f);
        int h = Math.round(hPt * dpi / 72f);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static Graphics2D graphics(BufferedImage img, int dpi) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(dpi / 72.0, dpi / 72.0);
        return g;
    }

    /**
     * NAME.layout.json: resolution, rotation, page sizes and the text area of every table cell, in pixels of the
     * page before the simulated rotation (which turns the page about its centre by {@code rotation_deg}).
     */
    private static void writeLayout(Path file, Path input, int dpi, ScanSimulator.Params sp, List<BufferedImage> pages,
                                    List<GeneratedDocument.Box> boxes) throws IOException {
        ObjectNode root = TruthJson.MAPPER.createObjectNode();
        root.put("file", input.getFileName().toString());
        root.put("dpi", dpi);
        root.put("rotation_deg", sp.angle());
        ArrayNode ps = root.putArray("pages");
        for (BufferedImage p : pages) {
            ObjectNode n = ps.addObject();
            n.put("width", p.getWidth());
            n.put("height", p.getHeight());
        }
        ArrayNode cells = root.putArray("cells");
        for (GeneratedDocument.Box b : boxes) {
            ObjectNode n = cells.addObject();
            n.put("page", b.page() + 1);
            n.put("indicator", b.indicator());
            n.put("column", b.column());
            n.put("x", b.rect().x);
            n.put("y", b.rect().y);
            n.put("w", b.rect().width);
            n.put("h", b.rect().height);
            n.put("continued", b.continued());
        }
        Files.writeString(file, TruthJson.pretty(root), StandardCharsets.UTF_8);
    }

    private void writeManifest(Path file, long seed, Options o, List<GeneratedDocument> docs) throws IOException {
        ObjectNode root = TruthJson.MAPPER.createObjectNode();
        root.put("generator", "org.suchi.synth");
        root.put("seed", seed);
        root.put("count", docs.size());
        ObjectNode opt = root.putObject("options");
        opt.put("format", o.format().name().toLowerCase(Locale.ROOT));
        opt.put("clean", o.clean());
        opt.putPOJO("dpi", o.dpi());
        opt.put("template", o.template());
        opt.putPOJO("cover", o.cover());
        opt.put("harsh", o.harsh());
        ArrayNode arr = root.putArray("documents");
        for (GeneratedDocument d : docs) {
            DocPlan p = d.plan();
            ObjectNode n = arr.addObject();
            n.put("name", d.name());
            n.put("file", d.input().getFileName().toString());
            n.put("kind", d.report().source().kind());
            n.put("format", d.format().ext);
            n.put("pages", d.pages());
            n.put("template", p.template().template());
            n.put("catalogue", p.template().id());
            n.put("office_kind", p.office().kind());
            n.put("font", d.font());
            n.put("font_size", d.fontSize());
            n.put("fiscal_year", p.fiscalYear());
            n.put("period", p.period());
            n.put("cover_letter", p.cover() != null);
            n.put("rows", d.report().rows().size());
            n.put("paired_rows", p.rows().stream().filter(DocPlan.TableRow::paired).count());
            n.put("paired_layout", d.flowPairs() ? "flow" : "aligned");
            ObjectNode c = n.putObject("columns");
            c.put("area", p.template().areaColumn());
            c.put("achv", p.look().achvColumn());
            c.put("progress", true);
            c.put("score", p.look().scoreColumn());
            c.put("colnums", p.look().colNumbers());
            c.put("pct_row", p.look().pctStyle() == DocPlan.PctStyle.ROW);
            c.put("span", p.look().span() == DocPlan.Span.ROWSPAN ? "rowspan" : "blank");
            c.put("header_repeat", p.look().repeatHeader());
            c.put("row_split", p.look().splitRows());
            n.put("rows_split_across_pages", d.splitRows());
            n.set("scan", TruthJson.MAPPER.valueToTree(d.scan()));
            n.put("bytes", Files.size(d.input()));
            n.put("sha256", d.report().source().sha256());
        }
        Files.writeString(file, TruthJson.pretty(root), StandardCharsets.UTF_8);
    }
}
