package org.suchi.bulk;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.suchi.extract.Extractor;
import org.suchi.extract.PagedExtraction;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.extract.ReportJson;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEnginePool;

/**
 * Pages prepared in parallel and read in order give the very report of the sequential extraction,
 * continuation pages included (the 3-page PDF's table goes on over pages without header).
 */
@Tag("slow")
class PagedExtractionTest {
    @Test
    void parallelPagesGiveTheSequentialReport() throws Exception {
        Extractor x = Pipeline.extractor(PipelineSettings.DEFAULT);
        Path pdf = BulkFixtures.sample("sample-pdf-b.pdf");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (OcrEnginePool engines = Pipeline.engines(PipelineSettings.DEFAULT)) {
            Report sequential = x.extract(pdf, engines.engine());
            AtomicInteger pages = new AtomicInteger();
            Report parallel = PagedExtraction.start(x, pdf, pool, engines::engine, 1, 0, pages::addAndGet).result().get();
            assertThat(pages.get()).isEqualTo(3);
            assertThat(parallel.rows()).hasSizeGreaterThan(5);
            assertThat(ReportJson.mapper().writeValueAsString(parallel))
                    .isEqualTo(ReportJson.mapper().writeValueAsString(sequential));
        } finally {
            pool.shutdownNow();
        }
    }
}
