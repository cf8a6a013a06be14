package org.suchi.bulk;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.extract.ReportJson;
import org.suchi.index.ReportSearcher;
import org.suchi.ocr.OcrEnginePool;

/**
 * {@code ingest --index}: every report is in the search index after the run, the same bytes under two
 * names are one report there, and a rerun (which offers the journaled reports again) duplicates nothing.
 */
@Tag("slow")
class IndexSinkTest {
    @TempDir Path dir;

    private IngestSummary ingest(OcrEnginePool engines, Path src, Path out, Path index) throws IOException {
        try (IndexSink sink = new IndexSink(index, 1)) {
            return new BulkIngest(Pipeline.extractor(PipelineSettings.DEFAULT), engines::engine,
                    new IngestOptions(2, 2, Duration.ofMinutes(5)), sink, IngestProgress.NONE,
                    new BulkFixtures.Capture().stream).run(List.of(src), out);
        }
    }

    @Test
    void reportsAreIndexedOnceAndARerunAddsNothing() throws IOException {
        Path src = dir.resolve("in");
        BulkFixtures.copy("sample-jpg-c.jpg", src.resolve("a/one.jpg"));
        BulkFixtures.copy("sample-jpg-c.jpg", src.resolve("b/same.jpg"));
        Path out = dir.resolve("out"), index = dir.resolve("index");
        int rows;
        try (OcrEnginePool engines = Pipeline.engines(PipelineSettings.DEFAULT)) {
            IngestSummary first = ingest(engines, src, out, index);
            assertThat(first.done() + first.copied()).isEqualTo(2);
            rows = ReportJson.read(out.resolve("a/one.json")).rows().size();
            try (ReportSearcher s = new ReportSearcher(index)) {
                assertThat(s.reportCount()).isEqualTo(1);
                assertThat(s.rowCount()).isEqualTo(rows).isGreaterThan(0);
            }
            IngestSummary again = ingest(engines, src, out, index);
            assertThat(again.skipped()).isEqualTo(2);
        }
        try (ReportSearcher s = new ReportSearcher(index)) {
            assertThat(s.reportCount()).isEqualTo(1);
            assertThat(s.rowCount()).isEqualTo(rows);
        }
    }
}
