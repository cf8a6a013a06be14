package org.suchi.index;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.bn.BengaliNormalizationFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;

/**
 * Analysis of Bangla report text. Every mode shares one chain: zero-width joiners, non-joiners and soft hyphens
 * removed, Bangla digits folded to ASCII (character filter, so highlight offsets stay right), NFC, the ICU tokenizer,
 * lower case, Unicode digits folded, Lucene's Indic and Bengali normalisation. Then by {@link Mode}:
 * <ul>
 *   <li>{@link Mode#STEMMED}: the {@link LightBanglaStemFilter} (inflected forms meet);</li>
 *   <li>{@link Mode#PREFIX}: edge n-grams of every word (2..{@value #MAX_GRAM} characters, the whole word kept), so
 *       a partial word finds its forms — index side only;</li>
 *   <li>{@link Mode#EXACT}: nothing more (the query side of the prefix field).</li>
 * </ul>
 * A hyphenated word such as ই-নথি becomes two adjacent tokens (ই, নথি): no stop words are removed, so the query
 * builder finds it as a phrase (the stock {@code BengaliAnalyzer} drops ই as a stop word).
 */
public final class BanglaAnalyzer extends Analyzer {
    /** Longest edge n-gram; longer words are kept whole as well. */
    public static final int MAX_GRAM = 24;
    /** Shortest edge n-gram (a one-letter query only matches a one-letter word). */
    public static final int MIN_GRAM = 2;

    /** What the chain ends with. */
    public enum Mode { STEMMED, PREFIX, EXACT }

    private static final NormalizeCharMap CHAR_MAP = charMap();
    private final Mode mode;

    public BanglaAnalyzer(Mode mode) {
        this.mode = mode;
    }

    private static NormalizeCharMap charMap() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (String invisible : new String[] {"\u200C", "\u200D", "\u00AD", "\u200B", "\uFEFF"}) {
            b.add(invisible, "");
        }
        for (int d = 0; d <= 9; d++) {
            b.add(String.valueOf((char) ('\u09E6' + d)), String.valueOf((char) ('0' + d)));
        }
        return b.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(new MappingCharFilter(CHAR_MAP, reader), Normalizer2.getNFCInstance());
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        TokenStream ts = normalise(source);
        ts = switch (mode) {
            case STEMMED -> new LightBanglaStemFilter(ts);
            case PREFIX -> new EdgeNGramTokenFilter(ts, MIN_GRAM, MAX_GRAM, true);
            case EXACT -> ts;
        };
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalise(in);
    }

    private static TokenStream normalise(TokenStream in) {
        TokenStream ts = new LowerCaseFilter(in);
        ts = new DecimalDigitFilter(ts);
        ts = new IndicNormalizationFilter(ts);
        return new BengaliNormalizationFilter(ts);
    }
}
