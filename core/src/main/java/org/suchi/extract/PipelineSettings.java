package org.suchi.extract;

import org.suchi.ingest.IngestSettings;

/**
 * Everything that configures an extraction, passed explicitly (no global options).
 *
 * @param ingest      page resolution and size limits
 * @param ocrLanguage Tesseract language of the tables and letters
 */
public record PipelineSettings(IngestSettings ingest, String ocrLanguage) {
    public static final PipelineSettings DEFAULT = new PipelineSettings(IngestSettings.DEFAULT, "ben");

    /** The settings for a run of {@code jobs} workers: each of the documents open at once gets its share of the heap. */
    public PipelineSettings forJobs(int jobs) {
        return new PipelineSettings(ingest.withMemoryBudget(IngestSettings.shareOfHeap(jobs + 1)), ocrLanguage);
    }
}
