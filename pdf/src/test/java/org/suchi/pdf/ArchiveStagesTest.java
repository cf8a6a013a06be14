package org.suchi.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEnginePool;

/**
 * {@code ingest --pdf} in one pass: the layers made while the extraction reads each page give the same archive
 * copy as the writer's own reading, and the writer then reads no page again.
 */
class ArchiveStagesTest {
    @TempDir
    static Path tmp;
    static ArchiveWriter writer;
    static OcrEnginePool engines;

    @BeforeAll
    static void open() {
        writer = new ArchiveWriter(PipelineSettings.DEFAULT);
        engines = Pipeline.engines(PipelineSettings.DEFAULT);
    }

    @AfterAll
    static void close() {
        writer.close();
        engines.close();
    }

    @Test
    void theCopyIsWrittenFromTheExtractionsOwnReadingsWithoutReadingAgain() throws Exception {
        Path in = ArchiveWriterTest.samples().resolve("sample-png-c.png");
        ArchiveStages stages = new ArchiveStages(Pipeline.extractor(PipelineSettings.DEFAULT), writer);
        Report report = stages.extract(in, engines.engine());
        assertThat(stages.held()).isEqualTo(1);
        Map<Integer, ArchiveWriter.PageLayer> layers = stages.take(in);
        assertThat(stages.held()).isZero();
        assertThat(layers).containsOnlyKeys(1);
        assertThat(layers.get(1).keep()).isFalse();
        assertThat(layers.get(1).lines()).isNotEmpty();

        Path once = tmp.resolve("once.pdf");
        ArchiveWriter.Result r = writer.write(in, once, report, layers);
        assertThat(r.readHere()).as("no page read again").isZero();
        assertThat(r.ocrPages()).isEqualTo(1);
        assertThat(r.report()).isSameAs(report);

        Path twice = tmp.resolve("twice.pdf");
        ArchiveWriter.Result r2 = writer.write(in, twice, true);
        assertThat(r2.readHere()).isEqualTo(1);
        String text = ArchiveWriterTest.pdftotext(once);
        assertThat(text).isEqualTo(ArchiveWriterTest.pdftotext(twice));
        // each indicator cell whole: as the core read it (the evidence's text as read), or in the report's
        // wording where the report took the plan's (catalogue)
        String flat = squeeze(text);
        int cells = 0;
        for (var row : report.rows()) {
            var e = row.evidence().get("indicator.text");
            if (e == null || e.text() == null || e.page() != 1) continue;
            cells++;
            if (org.suchi.model.Evidence.CATALOGUE.equals(e.how())) {
                assertThat(flat).contains(squeeze(row.indicator().text()));
            } else {
                assertThat(flat).contains(squeeze(e.text().replace(org.suchi.ocr.PageReader.UNREADABLE, "")));
            }
        }
        assertThat(cells).isEqualTo(report.rows().size());
        assertThat(PdfAValidation.validate(once).failures()).isEmpty();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
