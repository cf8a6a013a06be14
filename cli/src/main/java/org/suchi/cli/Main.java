package org.suchi.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code suchi} command line. */
@Command(name = "suchi", mixinStandardHelpOptions = true, version = "suchi 0.1.0",
        description = "Structured data from Bangladesh e-governance and innovation action-plan reports.",
        subcommands = {ExtractCommand.class, IngestCommand.class, PdfCommand.class, DemoCommand.class, AssessCommand.class,
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
                "13:index folder locked by another writer, corrupt or not usable (index, search, compare, export)",
                "14:not a regular file (a FIFO, device, socket, folder or symbolic-link loop)",
                "15:out of memory (also when tried again alone): more heap (SUCHI_XMX) or fewer --jobs",
                "16:the output cannot be written (read-only, full disk, no permission, a file)",
                "17:the output folder is in use by another ingest run"})
public final class Main {
    private Main() {}

    public static CommandLine commandLine() {
        Logging.configure();
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Failures());
        // commands of the tools module (synth, bench-index, ...) when its jar is on the class path; the
        // product jar alone has none of them
        for (ToolCommands tools : ServiceLoader.load(ToolCommands.class)) {
            tools.commands().forEach(cl::addSubcommand);
        }
        return cl;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Throwable e) { // an Error (out of memory, stack overflow) escapes picocli's handler
            code = Failures.report(e, System.err, "suchi");
        }
        System.exit(code);
    }
}
