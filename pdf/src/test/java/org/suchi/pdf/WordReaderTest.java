package org.suchi.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.image.GrayImage;
import org.suchi.ocr.OcrEnginePool;
import org.suchi.ocr.OcrWords;

/** Full-page OCR word by word through the pool's own engine ({@code OcrEngine.words}), the real Tesseract. */
class WordReaderTest {
    @Test
    void thePoolsEngineGivesEveryLineItsWordsInOrderOnTheirBaseline() throws Exception {
        BanglaPage.Drawn page = BanglaPage.draw(ArchiveWriterTest.WORDS.subList(0, 12), BanglaPage.font(0), 18, 300);
        GrayImage img = GrayImage.of(page.image());
        try (OcrEnginePool engines = Pipeline.engines(PipelineSettings.DEFAULT)) {
            OcrWords read = engines.engine().words(img, 300);
            assertThat(read.lines()).hasSameSizeAs(page.lines());
            for (OcrWords.Line l : read.lines()) {
                assertThat(l.baseline()).isBetween((double) l.box().y(), (double) l.box().bottom());
                for (int i = 0; i < l.words().size(); i++) {
                    OcrWords.Word w = l.words().get(i);
                    assertThat(w.confidence()).isBetween(0.0, 1.0);
                    assertThat(w.box().y()).isLessThan((int) Math.ceil(l.baseline()));
                    if (i > 0) assertThat(w.box().x()).isGreaterThan(l.words().get(i - 1).box().x());
                }
            }
            // the engine still reads regions afterwards (its page mode and alphabet are set per call)
            assertThat(engines.engine().read(img, new org.suchi.image.Rect(0, 0, img.width(), img.height()),
                    org.suchi.ocr.ReadMode.PAGE).text()).isNotBlank();
            List<String> words = new ArrayList<>();
            for (TextLine l : WordReader.read(engines.engine(), img, 300)) l.words().forEach(w -> words.add(w.text()));
            // most drawn words come back whole and in order (Tesseract's ben model misreads a few conjuncts)
            List<String> drawn = List.of(String.join(" ", page.lines()).split(" "));
            long same = drawn.stream().filter(words::contains).count();
            assertThat(same).as("%s read as %s", drawn, words).isGreaterThanOrEqualTo(drawn.size() - 2);
            assertThat(words.indexOf(drawn.get(0))).isLessThan(words.indexOf(drawn.get(drawn.size() - 1)));
        }
    }
}
