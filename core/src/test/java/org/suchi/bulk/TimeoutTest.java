package org.suchi.bulk;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.extract.DocumentStages;
import org.suchi.extract.Extractor;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.model.FailureCause;
import org.suchi.ingest.OpenedDocument;
import org.suchi.ingest.PageImage;
import org.suchi.layout.PageLayout;
import org.suchi.model.Report;
import org.suchi.reading.ColumnTemplate;
import org.suchi.ocr.OcrEngine;
import org.suchi.ocr.OcrEnginePool;
import org.suchi.reading.PageReading;

/**
 * A file whose extraction never returns (a stand-in for a pathological page, injected through
 * {@link DocumentStages}) times out, is quarantined, and does not stall the batch — even with one
 * worker, which the stuck task holds.
 */
@Tag("slow")
class TimeoutTest {
    @TempDir Path dir;

    /** The real stages, except that opening a file named {@code slow…} waits until released. */
    private record Stuck(Extractor real, CountDownLatch release) implements DocumentStages {
        @Override
        public OpenedDocument open(Path file) {
            if (file.getFileName().toString().startsWith("slow")) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.open(file);
        }

        @Override public PageLayout prepare(PageImage page) { return real.prepare(page); }
        @Override public PageReading read(PageLayout p, OcrEngine e, ColumnTemplate t) { return real.read(p, e, t); }
        @Override public Report finish(OpenedDocument doc, List<PageReading> pages, List<org.suchi.textlayer.PageText> texts) {
            return real.finish(doc, pages, texts);
        }
    }

    @Test
    void aFileThatNeverFinishesTimesOutAndTheOthersGoOn() throws Exception {
        Path src = dir.resolve("in");
        BulkFixtures.copy("sample-jpg-c.jpg", src.resolve("a/slow.jpg")); // first in order: takes the only worker
        BulkFixtures.copy("sample-png-c.png", src.resolve("b/good.png"));
        CountDownLatch release = new CountDownLatch(1);
        BulkFixtures.Capture err = new BulkFixtures.Capture();
        try (OcrEnginePool engines = Pipeline.engines(PipelineSettings.DEFAULT)) {
            BulkIngest b = new BulkIngest(new Stuck(Pipeline.extractor(PipelineSettings.DEFAULT), release), engines::engine,
                    new IngestOptions(1, 2, Duration.ofSeconds(25)), ResultSink.NONE, IngestProgress.NONE, err.stream);
            // the batch ends while the stuck task still waits (it is released only afterwards)
            IngestSummary s = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> b.run(List.of(src), dir.resolve("out")));
            assertThat(release.getCount()).isEqualTo(1);

            assertThat(s.done()).as(() -> s.describe() + "\n" + err.text()).isEqualTo(1);
            assertThat(s.failed()).containsOnly(Map.entry(FailureCause.TIMEOUT, 1));
            assertThat(s.exitCode()).isEqualTo(11);
            assertThat(s.stuck()).isEqualTo(1);
            assertThat(err.text()).contains("slow.jpg").contains("timed out");
            assertThat(dir.resolve("out/b/good.json")).isRegularFile();
            assertThat(dir.resolve("out/a/slow.json")).doesNotExist();
            assertThat(BulkFixtures.tree(dir.resolve("out")).get(Journal.FAILED_FILE)).contains("\"TIMEOUT\"").contains("a/slow.jpg");
        } finally {
            release.countDown();
        }
    }
}
