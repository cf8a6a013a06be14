package org.suchi;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import org.suchi.extract.Extractor;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.extract.ReportJson;
import org.suchi.model.ExtractionException;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEnginePool;

/**
 * The core's entry point for a Java caller (the command line, the web server, a Spark task): extracts one
 * document into its {@code report/1} record.
 *
 * <pre>{@code
 * try (Suchi suchi = Suchi.open()) {
 *     Report report = suchi.extract(Path.of("report.pdf"));   // ExtractionException names the cause
 *     String json = Suchi.json(report);                       // the bytes `suchi extract` writes
 * }
 * }</pre>
 *
 * Thread-safe: every calling thread gets its own Tesseract engine on first use (Tesseract is not
 * thread-safe; set {@code OMP_THREAD_LIMIT=1} in the environment). Nothing here reads global options: the
 * settings are given to {@link #open(PipelineSettings)}. Closing releases the engines.
 */
public final class Suchi implements AutoCloseable {
    private final Extractor extractor;
    private final OcrEnginePool engines;

    private Suchi(PipelineSettings settings) {
        this.extractor = Pipeline.extractor(settings);
        this.engines = Pipeline.engines(settings);
    }

    /** The standard stages with the default settings (300 dpi, Tesseract's {@code ben} model). */
    public static Suchi open() {
        return open(PipelineSettings.DEFAULT);
    }

    public static Suchi open(PipelineSettings settings) {
        return new Suchi(settings);
    }

    /**
     * Reads {@code file} (PDF, PNG, JPEG or TIFF) page after page on the calling thread.
     *
     * @throws ExtractionException with its {@link org.suchi.model.FailureCause} when the file cannot be extracted
     */
    public Report extract(Path file) {
        try {
            return extractor.extract(file, engines.engine());
        } catch (RuntimeException e) {
            throw Extractor.failure(file, e);
        }
    }

    /** The stages, for callers that schedule pages themselves (see {@code org.suchi.extract.PagedExtraction}). */
    public Extractor extractor() {
        return extractor;
    }

    /** The report as {@code report/1} JSON, exactly as {@code suchi extract} and {@code suchi ingest} write it. */
    public static String json(Report report) {
        try {
            return ReportJson.mapper().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report/1 records always serialise", e);
        }
    }

    @Override
    public void close() {
        engines.close();
    }
}
