package org.suchi.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what an analyst types into a Lucene query. Every word (or {@code "quoted phrase"}) must match; a word matches
 * a row when it starts a word of the row's text (edge n-grams), when its stem equals a stem there (inflected forms),
 * when it starts a word of the report's office or ministry (or is its fiscal year), or — with {@code fuzzy} and a
 * stem of at least {@value #FUZZY_MIN} letters — when a stem is within one edit (two from {@value #FUZZY_TWO}
 * letters) of it, for OCR noise. A word the analyzer splits (ই-নথি, ২০২৩-২৪, a quoted phrase) matches as a phrase
 * of its parts. Rows are ranked by BM25: stem matches weigh most, office/ministry matches least.
 */
public final class QueryBuilder {
    static final int FUZZY_MIN = 6;
    static final int FUZZY_TWO = 12;
    /** Leading letters a fuzzy match must share (OCR errors inside a word), and the most variants it tries. */
    static final int FUZZY_PREFIX = 2;
    static final int FUZZY_EXPANSIONS = 16;
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private final Analyzer stemmed = new BanglaAnalyzer(BanglaAnalyzer.Mode.STEMMED);
    private final Analyzer exact = new BanglaAnalyzer(BanglaAnalyzer.Mode.EXACT);
    private final boolean fuzzy;

    public QueryBuilder(boolean fuzzy) {
        this.fuzzy = fuzzy;
    }

    /** The query for {@code text}; all rows for null or blank text. */
    public Query build(String text) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group(1) != null ? m.group(1) : m.group(2);
            Query q = word(w);
            if (q != null) {
                all.add(q, BooleanClause.Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? new MatchAllDocsQuery() : all.build();
    }

    /** The query of one word or phrase, or null when it holds no token (punctuation only). */
    Query word(String w) {
        List<String> parts = tokens(exact, w);
        List<String> stems = tokens(stemmed, w);
        if (parts.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (parts.size() == 1) {
            String p = parts.get(0);
            any.add(p.length() > BanglaAnalyzer.MAX_GRAM ? new PrefixQuery(new Term(Fields.TEXT_PREFIX, p))
                    : new TermQuery(new Term(Fields.TEXT_PREFIX, p)), BooleanClause.Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term(Fields.CONTEXT, p)), 0.3f), BooleanClause.Occur.SHOULD);
            if (stems.size() == 1) {
                String s = stems.get(0);
                any.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, s)), 2f), BooleanClause.Occur.SHOULD);
                if (fuzzy && s.length() >= FUZZY_MIN && !s.matches(".*\\d.*")) {
                    int edits = s.length() >= FUZZY_TWO ? 2 : 1;
                    any.add(new BoostQuery(new FuzzyQuery(new Term(Fields.TEXT, s), edits, FUZZY_PREFIX,
                            FUZZY_EXPANSIONS, true), 0.5f),
                            BooleanClause.Occur.SHOULD);
                }
            }
        } else {
            any.add(phrase(Fields.TEXT_PREFIX, parts), BooleanClause.Occur.SHOULD);
            any.add(new BoostQuery(phrase(Fields.CONTEXT, parts), 0.3f), BooleanClause.Occur.SHOULD);
            if (stems.size() == parts.size()) {
                any.add(new BoostQuery(phrase(Fields.TEXT, stems), 2f), BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static Query phrase(String field, List<String> terms) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (String t : terms) {
            b.add(new Term(field, t));
        }
        return b.build();
    }

    static List<String> tokens(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
