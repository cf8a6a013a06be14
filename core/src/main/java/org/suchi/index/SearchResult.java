package org.suchi.index;

import java.util.List;
import java.util.Map;

/**
 * Hits of a search, best first, the number of matching rows ({@code totalExact} false: at least {@code total}; counts
 * are exact when facets are asked for), and (when asked) facet counts by dimension.
 */
public record SearchResult(long total, boolean totalExact, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** One matching row: what was stored, its relevance, and a snippet with the matches marked «like this». */
    public record Hit(StoredRow row, float relevance, String snippet) {}

    /** A facet value and the number of matching rows that have it. */
    public record FacetCount(String value, long count) {}
}
