package org.suchi.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Reads an index folder: searches rows (with highlighting and facets) and lists rows for compare and export. */
public final class ReportSearcher implements Closeable {
    /** Marks around a match in a snippet. */
    public static final String MARK_OPEN = "«";
    public static final String MARK_CLOSE = "»";

    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private SortedSetDocValuesReaderState facetState;

    /** Opens the last commit of the index in {@code folder}; {@link IndexNotFoundException} when there is none. */
    public ReportSearcher(Path folder) throws IOException {
        this.dir = FSDirectory.open(folder);
        try {
            this.reader = DirectoryReader.open(dir);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
        this.searcher = new IndexSearcher(reader);
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    /** The number of indexed reports. */
    public int reportCount() throws IOException {
        return searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.REPORT)));
    }

    /** The number of indexed rows. */
    public int rowCount() throws IOException {
        return searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.ROW)));
    }

    /** The Lucene query of a request (rows only, filters applied). */
    public static Query query(SearchRequest req) {
        return req.filters().apply(new QueryBuilder(req.fuzzy()).build(req.query()), Fields.ROW);
    }

    public SearchResult search(SearchRequest req) throws IOException {
        Query q = query(req);
        int n = Math.max(1, req.limit());
        TopDocs top;
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        if (req.facets()) {
            FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, q, n,
                    new FacetsCollectorManager());
            top = r.topDocs();
            facets = facets(r);
        } else {
            top = searcher.search(q, n);
        }
        // without facets the count stops at 1000 (Lucene then skips non-competitive hits): a lower bound
        long total = top.totalHits.value;
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        ScoreDoc[] docs = req.limit() == 0 ? new ScoreDoc[0] : top.scoreDocs;
        // snippets mark exact, prefix and stem matches; a fuzzy-only hit shows its first passage unmarked
        String[] snippets = snippets(req.fuzzy() ? query(req.withFuzzy(false)) : q, docs);
        List<SearchResult.Hit> hits = new ArrayList<>(docs.length);
        StoredFields sf = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            hits.add(new SearchResult.Hit(StoredRow.of(sf.document(docs[i].doc)), docs[i].score, snippets[i]));
        }
        return new SearchResult(total, exact, hits, facets);
    }

    private Map<String, List<SearchResult.FacetCount>> facets(FacetsCollectorManager.FacetsResult r) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState();
        if (state == null) {
            return out; // an empty index has no facet field yet
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, r.facetsCollector());
        for (String dim : Fields.FACETS) {
            List<SearchResult.FacetCount> values = new ArrayList<>();
            FacetResult fr;
            try {
                fr = counts.getTopChildren(50, dim);
            } catch (IllegalArgumentException e) {
                fr = null; // no document has this dimension
            }
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    /** The facet ordinals of this reader, built once (the first facet search pays for it). */
    private synchronized SortedSetDocValuesReaderState facetState() throws IOException {
        if (facetState == null) {
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return facetState;
    }

    private String[] snippets(Query q, ScoreDoc[] docs) throws IOException {
        if (docs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, ReportIndexWriter.indexAnalyzer())
                .withFieldMatcher(f -> f.equals(Fields.TEXT_PREFIX) || f.equals(Fields.TEXT))
                .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, " … ", false))
                .withMaxNoHighlightPassages(1)
                .build();
        TopDocs td = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        String[] s = h.highlight(Fields.TEXT_PREFIX, q, td, 2);
        for (int i = 0; i < s.length; i++) {
            s[i] = s[i] == null ? "" : s[i].replaceAll("\\s+", " ").strip();
        }
        return s;
    }

    /** Every row matching {@code q} (already restricted to rows), in index order. */
    public void forEachRow(Query q, Consumer<StoredRow> sink) throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext ctx : reader.leaves()) {
            Scorer s = w.scorer(ctx);
            if (s == null) {
                continue;
            }
            Bits live = ctx.reader().getLiveDocs();
            StoredFields sf = ctx.reader().storedFields();
            DocIdSetIterator it = s.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    sink.accept(StoredRow.of(sf.document(doc)));
                }
            }
        }
    }

    /** Every row matching the filters (free text ignored when null). */
    public List<StoredRow> rows(String text, Filters filters) throws IOException {
        List<StoredRow> out = new ArrayList<>();
        forEachRow(query(new SearchRequest(text, filters, 0, false, true)), out::add);
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            dir.close();
        }
    }
}
