package org.suchi.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code suchi} command line. */
@Command(name = "suchi", mixinStandardHelpOptions = true, version = "suchi 0.1.0",
        description = "Structured data from Bangladesh e-governance and innovation action-plan reports.",
        subcommands = {ExtractCommand.class, IngestCommand.class, DemoCommand.class, AssessCommand.class,
                org.suchi.index.cli.IndexCommand.class, org.suchi.index.cli.SearchCommand.class,
                org.suchi.index.cli.CompareCommand.class, org.suchi.index.cli.ExportCommand.class,
                org.suchi.index.cli.RecallCommand.class, org.suchi.index.cli.BenchIndexCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                " 0:every input was extracted",
                " 1:several inputs failed for different causes (see the error lines)",
                " 2:usage error (unknown option, missing argument)",
                " 3:input not found or not readable",
                " 4:unsupported format (not PDF, PNG, JPEG or TIFF)",
                " 5:corrupt or truncated file",
                " 6:encrypted PDF",
                " 7:document has no pages / empty file",
                " 8:page image too large",
                " 9:not an action-plan report",
                "10:OCR engine unavailable (tesseract or its Bangla model missing)",
                "11:timed out",
                "12:internal error (a bug: please report it)"})
public final class Main {
    private Main() {}

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        try {
            // the synthetic-report generator, when it is on the class path
            Object synth = Class.forName("org.suchi.synth.SynthCommand").getDeclaredConstructor().newInstance();
            cl.addSubcommand(synth);
        } catch (ReflectiveOperationException ignored) {
            // built without the generator
        }
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
