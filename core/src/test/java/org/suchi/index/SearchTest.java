package org.suchi.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.suchi.index.TestReports.report;
import static org.suchi.index.TestReports.row;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact hit sets on hand-written reports: words, digits, inflections, hyphens, fuzzy, filters, facets. */
class SearchTest {
    static final String MOA = "কৃষি মন্ত্রণালয়";
    static final String DAE = "কৃষি সম্প্রসারণ অধিদপ্তর";
    static final String MOL = "ভূমি মন্ত্রণালয়";

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void build() throws IOException {
        List<Path> files = TestReports.writeAll(tmp.resolve("json"),
                report("a", DAE, MOA, "2023-24", "Q1",
                        row("1.1.1", "ন্যূনতম একটি উদ্ভাবনী ধারণা বাস্তবায়িত", "নতুন উদ্ভাবনী ধারণা বাস্তবায়িত হয়েছে।", 4),
                        row("1.3.1", "ইনোভেশন শোকেজিং আয়োজিত", "১৫/১০/২০২৩ তারিখে শোকেজিং অনুষ্ঠিত হয়েছে", 5),
                        row("4.1.1", "ই-নথিতে নোট নিষ্পত্তিকৃত", "৮৯% নোট ই-নথিতে নিষ্পত্তি হয়েছে।", 3)),
                report("b", DAE, MOA, "2023-24", "Q2",
                        row("1.1.1", "উদ্ভাবনের ধারণা বাস্তবায়ন", "হালনাগাদকরণ চলমান", 1),
                        row("4.1.1", "নথি ব্যবস্থাপনা", "সকল নথি নিষ্পত্তি হয়েছে", 5)),
                report("c", MOL, MOL, "2024-25", "Q1",
                        row("1.1.1", "ডিজিটাইজেশনের মাধ্যমে সেবা সহজিকরণ", "২০২৩-২৪ অর্থবছরের ধারাবাহিকতায়", 0),
                        row("2.1.1", "তথ্য বাতায়ন হালনাগাদকৃত", "ই-নথির ব্যবহার বৃদ্ধি", null)));
        index = tmp.resolve("index");
        Indexer.Summary s = new Indexer(LevelRules.standard(), 1, Indexer.Step.NONE)
                .run(index, List.of(tmp.resolve("json")), line -> { });
        assertThat(s.reports()).isEqualTo(3);
        assertThat(s.rows()).isEqualTo(7);
    }

    /** Hits as FILE#INDICATOR, fuzzy off unless asked. */
    static Set<String> hits(String q, Filters f, boolean fuzzy) throws IOException {
        try (ReportSearcher s = new ReportSearcher(index)) {
            return s.search(new SearchRequest(q, f, 100, false, fuzzy)).hits().stream()
                    .map(h -> h.row().file().replace(".pdf", "") + "#" + h.row().indicator())
                    .collect(Collectors.toSet());
        }
    }

    static Set<String> hits(String q) throws IOException {
        return hits(q, Filters.NONE, false);
    }

    @Test
    void wholeAndPartialWords() throws IOException {
        assertThat(hits("শোকেজিং")).containsExactlyInAnyOrder("a#1.3.1");
        assertThat(hits("ডিজিটা")).containsExactlyInAnyOrder("c#1.1.1"); // part of ডিজিটাইজেশনের
        assertThat(hits("হালনাগাদ")).containsExactlyInAnyOrder("b#1.1.1", "c#2.1.1"); // হালনাগাদকরণ, হালনাগাদকৃত
        assertThat(hits("উদ্ভাবনী ধারণা")).containsExactlyInAnyOrder("a#1.1.1"); // every word must match
    }

    @Test
    void inflectedWordsFindTheirStem() throws IOException {
        // উদ্ভাবনের (genitive) finds the row that only says উদ্ভাবনের and, by stem, not the উদ্ভাবনী rows
        assertThat(hits("উদ্ভাবনের")).containsExactlyInAnyOrder("b#1.1.1");
        // a prefix finds every form
        assertThat(hits("উদ্ভাবন")).containsExactlyInAnyOrder("a#1.1.1", "b#1.1.1");
        // the inflected query ডিজিটাইজেশনের and the plain ডিজিটাইজেশন find the same row
        assertThat(hits("ডিজিটাইজেশন")).containsExactlyInAnyOrder("c#1.1.1");
    }

    @Test
    void hyphenatedWordsMatchAsAWholeNotTheirSecondHalf() throws IOException {
        assertThat(hits("ই-নথি")).containsExactlyInAnyOrder("a#4.1.1", "c#2.1.1"); // ই-নথিতে, ই-নথির
        assertThat(hits("নথি")).containsExactlyInAnyOrder("a#4.1.1", "b#4.1.1", "c#2.1.1");
        assertThat(hits("ই-নথির")).containsExactlyInAnyOrder("c#2.1.1");
    }

    @Test
    void banglaAndAsciiDigitsFindTheSameRows() throws IOException {
        assertThat(hits("১.১.১")).containsExactlyInAnyOrder("a#1.1.1", "b#1.1.1", "c#1.1.1")
                .isEqualTo(hits("1.1.1"));
        // ২০২৩-২৪ is in c's progress text and is the fiscal year of a and b
        assertThat(hits("২০২৩-২৪")).containsExactlyInAnyOrder("a#1.1.1", "a#1.3.1", "a#4.1.1", "b#1.1.1",
                "b#4.1.1", "c#1.1.1").isEqualTo(hits("2023-24"));
        assertThat(hits("৮৯%")).containsExactlyInAnyOrder("a#4.1.1").isEqualTo(hits("89%"));
    }

    @Test
    void fuzzyMatchingForgivesOneOcrErrorInALongWord() throws IOException {
        String noisy = "হালনাগাপকরণ"; // দ read as প
        assertThat(hits(noisy, Filters.NONE, false)).isEmpty();
        assertThat(hits(noisy, Filters.NONE, true)).containsExactlyInAnyOrder("b#1.1.1");
    }

    @Test
    void filtersRestrictToExactFields() throws IOException {
        Filters q1 = new Filters(null, null, "২০২৩-২০২৪", "q1", null, null, null);
        assertThat(hits(null, q1, false)).containsExactlyInAnyOrder("a#1.1.1", "a#1.3.1", "a#4.1.1");
        Filters moa = new Filters(null, MOA, null, null, "[১.১.১]", null, null);
        assertThat(hits("ধারণা", moa, false)).containsExactlyInAnyOrder("a#1.1.1", "b#1.1.1");
        assertThat(hits("নথি", new Filters(MOL, null, null, null, null, null, null), false))
                .containsExactlyInAnyOrder("c#2.1.1");
        // level reached, computed from the count targets 5/4/3/2/1
        assertThat(hits(null, new Filters(null, null, null, null, null, null, "excellent"), false))
                .containsExactlyInAnyOrder("a#1.3.1", "b#4.1.1");
        assertThat(hits(null, new Filters(null, null, null, null, null, null, "below_lowest"), false))
                .containsExactlyInAnyOrder("c#1.1.1");
    }

    @Test
    void facetsCountMatchingRows() throws IOException {
        try (ReportSearcher s = new ReportSearcher(index)) {
            SearchResult r = s.search(new SearchRequest("নথি", Filters.NONE, 1, true, false));
            assertThat(r.total()).isEqualTo(3);
            assertThat(r.hits()).hasSize(1);
            assertThat(r.facets().get(Fields.OFFICE)).containsExactlyInAnyOrder(
                    new SearchResult.FacetCount(DAE, 2), new SearchResult.FacetCount(MOL, 1));
            assertThat(r.facets().get(Fields.FISCAL_YEAR)).containsExactlyInAnyOrder(
                    new SearchResult.FacetCount("2023-24", 2), new SearchResult.FacetCount("2024-25", 1));
            assertThat(r.facets().get(Fields.INDICATOR)).containsExactlyInAnyOrder(
                    new SearchResult.FacetCount("4.1.1", 2), new SearchResult.FacetCount("2.1.1", 1));
            assertThat(r.facets().get(Fields.LEVEL)).containsExactlyInAnyOrder(
                    new SearchResult.FacetCount("good", 1), new SearchResult.FacetCount("excellent", 1));
        }
    }

    @Test
    void snippetsMarkTheMatch() throws IOException {
        try (ReportSearcher s = new ReportSearcher(index)) {
            SearchResult r = s.search(SearchRequest.of("শোকেজিং").withFuzzy(false));
            assertThat(r.hits()).singleElement().satisfies(h -> {
                assertThat(h.snippet()).contains("«শোকেজিং»");
                assertThat(h.row().office()).isEqualTo(DAE);
                assertThat(h.row().period()).isEqualTo("Q1");
                assertThat(h.row().memoDate()).isEqualTo("2024-01-25");
                assertThat(h.relevance()).isPositive();
            });
        }
    }

    @Test
    void limitCapsHitsButNotTheTotal() throws IOException {
        try (ReportSearcher s = new ReportSearcher(index)) {
            SearchResult r = s.search(SearchRequest.of(null).withLimit(2));
            assertThat(r.hits()).hasSize(2);
            assertThat(r.total()).isEqualTo(7);
            assertThat(r.totalExact()).isTrue();
        }
    }
}
