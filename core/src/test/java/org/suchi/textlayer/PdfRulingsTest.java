package org.suchi.textlayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.layout.Cell;
import org.suchi.layout.Grid;

class PdfRulingsTest {
    @Test
    void aCutRowWithoutTopBorderIsOneBandOfCells() {
        // the rest of a row cut by a page break, as Chromium draws it: column rulings from the page top,
        // a bottom border drawn as one piece per cell, no top border; the first two columns merged
        List<Ruling> r = new ArrayList<>();
        int[] xs = {100, 300, 700, 900};
        for (int x : xs) if (x != 300) r.add(new Ruling(x - 1, 100, x + 1, 400));
        r.add(new Ruling(300 - 1, 100, 300 + 1, 200)); // a ruling that stops half way does not cross the row's middle
        for (int i = 0; i + 1 < xs.length; i++) r.add(new Ruling(xs[i], 398, xs[i + 1], 401));
        PageContent page = new PageContent(2, 2480, 3508, 300, List.of(), r, 0, 0);
        Grid g = PdfRulings.band(page);
        assertThat(g).isNotNull();
        assertThat(g.rows()).isEqualTo(1);
        assertThat(g.colLines()).containsExactly(100, 300, 700, 900);
        assertThat(g.cells()).extracting(Cell::col, Cell::colSpan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(2, 1));
    }

    @Test
    void noBandWithoutEnoughRulings() {
        PageContent page = new PageContent(1, 2480, 3508, 300, List.of(), List.of(new Ruling(100, 100, 900, 102)), 0, 0);
        assertThat(PdfRulings.band(page)).isNull();
    }
}
