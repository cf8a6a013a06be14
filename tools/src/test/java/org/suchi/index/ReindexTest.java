package org.suchi.index;

import org.suchi.tools.bench.BenchCorpus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is identified by its source sha256: indexing a new version replaces the old one. */
class ReindexTest {
    @TempDir
    Path tmp;

    private static long hits(Path index, String q) throws IOException {
        try (ReportSearcher s = new ReportSearcher(index)) {
            return s.search(SearchRequest.of(q).withFuzzy(false)).total();
        }
    }

    @Test
    void aNewVersionOfAReportReplacesTheOld() throws IOException {
        Path index = tmp.resolve("index");
        ObjectNode v1 = TestReports.report("same", "অফিস", "মন্ত্রণালয়", "2023-24", "Q1",
                TestReports.row("1.1.1", "উদ্ভাবনী ধারণা", "কর্মশালা আয়োজিত", 2),
                TestReports.row("1.2.1", "ডাটাবেজ হালনাগাদ", null, 1));
        Path f = TestReports.write(tmp.resolve("v1"), v1);
        Indexer indexer = new Indexer(LevelRules.standard(), 1, Indexer.Step.NONE);
        indexer.run(index, List.of(f), line -> { });
        assertThat(hits(index, "কর্মশালা")).isEqualTo(1);

        // the same source file re-extracted: one row fewer, another progress text
        ObjectNode v2 = TestReports.report("same", "অফিস", "মন্ত্রণালয়", "2023-24", "Q1",
                TestReports.row("1.1.1", "উদ্ভাবনী ধারণা", "সেমিনার আয়োজিত", 2));
        indexer.run(index, List.of(TestReports.write(tmp.resolve("v2"), v2)), line -> { });
        try (ReportSearcher s = new ReportSearcher(index)) {
            assertThat(s.reportCount()).isEqualTo(1);
            assertThat(s.rowCount()).isEqualTo(1);
        }
        assertThat(hits(index, "কর্মশালা")).isZero();
        assertThat(hits(index, "সেমিনার")).isEqualTo(1);
        assertThat(hits(index, "হালনাগাদ")).isZero();
    }

    @Test
    void benchReportsAreValidReport1AndRepeatable() throws Exception {
        BenchCorpus corpus = BenchCorpus.loadDefault();
        for (int i = 0; i < 50; i++) {
            IndexedReport r = corpus.report(7, i);
            assertThat(r.rows()).isNotEmpty();
            assertThat(r.fiscalYear()).matches("\\d{4}-\\d{2}");
            assertThat(r.sha256()).matches("[0-9a-f]{64}");
            assertThat(r.rows()).allSatisfy(row -> {
                assertThat(row.path("indicator").path("code").asText()).matches("\\d+\\.\\d+\\.\\d+");
                assertThat(row.path("unit").asText()).isIn("date", "count", "percent");
                assertThat(row.path("progress").asText()).isNotBlank();
            });
            assertThat(corpus.report(7, i)).isEqualTo(r);
        }
        assertThat(corpus.report(7, 0).sha256()).isNotEqualTo(corpus.report(7, 1).sha256());
    }
}
