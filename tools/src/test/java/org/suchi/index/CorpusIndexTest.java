package org.suchi.index;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.config.ProjectPaths;
import org.suchi.synth.GeneratedDocument;
import org.suchi.synth.Generator;

/**
 * The project's samples ({@code samples/*.expected.json}) and generator output indexed together: every row that
 * contains a query word is found (against a brute-force scan), digit forms are interchangeable, re-indexing changes
 * no count.
 */
@Tag("slow")
class CorpusIndexTest {
    static final java.util.function.Consumer<String> QUIET = line -> { };
    static final List<String> WORDS = List.of("উদ্ভাবনী", "ই-নথি", "শোকেজিং", "কর্মশালা", "হালনাগাদ", "বাতায়ন",
            "প্রশিক্ষণ", "ডিজিটাইজ", "নিষ্পত্তি", "সেবাসমূহ", "স্মার্ট", "ই-গভর্ন্যান্স");

    @TempDir
    static Path tmp;
    static Path index;
    static List<Path> inputs;
    static List<IndexedReport> reports = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        Path samples = ProjectPaths.home().orElseThrow().resolve("samples");
        Path generated = tmp.resolve("gen");
        List<GeneratedDocument> docs = Generator.createDefault().generate(generated, 4, 11,
                Generator.Options.of(Generator.Format.PNG, true).withDpi(100));
        assertThat(docs).hasSize(4);
        inputs = List.of(samples, generated);
        for (Path p : ReportFile.expand(inputs)) {
            try {
                reports.add(ReportFile.read(p));
            } catch (ReportFile.BadReportException e) {
                // samples.json and the manifest are not reports
            }
        }
        assertThat(reports).hasSize(8);
        index = tmp.resolve("index");
        Indexer.Summary s = new Indexer(LevelRules.standard(), 3, Indexer.Step.NONE).run(index, inputs, QUIET);
        assertThat(s.failures()).isEmpty();
        assertThat(s.reports()).isEqualTo(8);
        assertThat(s.skipped()).isEqualTo(1); // samples.json (the generator's manifest is not a candidate)
    }

    @Test
    void everyRowContainingAWordIsFound() throws IOException {
        try (ReportSearcher s = new ReportSearcher(index)) {
            List<RecallCheck.WordRecall> r = RecallCheck.measure(s, reports, WORDS, true);
            assertThat(r).allSatisfy(w -> assertThat(w.recall()).as(w.word() + " missed " + w.missed()).isEqualTo(1.0));
            // the words do occur: the check is not vacuous
            assertThat(r.stream().filter(w -> w.expected() > 0).count()).isGreaterThanOrEqualTo(8);
            // without fuzzy matching the hits are exactly the scan's rows for words not in office or ministry names
            for (RecallCheck.WordRecall w : RecallCheck.measure(s, reports, List.of("শোকেজিং", "কর্মশালা", "ই-নথি",
                    "ডিজিটাইজ"), false)) {
                assertThat(w.extra()).as(w.word()).isZero();
            }
        }
    }

    @Test
    void digitFormsAreInterchangeable() throws IOException {
        try (ReportSearcher s = new ReportSearcher(index)) {
            for (String[] pair : new String[][] {{"১.১.১", "1.1.1"}, {"২.১.১", "2.1.1"}, {"২০২৩-২৪", "2023-24"},
                {"২০২৪-২৫", "2024-25"}}) {
                Set<String> bangla = keys(s, pair[0]);
                assertThat(bangla).as(pair[0]).isNotEmpty().isEqualTo(keys(s, pair[1]));
            }
            // 1.1.1 finds exactly the rows with that indicator code (one per report)
            Set<String> expected = reports.stream().filter(r -> r.rows().stream()
                            .anyMatch(x -> x.path("indicator").path("code").asText().equals("1.1.1")))
                    .map(IndexedReport::sha256).collect(Collectors.toSet());
            assertThat(keys(s, "1.1.1")).hasSize(expected.size());
            assertThat(keys(s, "1.1.1").stream().map(k -> k.split("#")[0]).collect(Collectors.toSet()))
                    .isEqualTo(expected);
        }
    }

    @Test
    void reIndexingChangesNoCount() throws IOException {
        int reportsBefore;
        int rowsBefore;
        long hitsBefore;
        try (ReportSearcher s = new ReportSearcher(index)) {
            reportsBefore = s.reportCount();
            rowsBefore = s.rowCount();
            hitsBefore = s.search(SearchRequest.of("উদ্ভাবনী")).total();
        }
        assertThat(rowsBefore).isEqualTo(reports.stream().mapToInt(r -> r.rows().size()).sum());
        new Indexer(LevelRules.standard(), 1, Indexer.Step.NONE).run(index, inputs, QUIET);
        new Indexer(LevelRules.standard(), 100, Indexer.Step.NONE).run(index, inputs, QUIET);
        try (ReportSearcher s = new ReportSearcher(index)) {
            assertThat(s.reportCount()).isEqualTo(reportsBefore).isEqualTo(8);
            assertThat(s.rowCount()).isEqualTo(rowsBefore);
            assertThat(s.search(SearchRequest.of("উদ্ভাবনী")).total()).isEqualTo(hitsBefore);
        }
    }

    private static Set<String> keys(ReportSearcher s, String q) throws IOException {
        Set<String> out = new java.util.HashSet<>();
        s.forEachRow(ReportSearcher.query(SearchRequest.of(q)), r -> out.add(r.sha256() + "#" + r.order()));
        return out;
    }
}
