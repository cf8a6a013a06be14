package org.suchi.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recall measurement counts what the scan finds and the search misses, and what the search adds. */
class RecallCheckTest {
    @TempDir
    Path tmp;

    @Test
    void rowsMissingFromTheIndexLowerRecallAndAreNamed() throws IOException {
        List<Path> files = TestReports.writeAll(tmp.resolve("json"),
                TestReports.report("r1", "অফিস এক", "মন্ত্রণালয়", "2023-24", "Q1",
                        TestReports.row("1.1.1", "কর্মশালা আয়োজিত", null, 1)),
                TestReports.report("r2", "অফিস দুই", "মন্ত্রণালয়", "2023-24", "Q1",
                        TestReports.row("1.1.1", "কর্মশালা আয়োজিত", "কর্মশালা", 1),
                        TestReports.row("1.2.1", "সেমিনার", null, 1)));
        List<IndexedReport> all = new ArrayList<>();
        for (Path f : files) {
            all.add(ReportFile.read(f));
        }
        Path index = tmp.resolve("index");
        new Indexer(LevelRules.standard(), 1, Indexer.Step.NONE).run(index, List.of(files.get(0)), line -> { });
        try (ReportSearcher s = new ReportSearcher(index)) {
            List<RecallCheck.WordRecall> r = RecallCheck.measure(s, all, List.of("কর্মশালা", "সেমিনার", "অফিস"), false);
            assertThat(r.get(0)).isEqualTo(new RecallCheck.WordRecall("কর্মশালা", 2, 1, 0, List.of("r2.pdf#1.1.1")));
            assertThat(r.get(0).recall()).isEqualTo(0.5);
            assertThat(r.get(1).recall()).isZero();
            // অফিস is in no row text, but the indexed row's office name matches: one extra hit
            assertThat(r.get(2)).isEqualTo(new RecallCheck.WordRecall("অফিস", 0, 0, 1, List.of()));
        }
    }
}
