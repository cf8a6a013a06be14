package org.suchi.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.model.FailureCause;
import org.suchi.ocr.OcrEnginePool;

/** {@code ingest --retry-failed}: quarantined files are tried again; without it they are counted, not read. */
class RetryFailedTest {
    @TempDir Path dir;

    private IngestSummary ingest(Path src, Path out, boolean retry) throws IOException {
        try (OcrEnginePool engines = Pipeline.engines(PipelineSettings.DEFAULT)) {
            return new BulkIngest(Pipeline.extractor(PipelineSettings.DEFAULT), engines::engine,
                    new IngestOptions(1, 2, Duration.ofMinutes(2), retry), ResultSink.NONE, IngestProgress.NONE,
                    new BulkFixtures.Capture().stream).run(List.of(src), out);
        }
    }

    @Test
    void quarantinedFilesAreTriedAgainOnlyWhenAsked() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("bad.pdf"), "%PDF-1.7\n1 0 obj garbage");
        Path out = dir.resolve("out");

        IngestSummary first = ingest(src, out, false);
        assertThat(first.failed()).containsOnly(Map.entry(FailureCause.CORRUPT, 1));
        IngestSummary again = ingest(src, out, false);
        assertThat(again.failed()).isEmpty();
        assertThat(again.failedEarlier()).containsOnly(Map.entry(FailureCause.CORRUPT, 1));

        IngestSummary retried = ingest(src, out, true);
        assertThat(retried.failed()).as("tried again").containsOnly(Map.entry(FailureCause.CORRUPT, 1));
        assertThat(retried.failedEarlier()).isEmpty();
        assertThat(Files.readAllLines(out.resolve(Journal.FAILED_FILE), StandardCharsets.UTF_8)).hasSize(2);
    }
}
