package org.suchi.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bn.BengaliStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's {@link BengaliStemmer} made lighter: words shorter than {@value #MIN_LENGTH} characters, words with a digit
 * or a Latin letter, and stems that would keep fewer than {@value #MIN_STEM} characters are left as they are (the stock
 * stemmer cuts short words such as নথি down to one consonant, which then matches unrelated words).
 */
public final class LightBanglaStemFilter extends TokenFilter {
    static final int MIN_LENGTH = 4;
    static final int MIN_STEM = 3;

    private final BengaliStemmer stemmer = new BengaliStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public LightBanglaStemFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int len = term.length();
        if (keyword.isKeyword() || len < MIN_LENGTH || !allBangla(term.buffer(), len)) {
            return true;
        }
        int stemmed = stemmer.stem(term.buffer(), len);
        if (stemmed >= MIN_STEM) {
            term.setLength(stemmed);
        }
        return true;
    }

    private static boolean allBangla(char[] b, int len) {
        for (int i = 0; i < len; i++) {
            if (b[i] < '\u0980' || b[i] > '\u09FF') {
                return false;
            }
        }
        return true;
    }
}
