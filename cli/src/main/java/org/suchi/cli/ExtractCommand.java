package org.suchi.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.suchi.extract.Batch;
import org.suchi.extract.PipelineSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract reports (PDF, PNG, JPEG, TIFF) to report/1 JSON: OUT/NAME.json per input.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "report files")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--jobs", paramLabel = "N",
            description = "worker threads, one OCR engine each; pages of several documents overlap (default: all cores)")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "longest time for one file (default: ${DEFAULT-VALUE}); a document of 10 pages or more shows its"
                    + " pages done of N and the time left on stderr every 30 s")
    long timeout;

    @Override
    public Integer call() {
        int n = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
        Batch.Summary s = Batch.run(inputs, out, PipelineSettings.DEFAULT.forJobs(n), n,
                Duration.ofSeconds(Math.max(1, timeout)), System.out, System.err);
        return s.exitCode();
    }
}
