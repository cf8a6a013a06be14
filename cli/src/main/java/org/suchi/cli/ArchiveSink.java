package org.suchi.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.suchi.bulk.InputFile;
import org.suchi.bulk.Inputs;
import org.suchi.bulk.ResultSink;
import org.suchi.extract.PipelineSettings;
import org.suchi.model.ExtractionException;
import org.suchi.model.Report;
import org.suchi.extract.DocumentStages;
import org.suchi.pdf.ArchiveStages;
import org.suchi.pdf.ArchiveWriter;

/**
 * {@code suchi ingest --pdf}: beside every report JSON the ingestion writes, the input's searchable PDF/A archive
 * copy ({@code NAME.pdf}, see {@code suchi pdf}), with that very report embedded. A hook on the ingestion's
 * result sink, so the runner itself is untouched: the input of each JSON is found the way the runner names its
 * outputs ({@link Inputs#find}). A PDF that cannot be written gets an {@code error:} line; the JSON stays, and
 * the next run writes the PDF (an archive copy older than its JSON, or none, is written again).
 * <p>
 * Every page is read once: the ingestion runs on {@link #stages}, which make each page's text layer from the
 * extraction's own readings while it reads the page ({@link ArchiveStages}); the copy is written from those.
 */
final class ArchiveSink implements ResultSink {
    private final ResultSink next;
    private final Map<Path, Path> inputOf = new HashMap<>();
    private final ArchiveWriter writer;
    private ArchiveStages stages;
    private final PrintStream err;

    ArchiveSink(ResultSink next, List<Path> sources, Path outDir, PipelineSettings settings, PrintStream err) {
        this.next = next;
        this.err = err;
        for (InputFile f : Inputs.find(sources, outDir).files()) {
            inputOf.put(outDir.resolve(f.output()).toAbsolutePath().normalize(), f.path());
        }
        this.writer = new ArchiveWriter(settings);
    }

    /** {@code core} that also keeps each page's archive text layer for {@link #accept}; use these for the ingestion. */
    DocumentStages stages(DocumentStages core) {
        stages = new ArchiveStages(core, writer);
        return stages;
    }

    @Override
    public void accept(Path json, Report report) throws IOException {
        next.accept(json, report);
        Path input = inputOf.get(json.toAbsolutePath().normalize());
        if (input == null) return;
        java.util.Map<Integer, ArchiveWriter.PageLayer> layers = stages == null ? java.util.Map.of() : stages.take(input);
        String name = json.getFileName().toString();
        Path pdf = json.resolveSibling(name.endsWith(".json") ? name.substring(0, name.length() - 5) + ".pdf" : name + ".pdf");
        if (Files.isRegularFile(pdf) && !Files.getLastModifiedTime(pdf).toInstant().isBefore(Files.getLastModifiedTime(json).toInstant())) {
            return; // written by an earlier run
        }
        try {
            writer.write(input, pdf, report, layers);
        } catch (ExtractionException e) {
            err.println("error: " + e.userMessage() + " (archive PDF " + pdf + " not written)");
        }
    }

    @Override
    public void commit() throws IOException {
        next.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            next.close();
        } finally {
            writer.close();
        }
    }
}
