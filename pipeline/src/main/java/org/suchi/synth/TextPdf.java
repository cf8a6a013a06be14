package org.suchi.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.suchi.model.Report;
import org.suchi.model.Source;

/**
 * Born-digital (text-layer) PDFs of planned reports, printed by a browser: the plan becomes HTML
 * ({@link HtmlComposer}) and headless Chromium prints it with its own font shaping and embedded subset
 * fonts, as offices' exports do; {@code NAME.expected.json} is the plan's expected report/1.
 */
public final class TextPdf {
    /** Debian package of the browser ({@code ./suchi} installs it). */
    public static final String PACKAGE = "chromium";

    private TextPdf() {}

    /** The browser's command, or null when none is installed. */
    public static String browser() {
        for (String b : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, b))) return Path.of(dir, b).toString();
            }
        }
        return null;
    }

    /** Writes {@code DIR/NAME.pdf}, {@code NAME.html} and {@code NAME.expected.json}; returns the expected report. */
    public static Report write(DocPlan plan, Path dir) throws IOException, InterruptedException {
        String browser = browser();
        if (browser == null) throw new IllegalStateException("no browser to print PDFs: install " + PACKAGE);
        Files.createDirectories(dir);
        Path html = dir.resolve(plan.name() + ".html");
        Path pdf = dir.resolve(plan.name() + ".pdf");
        Files.writeString(html, HtmlComposer.html(plan), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("suchi-chromium");
        List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile, "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf.toAbsolutePath(), html.toAbsolutePath().toUri().toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("browser did not print " + html + " in 120 s");
        }
        if (p.exitValue() != 0 || !Files.exists(pdf)) throw new IOException("browser failed (" + p.exitValue() + ") on " + html);
        Source src = new Source(pdf.getFileName().toString(), Output.sha256Hex(pdf), 0, Source.TEXT_PDF);
        Report r = TruthJson.report(plan, src, Map.of());
        Files.writeString(dir.resolve(plan.name() + ".expected.json"), TruthJson.json(r), StandardCharsets.UTF_8);
        return r;
    }
}
