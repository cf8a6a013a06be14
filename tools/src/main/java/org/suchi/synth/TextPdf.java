package org.suchi.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.suchi.model.Report;
import org.suchi.model.Source;

/**
 * Born-digital (text-layer) PDFs of planned reports: the plan becomes HTML ({@link HtmlComposer}) and an
 * office program prints it with its own font shaping and embedded subset fonts, as offices' exports do —
 * headless Chromium (Skia) or LibreOffice; {@code NAME.expected.json} is the plan's expected report/1.
 */
public final class TextPdf {
    /** Debian package of the browser ({@code ./suchi test} installs it). */
    public static final String PACKAGE = Producer.CHROMIUM.debianPackage;

    /** A program that turns the HTML into a PDF. */
    public enum Producer {
        CHROMIUM("chromium", List.of("chromium", "chromium-browser", "google-chrome")),
        LIBREOFFICE("libreoffice-writer-nogui", List.of("soffice", "libreoffice"));

        /** The Debian package that provides it. */
        public final String debianPackage;
        private final List<String> commands;

        Producer(String debianPackage, List<String> commands) {
            this.debianPackage = debianPackage;
            this.commands = commands;
        }

        /** Its command on the PATH, or null when it is not installed. */
        public String command() {
            for (String b : commands) {
                for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                    if (Files.isExecutable(Path.of(dir, b))) return Path.of(dir, b).toString();
                }
            }
            return null;
        }
    }

    private TextPdf() {}

    /** The browser's command, or null when none is installed. */
    public static String browser() {
        return Producer.CHROMIUM.command();
    }

    /** {@link #write(DocPlan, Path, Producer)} with Chromium. */
    public static Report write(DocPlan plan, Path dir) throws IOException, InterruptedException {
        return write(plan, dir, Producer.CHROMIUM);
    }

    /** Writes {@code DIR/NAME.pdf}, {@code NAME.html} and {@code NAME.expected.json}; returns the expected report. */
    public static Report write(DocPlan plan, Path dir, Producer producer) throws IOException, InterruptedException {
        String exe = producer.command();
        if (exe == null) throw new IllegalStateException("no " + producer + " to print PDFs: install " + producer.debianPackage);
        Files.createDirectories(dir);
        Path html = dir.resolve(plan.name() + ".html");
        Path pdf = dir.resolve(plan.name() + ".pdf");
        Files.writeString(html, HtmlComposer.html(plan), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("suchi-" + producer.name().toLowerCase(java.util.Locale.ROOT));
        List<String> cmd = producer == Producer.CHROMIUM
                ? List.of(exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
                        "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), html.toAbsolutePath().toUri().toString())
                : List.of(exe, "--headless", "--norestore", "-env:UserInstallation=" + profile.toUri(),
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", dir.toAbsolutePath().toString(),
                        html.toAbsolutePath().toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(producer + " did not print " + html + " in 180 s");
        }
        if (p.exitValue() != 0 || !Files.exists(pdf)) throw new IOException(producer + " failed (" + p.exitValue() + ") on " + html);
        Source src = new Source(pdf.getFileName().toString(), Output.sha256Hex(pdf), 0, Source.TEXT_PDF);
        Report r = TruthJson.report(plan, src, Map.of());
        Files.writeString(dir.resolve(plan.name() + ".expected.json"), TruthJson.json(r), StandardCharsets.UTF_8);
        return r;
    }
}
