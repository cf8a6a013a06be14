package org.suchi.bulk;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.config.ProjectPaths;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.index.Fields;
import org.suchi.index.ReportSearcher;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEnginePool;

/**
 * {@code suchi ingest --index} in a child JVM, killed with SIGKILL twice while it works, then run to the
 * end: the output folder holds exactly what an uninterrupted run gives (same reports byte for byte, the
 * same journal and quarantine records, no half-written or temporary file), and so does the search index.
 */
@Tag("slow")
class KillResumeTest {
    @TempDir Path dir;

    /** The search index, and a record of what it was given. */
    private static final class RecordingSink implements ResultSink {
        final Map<Path, Report> accepted = new java.util.concurrent.ConcurrentHashMap<>();
        final IndexSink index;
        int commits;

        RecordingSink(Path indexDir) throws IOException {
            index = new IndexSink(indexDir, 2);
        }

        @Override public void accept(Path json, Report report) throws IOException {
            accepted.put(json, report);
            index.accept(json, report);
        }

        @Override public synchronized void commit() throws IOException {
            commits++;
            index.commit();
        }

        @Override public void close() throws IOException {
            index.close();
        }
    }

    @Test
    void killedTwiceThenResumedGivesTheUninterruptedResult() throws Exception {
        Path src = dir.resolve("archive");
        for (String s : List.of("sample-jpg-c.jpg", "sample-pdf-b.pdf", "sample-png-c.png", "sample-tif-a.tif")) {
            BulkFixtures.copy(s, src.resolve("a").resolve(s));
        }
        BulkFixtures.copy("sample-png-c.png", src.resolve("b/same-as-png.png"));
        Files.writeString(src.resolve("b/broken.pdf"), "%PDF-1.4\nnot really");

        Path reference = dir.resolve("reference");
        RecordingSink refSink = new RecordingSink(dir.resolve("reference-index"));
        try (refSink; OcrEnginePool engines = Pipeline.engines(PipelineSettings.DEFAULT)) {
            new BulkIngest(Pipeline.extractor(PipelineSettings.DEFAULT), engines::engine,
                    new IngestOptions(2, 2, Duration.ofMinutes(5)), refSink, IngestProgress.NONE,
                    new BulkFixtures.Capture().stream).run(List.of(src), reference);
        }
        assertThat(refSink.accepted).hasSize(5);

        Path out = dir.resolve("resumed");
        Path index = dir.resolve("index");
        int afterFirst = killWhenJournalHas(src, out, index, 1);
        int afterSecond = killWhenJournalHas(src, out, index, afterFirst + 2);
        assertThat(afterSecond).as("the second run went on from the first").isGreaterThan(afterFirst);
        assertThat(afterSecond).as("killed before the end").isLessThan(5);

        RecordingSink sink = new RecordingSink(index);
        IngestSummary last;
        try (sink; OcrEnginePool engines = Pipeline.engines(PipelineSettings.DEFAULT)) {
            last = new BulkIngest(Pipeline.extractor(PipelineSettings.DEFAULT), engines::engine,
                    new IngestOptions(2, 2, Duration.ofMinutes(5)), sink, IngestProgress.NONE,
                    new BulkFixtures.Capture().stream).run(List.of(src), out);
        }
        assertThat(last.skipped()).isEqualTo(afterSecond);

        Map<String, String> want = BulkFixtures.tree(reference), got = BulkFixtures.tree(out);
        assertThat(got.keySet()).isEqualTo(want.keySet());
        for (String f : want.keySet()) {
            if (f.equals(Journal.DONE_FILE) || f.equals(Journal.FAILED_FILE)) {
                // written in the order files finished: the same records, in any order, none twice
                assertThat(lines(got.get(f))).as(f).containsExactlyInAnyOrderElementsOf(lines(want.get(f)));
            } else {
                assertThat(got.get(f)).as(f).isEqualTo(want.get(f));
            }
        }
        assertThat(lines(got.get(Journal.DONE_FILE))).hasSize(5);
        assertThat(lines(got.get(Journal.FAILED_FILE))).hasSize(1);
        // the index sees every report, those of the killed runs too (they are offered again on resume)
        assertThat(sink.accepted.keySet()).containsExactlyInAnyOrderElementsOf(
                refSink.accepted.keySet().stream().map(p -> out.resolve(reference.relativize(p))).toList());
        assertThat(sink.commits).isEqualTo(1);
        assertThat(indexed(index)).isEqualTo(indexed(dir.resolve("reference-index"))).isNotEmpty();
    }

    /** Every row in an index, in a stable order. */
    private static List<String> indexed(Path index) throws IOException {
        List<String> rows = new ArrayList<>();
        try (ReportSearcher s = new ReportSearcher(index)) {
            assertThat(s.reportCount()).isEqualTo(4); // five reports, two of them the same bytes
            s.forEachRow(new TermQuery(new Term(Fields.TYPE, Fields.ROW)), r -> rows.add(r.toString()));
        }
        rows.sort(null);
        return rows;
    }

    /** Starts {@code suchi ingest} in a child JVM and kills it (SIGKILL) once the journal holds {@code lines} records. */
    private static int killWhenJournalHas(Path src, Path out, Path index, int lines) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-D" + ProjectPaths.HOME_PROPERTY + "=" + ProjectPaths.home().orElseThrow(),
                "org.suchi.cli.Main", "ingest", src.toString(), "--out", out.toString(), "--index", index.toString(),
                "--commit-every", "1", "--jobs", "1", "--progress", "none"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        Path journal = out.resolve(Journal.DONE_FILE);
        try {
            while (journalLines(journal) < lines) {
                assertThat(p.isAlive()).as("the child ingest is still working").isTrue();
                Thread.sleep(20);
            }
            assertThat(p.isAlive()).isTrue();
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            p.waitFor(30, TimeUnit.SECONDS);
        }
        return journalLines(journal);
    }

    private static int journalLines(Path journal) throws IOException {
        if (!Files.exists(journal)) return 0;
        String s = Files.readString(journal);
        return (int) s.chars().filter(c -> c == '\n').count();
    }

    private static List<String> lines(String text) {
        List<String> l = text.lines().filter(x -> !x.isBlank()).toList();
        Set<String> unique = new HashSet<>(l);
        assertThat(unique).as("no record twice").hasSize(l.size());
        return l;
    }
}
