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
}
