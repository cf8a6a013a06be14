package org.suchi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.suchi.bulk.BulkIngest;
import org.suchi.bulk.IngestOptions;
import org.suchi.bulk.IngestProgress;
import org.suchi.bulk.IndexSink;
import org.suchi.bulk.IngestSummary;
import org.suchi.bulk.ResultSink;
import org.suchi.extract.DocumentStages;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.io.Printable;
import org.suchi.ocr.OcrEnginePool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract whole folder trees of reports to report/1 JSON, on every core, resumably.",
                "OUT mirrors each SRC folder (SRC/a/r.pdf -> OUT/a/r.json). OUT/_journal.jsonl records every finished",
                "report: run the same command again after a crash or kill to finish the rest. Files that cannot be",
                "extracted are listed in OUT/_failed.jsonl (path, cause, exit code) and the run goes on; they are not",
                "tried again by later runs unless --retry-failed. One run at a time writes into OUT (OUT/_ingest.lock):",
                "a second one is refused with exit code 17."})
final class IngestCommand implements Callable<Integer> {
    /** The same code as {@code suchi index} gives for a locked index folder. */
    static final int EXIT_INDEX_LOCKED = 13;

    @Parameters(arity = "1..*", paramLabel = "SRC", description = "folders (walked recursively) or report files")
    List<Path> sources;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--index", paramLabel = "IDX", description = "also index every report into this search index (see `suchi index`)")
    Path index;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "100",
            description = "commit the index after this many reports, and at the end (default: ${DEFAULT-VALUE})")
    int commitEvery;

    @Option(names = "--jobs", paramLabel = "N", description = "worker threads, one OCR engine each (default: all cores)")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "longest time for one file (default: ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--window", paramLabel = "PAGES", defaultValue = "2",
            description = "pages of a document rendered ahead of OCR (memory bound; default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--retry-failed", description = "try again the files an earlier run quarantined (OUT/_failed.jsonl)")
    boolean retryFailed;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "bar, log, none or auto (a bar on a terminal, else a log line every 30 s)")
    String progressMode;

    @Option(names = "--pdf", description = "also write each input's searchable PDF/A archive copy beside its JSON (OUT/a/r.pdf; see `suchi pdf`)")
    boolean pdf;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path s : sources) {
            if (!Files.exists(s) && !Files.isSymbolicLink(s)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + Printable.of(s));
            }
            Path src = s.toAbsolutePath().normalize(), o = out.toAbsolutePath().normalize();
            if (Files.isDirectory(s) && src.startsWith(o)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out " + Printable.of(out)
                        + (src.equals(o) ? " is the source folder " : " holds the source folder ") + Printable.of(s)
                        + ": nothing would be read (the output folder is never read as input); give an --out outside it");
            }
        }
        int n = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
        IngestOptions options = new IngestOptions(n, Math.max(1, window), Duration.ofSeconds(Math.max(1, timeout)), retryFailed);
        PipelineSettings settings = PipelineSettings.DEFAULT.forJobs(n);
        IngestSummary s;
        OcrEnginePool engines = Pipeline.engines(settings);
        try (ResultSink sink = withPdf(index == null ? ResultSink.NONE : new IndexSink(index, commitEvery), settings);
             IngestProgress progress = progress()) {
            DocumentStages stages = sink instanceof ArchiveSink a ? a.stages(Pipeline.extractor(settings)) : Pipeline.extractor(settings);
            BulkIngest bulk = new BulkIngest(stages, engines::engine, options, sink,
                    progress, System.err);
            s = bulk.run(sources, out);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            engines.close();
            System.err.println("error: " + Printable.of(index) + ": index folder is locked by another writer (" + e.getMessage() + ")");
            return EXIT_INDEX_LOCKED;
        } catch (Exception | Error e) {
            engines.close();
            throw e;
        }
        // an engine still inside a timed-out page must not be freed under it; the process ends right after
        if (s.stuck() == 0) engines.close();
        System.err.println(s.describe());
        return s.exitCode();
    }

    /** With {@code --pdf}, {@code sink} behind the hook that writes the archive copies ({@link ArchiveSink}). */
    private ResultSink withPdf(ResultSink sink, PipelineSettings settings) {
        return pdf ? new ArchiveSink(sink, sources, out, settings, System.err) : sink;
    }

    private IngestProgress progress() {
        return switch (progressMode) {
            case "bar" -> IngestProgress.on(System.err, true, Duration.ofSeconds(30));
            case "log" -> IngestProgress.on(System.err, false, Duration.ofSeconds(30));
            case "none" -> IngestProgress.NONE;
            default -> IngestProgress.on(System.err, System.console() != null, Duration.ofSeconds(30));
        };
    }
}
