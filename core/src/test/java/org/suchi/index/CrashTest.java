package org.suchi.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure or a killed process between documents leaves the last commit intact and openable. */
class CrashTest {
    @TempDir
    Path tmp;

    static final java.util.function.Consumer<String> QUIET = line -> { };

    private List<Path> reports(int n) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(TestReports.write(tmp.resolve("json"), TestReports.report("crash-" + i, "অফিস " + i, "মন্ত্রণালয়",
                    "2023-24", "Q" + (1 + i % 4), TestReports.row("1.1.1", "উদ্ভাবনী ধারণা " + i, "চলমান", i),
                    TestReports.row("1.2.1", "ডাটাবেজ হালনাগাদ", null, null))));
        }
        return out;
    }

    private static int[] counts(Path index) throws IOException {
        try (ReportSearcher s = new ReportSearcher(index)) {
            return new int[] {s.reportCount(), s.rowCount()};
        }
    }

    @Test
    void aFailingStepBetweenDocumentsKeepsEveryCommittedReport() throws IOException {
        List<Path> files = reports(5);
        Path index = tmp.resolve("index");
        Indexer.Step failOnFourth = (i, f) -> {
            if (i == 3) {
                throw new IOException("injected failure before " + f.getFileName());
            }
        };
        // commit every 2 reports: reports 0 and 1 are committed, report 2 is added but not committed
        assertThatThrownBy(() -> new Indexer(LevelRules.standard(), 2, failOnFourth).run(index, files, QUIET))
                .hasMessageContaining("injected failure");
        assertThat(counts(index)).containsExactly(2, 4);
        // the next run (no failure) completes the index, without duplicates
        new Indexer(LevelRules.standard(), 2, Indexer.Step.NONE).run(index, files, QUIET);
        assertThat(counts(index)).containsExactly(5, 10);
    }

    @Test
    void aKilledProcessLeavesTheLastCommitReadable() throws Exception {
        List<Path> files = reports(4);
        Path index = tmp.resolve("index");
        // a child JVM commits every 2 reports and halts (no close, no rollback) with report 2 added but not committed
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HaltingIndexer.class.getName(), index.toString(), "2",
                "3"));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(HaltingIndexer.HALTED);
        assertThat(counts(index)).containsExactly(2, 4);
        new Indexer(LevelRules.standard(), 1, Indexer.Step.NONE).run(index, files, QUIET);
        assertThat(counts(index)).containsExactly(4, 8);
    }
}
