package org.suchi.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;
import org.suchi.reading.OcrText;

/** Lines of a text cell that the block reading left out, read alone (an engine that answers as told). */
class MissedLinesTest {
    /** Answers line reads from {@code alone} and records what it was asked. */
    private static final class Told implements OcrEngine {
        final OcrText alone;
        final List<Rect> asked = new ArrayList<>();

        Told(OcrText alone) {
            this.alone = alone;
        }

        @Override
        public OcrText read(GrayImage image, Rect region, ReadMode mode) {
            assertThat(mode).isEqualTo(ReadMode.LINE);
            asked.add(region);
            return alone;
        }

        @Override
        public void close() {}
    }

    private static final GrayImage PAGE = new GrayImage(800, 600, new byte[800 * 600]);
    private static final int DPI = 300;
    // three lines of ink 30 px high; the block reading gave only the second and third
    private static final List<Rect> BANDS = List.of(new Rect(100, 100, 300, 30), new Rect(100, 140, 320, 30), new Rect(100, 180, 200, 30));
    private static final OcrText BLOCK = new OcrText("বাস্তবায়িত হয়েছে\nপ্রমাণক সংযুক্ত", 0.9, List.of(
            new OcrText.Line("বাস্তবায়িত হয়েছে", new Rect(101, 141, 318, 28), 0.9),
            new OcrText.Line("প্রমাণক সংযুক্ত", new Rect(101, 181, 198, 28), 0.9)));

    @Test
    void aLineLeftOutIsReadAloneAndPutInItsPlaceWithADoubt() {
        Told engine = new Told(new OcrText("২৬/১০/২০২১ তারিখে", 0.8, List.of()));
        PageReader.Missed m = PageReader.missedLines(PAGE, DPI, BLOCK, BANDS, 4, engine);
        assertThat(engine.asked).singleElement().satisfies(r -> assertThat(r.y()).isLessThan(100));
        assertThat(m.text()).isEqualTo("২৬/১০/২০২১ তারিখে\nবাস্তবায়িত হয়েছে\nপ্রমাণক সংযুক্ত");
        assertThat(m.doubts()).containsExactly(PageReader.MISSED_LINE, null, null);
        assertThat(m.lines().get(0).box()).isEqualTo(BANDS.get(0));
    }

    @Test
    void aLineThatDoesNotReadAloneIsStillADoubt() {
        PageReader.Missed m = PageReader.missedLines(PAGE, DPI, BLOCK, BANDS, 4, new Told(new OcrText("৷", 0.2, List.of())));
        assertThat(m.text()).isEqualTo(BLOCK.text());
        assertThat(m.doubts()).containsExactly(PageReader.MISSED_UNREAD, null, null);
        assertThat(m.lines().get(0).text()).isEmpty();
    }

    @Test
    void nothingIsReadAgainWhenEveryLineIsCoveredOrTheInkIsASpeck() {
        Told engine = new Told(OcrText.EMPTY);
        List<Rect> covered = List.of(BANDS.get(1), BANDS.get(2), new Rect(500, 300, 6, 6));
        assertThat(PageReader.missedLines(PAGE, DPI, BLOCK, covered, 4, engine)).isNull();
        assertThat(engine.asked).isEmpty();
    }
}
