package org.suchi.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.suchi.image.Rect;
import org.suchi.layout.Cell;
import org.suchi.layout.Grid;

/** How many top rows are header, by the rows' words, and by the first coded row when the words did not read. */
class HeaderRowsTest {
    /** A grid of {@code rows.size()} rows and as many columns as the longest row; one cell per text. */
    private static Grid grid(List<List<String>> rows, Map<Cell, String> texts) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        List<Integer> ys = new ArrayList<>(), xs = new ArrayList<>();
        for (int r = 0; r <= rows.size(); r++) ys.add(r * 100);
        for (int c = 0; c <= cols; c++) xs.add(c * 100);
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols; c++) {
                Cell cell = new Cell(r, c, 1, 1, new Rect(c * 100, r * 100, 100, 100));
                cells.add(cell);
                String t = c < rows.get(r).size() ? rows.get(r).get(c) : null;
                texts.put(cell, t);
            }
        }
        return new Grid(new Rect(0, 0, cols * 100, rows.size() * 100), ys, xs, cells);
    }

    private static int count(List<List<String>> rows, boolean firstTable) {
        Map<Cell, String> texts = new HashMap<>();
        Grid g = grid(rows, texts);
        Function<Cell, String> text = texts::get;
        return HeaderRows.count(g, r -> text, firstTable);
    }

    private static final List<String> GARBLED_HEADER = List.of("ত্রািক নং", "কার্যত", "কর্মমক্পাছল আক", "এক", "আর্যল");
    private static final List<String> GARBLED_LEVELS = List.of("", "", "", "জলাকাৰ। ১০০%", "স্তি উত্তম সিটে");
    private static final List<String> CODED = List.of("১", "[১.১] ঘেবা প্রহতিকরণ", "[১:১১ সেরা ।অছিস", "তারিখ", "১২");
    private static final List<String> DATED = List.of("", "", "সম্পন্ন হয়েছে", "১৫/০৩/২০২৪", "২২/০৩/২০২৪");

    @Test
    void headerRowsByTheirWords() {
        assertThat(count(List.of(List.of("ক্রম", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "অর্জন"), CODED), false)).isEqualTo(1);
        assertThat(count(List.of(CODED, CODED), false)).isZero();
    }

    @Test
    void onTheFirstTableTheRowsAboveTheFirstCodedRowAreHeader() {
        List<List<String>> table = List.of(GARBLED_HEADER, GARBLED_LEVELS, CODED, CODED);
        assertThat(count(table, true)).isEqualTo(2);
        // a continuation page: its first rows may end a row split across pages, never a header by this rule
        assertThat(count(table, false)).isZero();
        // codes in the first row: no header
        assertThat(count(List.of(CODED, GARBLED_HEADER), true)).isZero();
        // a dated row before any coded one is body: no header
        assertThat(count(List.of(GARBLED_HEADER, DATED, CODED), true)).isZero();
        // no coded row at all
        assertThat(count(List.of(GARBLED_HEADER, GARBLED_LEVELS), true)).isZero();
    }
}
