package org.suchi.index;

/**
 * A search: free text (null: every row), filters, how many hits, whether to count facets and to allow fuzzy matches.
 */
public record SearchRequest(String query, Filters filters, int limit, boolean facets, boolean fuzzy) {
    public SearchRequest {
        filters = filters == null ? Filters.NONE : filters;
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Filters.NONE, 20, false, true);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, filters, n, facets, fuzzy);
    }

    public SearchRequest withFilters(Filters f) {
        return new SearchRequest(query, f, limit, facets, fuzzy);
    }

    public SearchRequest withFacets(boolean on) {
        return new SearchRequest(query, filters, limit, on, fuzzy);
    }

    public SearchRequest withFuzzy(boolean on) {
        return new SearchRequest(query, filters, limit, facets, on);
    }
}
