package org.suchi.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.suchi.extract.PipelineSettings;
import org.suchi.pdf.ArchiveBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = {"Searchable PDF/A archive copies: OUT/NAME.pdf per input (PDF, PNG, JPEG, TIFF; report or not).",
                "The original page images unchanged, an invisible Unicode text layer word by word (copy and search give "
                        + "Bangla in logical order), XMP metadata, and for reports the report/1 JSON embedded (PDF/A-3b; "
                        + "other documents PDF/A-2b). PDF pages with a usable text layer are copied as they are."})
final class PdfCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "scans or PDFs")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "documents worked on at once (default: all cores)")
    Integer jobs;

    @Option(names = "--no-report", description = "embed no report/1 JSON and skip its assembly, for letters and other scans (ruled report tables are still read cell by cell for the text layer)")
    boolean noReport;

    @Override
    public Integer call() {
        int n = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
        return ArchiveBatch.run(inputs, out, PipelineSettings.DEFAULT, !noReport, n, System.out, System.err).exitCode();
    }
}
