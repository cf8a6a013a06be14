package org.suchi.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code suchi} command line. */
@Command(name = "suchi", mixinStandardHelpOptions = true, version = "suchi 0.1.0",
        description = "Structured data from Bangladesh e-governance and innovation action-plan reports.",
        subcommands = {ExtractCommand.class, IngestCommand.class, DemoCommand.class, AssessCommand.class,
                org.suchi.cli.index.IndexCommand.class, org.suchi.cli.index.SearchCommand.class,
                org.suchi.cli.index.CompareCommand.class, org.suchi.cli.index.ExportCommand.class,
                org.suchi.cli.index.RecallCommand.class,
                org.suchi.web.ServeCommand.class, org.suchi.web.UsersCommand.class,
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
                "12:internal error (a bug: please report it)",
                "13:index folder locked by another writer or not usable (index, search, compare, export)"})
public final class Main {
    private Main() {}

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // commands of the tools module (synth, bench-index, ...) when its jar is on the class path; the
        // product jar alone has none of them
        for (ToolCommands tools : ServiceLoader.load(ToolCommands.class)) {
            tools.commands().forEach(cl::addSubcommand);
        }
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
