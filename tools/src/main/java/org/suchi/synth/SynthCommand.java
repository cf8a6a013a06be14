package org.suchi.synth;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code suchi synth}: writes synthetic scanned reports with their expected report/1 JSON. Registered as a subcommand
 * of {@code org.suchi.cli.Main}; {@link SynthMain} runs it on its own. Exit codes: 0 done, 1 the generator cannot
 * start (no Bangla font, no config/ folder), 2 usage error.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate synthetic scanned e-governance action-plan reports (image-only PDF, PNG, JPEG, "
                + "multi-page TIFF), each with NAME.expected.json in the report/1 ground-truth shape.",
            "The same seed gives the same documents."})
public final class SynthCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created)")
    Path out;

    @Option(names = "--count", defaultValue = "10", paramLabel = "N", description = "number of documents (default 10)")
    int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default 1)")
    long seed;

    @Option(names = "--format", defaultValue = "mixed", paramLabel = "FMT",
            description = "pdf, png, jpg, tif or mixed (default); png/jpg documents are one page (template C)")
    String format;

    @Option(names = "--clean", description = "no scan simulation (no rotation, noise, blur, seals, scribbles)")
    boolean clean;

    @Option(names = "--harsh", description = "harsher variants: every installed Bangla font, 8-10 pt, 150/200/300 dpi, "
            + "resampling, JPEG quality down to 30, bilevel G4 TIFF, colour scans with stamps and scribbles, dark edges")
    boolean harsh;

    @Option(names = "--dpi", paramLabel = "DPI", description = "resolution (default: 150/200/300 at random, 200 with --clean)")
    Integer dpi;

    @Option(names = "--template", paramLabel = "T", description = "A (2021-22/2022-23), B (ministry 2023-24/2024-25) "
            + "or C (field/agency 2023-24/2024-25); default any")
    String template;

    @Option(names = "--cover", defaultValue = "random", paramLabel = "WHEN",
            description = "cover letter: always, never or random (default)")
    String cover;

    @Option(names = "--prefix", defaultValue = "synth", description = "file name prefix (default synth: synth-001.pdf …)")
    String prefix;

    @Option(names = "--name", paramLabel = "NAME",
            description = "with --count 1: the document's file name without extension (instead of PREFIX-001)")
    String name;

    @Option(names = "--suffix", defaultValue = ".expected.json",
            description = "suffix of the expected JSON (default .expected.json; .truth.json for score.py)")
    String suffix;

    @Option(names = "--no-manifest", description = "do not write PREFIX.manifest.json")
    boolean noManifest;

    @Option(names = "--layout", description = "also write NAME.layout.json: every table cell's text area in pixels")
    boolean layout;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1");
        }
        Generator.Format f;
        try {
            f = Generator.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (template != null && !template.matches("[AaBbCc]")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--template must be A, B or C");
        }
        Boolean cv = switch (cover) {
            case "always" -> Boolean.TRUE;
            case "never" -> Boolean.FALSE;
            case "random" -> null;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--cover must be always, never or random");
        };
        if (name != null && count != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--name needs --count 1");
        }
        Generator g;
        try {
            g = Generator.createDefault();
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            System.err.println("suchi synth: " + e.getMessage());
            return 1;
        }
        Generator.Options o = Generator.Options.of(f, clean).withDpi(dpi).withTemplate(template).withCover(cv)
                .withPrefix(prefix).withSuffix(suffix).withManifest(!noManifest).withLayout(layout).withHarsh(harsh);
        List<GeneratedDocument> docs = name != null
                ? List.of(g.generateOne(out, name, Generator.docSeed(seed, 0), o))
                : g.generate(out, count, seed, o);
        for (GeneratedDocument d : docs) {
            System.out.printf("%s\t%s %s %s\t%d page(s)%n", d.input(), d.plan().template().template(),
                    d.plan().fiscalYear(), d.plan().period(), d.pages());
        }
        return 0;
    }
}
