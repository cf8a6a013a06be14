package org.suchi.tools;

import org.suchi.eval.FieldScore;
import org.suchi.eval.TextCer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.suchi.assemble.ReportAssembler;
import org.suchi.extract.Extractor;
import org.suchi.extract.PipelineSettings;
import org.suchi.image.OpenCvPagePreprocessor;
import org.suchi.ingest.DocumentOpener;
import org.suchi.layout.RulingLayoutAnalyzer;
import org.suchi.model.Report;
import org.suchi.normalise.Achievements;
import org.suchi.normalise.Dates;
import org.suchi.ocr.OcrEngine;
import org.suchi.textlayer.PageTextSource;
import org.suchi.textlayer.TextLayerPages;

/**
 * Benchmark of the text-layer path against the OCR path on the same PDFs, one thread, after {@link #WARMUP}
 * warm-up passes over all inputs per path (JVM start, JIT, OpenCV and model loading are not timed), then the median of
 * {@link #RUNS} timed passes: pages per second of each path, and,
 * where {@code NAME.truth.json} lies next to an input, field accuracy and text CER of each path.
 *
 * <pre>java -cp pipeline/target/suchi.jar org.suchi.tools.TextLayerBench FILE.pdf...</pre>
 */
public final class TextLayerBench {
    /** Untimed passes per path first: the JIT needs a few passes over the text path to reach steady speed. */
    static final int WARMUP = 3;
    /** Timed passes per path; the median is reported. */
    static final int RUNS = 3;

    private TextLayerBench() {}

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String a : args) files.add(Path.of(a));
        if (files.isEmpty()) {
            System.err.println("usage: TextLayerBench FILE.pdf...");
            System.exit(2);
        }
        PipelineSettings s = PipelineSettings.DEFAULT;
        RulingLayoutAnalyzer layout = new RulingLayoutAnalyzer();
        ReportAssembler assembler = new ReportAssembler(new org.suchi.assemble.TextDocumentFieldReader(), Dates::parseCell,
                Achievements::fromText);
        Extractor text = new Extractor(new DocumentOpener(s.ingest()), new OpenCvPagePreprocessor(), layout, assembler,
                new TextLayerPages(s.ingest().targetDpi(), layout));
        Extractor ocr = new Extractor(new DocumentOpener(s.ingest()), new OpenCvPagePreprocessor(), layout, assembler,
                PageTextSource.NONE);
        try (OcrEngine engine = org.suchi.extract.Pipeline.engines(s).engine()) {
            double tp = run("text layer", text, files, engine);
            double op = run("OCR", ocr, files, engine);
            System.out.printf(Locale.ROOT, "speed-up text layer / OCR: %.1fx%n", tp / op);
        }
    }

    /** Times one path over all files; prints and returns pages per second. */
    private static double run(String name, Extractor x, List<Path> files, OcrEngine engine) throws Exception {
        for (int w = 0; w < WARMUP; w++) for (Path f : files) x.extract(f, engine); // JIT, natives, models
        ObjectMapper om = new ObjectMapper();
        int pages = 0, right = 0, total = 0;
        TextCer.Count cer = new TextCer.Count(0, 0);
        List<Report> reports = new ArrayList<>();
        double[] times = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            reports.clear();
            pages = 0;
            long t0 = System.nanoTime();
            for (Path f : files) {
                Report r = x.extract(f, engine);
                reports.add(r);
                pages += r.source().pages();
            }
            times[run] = (System.nanoTime() - t0) / 1e9;
        }
        java.util.Arrays.sort(times);
        double secs = times[RUNS / 2];
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String base = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path truth = f.resolveSibling(base + ".truth.json");
            if (!Files.exists(truth)) continue;
            JsonNode exp = om.readTree(truth.toFile()), pred = org.suchi.extract.ReportJson.mapper().valueToTree(reports.get(i));
            FieldScore.Result fs = FieldScore.score(exp, pred);
            right += fs.right();
            total += fs.total();
            Map<String, TextCer.Count> c = TextCer.score(exp, pred);
            cer = cer.plus(c.get("all"));
        }
        double pps = pages / secs;
        System.out.printf(Locale.ROOT, "%-10s: %d documents, %d pages in %.2f s (median of %d passes) = %.2f pages/s (%.0f ms/page)%s%n", name,
                files.size(), pages, secs, RUNS, pps, 1000 * secs / pages,
                total == 0 ? "" : String.format(Locale.ROOT, "; field accuracy %.3f, text CER %.4f", (double) right / total, cer.cer()));
        return pps;
    }
}
