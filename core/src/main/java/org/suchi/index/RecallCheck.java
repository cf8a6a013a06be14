package org.suchi.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures search recall against a brute-force scan: for a word, the rows whose indicator, activity, area or
 * progress text contains it (after NFC, ASCII digits and without zero-width joiners — the forms the analyzer treats
 * as equal) must all be hits of a search for that word. Rows a search finds beyond the scan (a stem, the report's
 * office or title, a fuzzy match) are counted as {@code extra}.
 */
public final class RecallCheck {
    private RecallCheck() {}

    /** The outcome for one word. {@code missed} lists up to five rows the search did not find (file#indicator). */
    public record WordRecall(String word, int expected, int found, int extra, List<String> missed) {
        public double recall() {
            return expected == 0 ? 1.0 : (double) found / expected;
        }
    }

    public static List<WordRecall> measure(ReportSearcher searcher, List<IndexedReport> reports, List<String> words,
                                           boolean fuzzy) throws IOException {
        List<WordRecall> out = new ArrayList<>();
        for (String w : words) {
            String needle = fold(w);
            Map<String, String> expected = new LinkedHashMap<>(); // sha256#order -> file#indicator
            for (IndexedReport r : reports) {
                int order = 0;
                for (JsonNode row : r.rows()) {
                    if (fold(String.join(" ", DocumentMapper.rowTexts(row))).contains(needle)) {
                        expected.put(r.sha256() + "#" + order, r.file() + "#" + row.path("indicator").path("code").asText());
                    }
                    order++;
                }
            }
            Set<String> hits = new HashSet<>();
            searcher.forEachRow(ReportSearcher.query(new SearchRequest(w, Filters.NONE, 0, false, fuzzy)),
                    row -> hits.add(row.sha256() + "#" + row.order()));
            List<String> missed = expected.entrySet().stream().filter(e -> !hits.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            int found = expected.size() - missed.size();
            hits.removeAll(expected.keySet());
            out.add(new WordRecall(w, expected.size(), found, hits.size(), missed.subList(0, Math.min(5, missed.size()))));
        }
        return out;
    }

    /** NFC, ASCII digits, no zero-width joiners or soft hyphens, white space folded, lower case. */
    static String fold(String s) {
        String t = Filters.asciiDigits(s).replaceAll("[\\u200B\\u200C\\u200D\\u00AD\\uFEFF]", "");
        return Normalizer2.getNFCInstance().normalize(t).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
