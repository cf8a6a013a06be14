package org.suchi.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.junit.jupiter.api.Test;

class BanglaAnalyzerTest {
    private final Analyzer stemmed = new BanglaAnalyzer(BanglaAnalyzer.Mode.STEMMED);
    private final Analyzer exact = new BanglaAnalyzer(BanglaAnalyzer.Mode.EXACT);
    private final Analyzer prefix = new BanglaAnalyzer(BanglaAnalyzer.Mode.PREFIX);

    private static List<String> tokens(Analyzer a, String s) {
        return QueryBuilder.tokens(a, s);
    }

    @Test
    void stockBengaliAnalyzerLosesTheHyphenatedWordOursKeepsBothParts() {
        // the stock analyzer drops ই as a stop word: ই-নথি and plain নথি become the same single token
        assertThat(tokens(new BengaliAnalyzer(), "ই-নথি")).isEqualTo(tokens(new BengaliAnalyzer(), "নথি"));
        assertThat(tokens(new BengaliAnalyzer(), "ই-নথি")).hasSize(1);
        assertThat(tokens(exact, "ই-নথি")).containsExactly("ই", "নথি");
        assertThat(tokens(stemmed, "ই-নথিতে")).containsExactly("ই", "নথিতে");
    }

    @Test
    void banglaAndAsciiDigitsAreOneForm() {
        assertThat(tokens(exact, "[১.১.১]")).containsExactly("1.1.1").isEqualTo(tokens(exact, "1.1.1"));
        assertThat(tokens(exact, "২০২৩-২৪")).containsExactly("2023", "24").isEqualTo(tokens(exact, "2023-24"));
        assertThat(tokens(stemmed, "৮০%")).isEqualTo(tokens(stemmed, "80%"));
    }

    @Test
    void zeroWidthJoinersSoftHyphensAndDecomposedFormsAreIgnored() {
        assertThat(tokens(exact, "র\u200D্যাব")).isEqualTo(tokens(exact, "র্যাব"));
        assertThat(tokens(exact, "হালনা\u00ADগাদ")).isEqualTo(tokens(exact, "হালনাগাদ"));
        assertThat(tokens(exact, "সেবা\u200Cসমূহ")).isEqualTo(tokens(exact, "সেবাসমূহ"));
        // য় as one code point (U+09DF) and as য + nukta
        assertThat(tokens(exact, "বাতা\u09DFন")).isEqualTo(tokens(exact, "বাতা\u09AF\u09BCন"));
    }

    @Test
    void prefixModeIndexesEveryLeadingPartOfAWord() {
        List<String> grams = tokens(prefix, "নথিতে");
        assertThat(grams).contains("নথ", "নথি", "নথিত", "নথিতে");
        assertThat(grams).doesNotContain("ন"); // shorter than the minimum gram
        assertThat(tokens(prefix, "ই")).containsExactly("ই"); // a short word is kept whole
    }

    @Test
    void lightStemmerJoinsInflectionsAndLeavesShortWordsAlone() {
        assertThat(tokens(stemmed, "উদ্ভাবনের")).isEqualTo(tokens(stemmed, "উদ্ভাবন"));
        assertThat(tokens(stemmed, "সেবাসমূহের")).isEqualTo(tokens(stemmed, "সেবাসমূহ"));
        assertThat(tokens(stemmed, "নথি")).containsExactly("নথি");
        // the stock stemmer cuts নথি to a single consonant; ours keeps at least three letters
        assertThat(tokens(new BengaliAnalyzer(), "নথি").get(0)).hasSize(2);
    }
}
