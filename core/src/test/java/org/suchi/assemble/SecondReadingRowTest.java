package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.model.Level;
import org.suchi.model.Row;
import org.suchi.model.Warning;
import org.suchi.normalise.Achievements;
import org.suchi.normalise.Dates;
import org.suchi.normalise.FiscalYear;
import org.suchi.reading.Reread;

/** Second readings of a row's value cells, chosen in {@link RowNormaliser}: every change is a warning on its field. */
class SecondReadingRowTest {
    private static final RowNormaliser NORMALISER = new RowNormaliser(Dates::parseCell, Achievements::fromText);

    /** A draft whose level {@code i} was read from lines {@code cells[i]} ("text@conf" or "text@conf{T:..|G:..}"). */
    private static RowDraft draft(String unit, String... cells) {
        RowDraft d = new RowDraft();
        d.page = 2;
        d.indicatorCode = "3.1.1";
        d.unit = unit;
        d.weight = "১০";
        for (int i = 0; i < cells.length; i++) {
            List<Piece> pieces = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (String line : cells[i].split(" ;; ")) {
                String rr = "";
                int brace = line.indexOf('{');
                if (brace >= 0) {
                    rr = line.substring(brace + 1, line.length() - 1);
                    line = line.substring(0, brace);
                }
                int at = line.lastIndexOf('@');
                String text = line.substring(0, at);
                List<Reread> rereads = ReadingChoiceTest.rereads(rr);
                pieces.add(new Piece(text, 100 + 20 * pieces.size(), Double.parseDouble(line.substring(at + 1)), null, null, rereads));
                texts.add(text);
            }
            String field = "targets." + Level.FIVE.get(i).key();
            d.source(field, pieces);
            d.targets.put(Level.FIVE.get(i), String.join("\n", texts));
        }
        return d;
    }

    private static List<String> fields(List<Warning> w) {
        return w.stream().map(Warning::field).distinct().toList();
    }

    @Test
    void aWeakCountIsReadAgainAndTheChangeIsWarned() {
        RowDraft d = draft("সংখ্যা", "৪@0.9", "৭০@0.12{T:৩@0.55 | G:৩@0.27}", "২@0.9", "১@0.9", "-@0.9");
        RowNormaliser.Result r = NORMALISER.normalise(d, new FiscalYear(2024), Level.FIVE);
        assertThat(r.row().targets().get("very_good")).isEqualTo(3);
        assertThat(fields(r.warnings())).containsExactly("targets.very_good");
        assertThat(r.warnings().get(0).indicator()).isEqualTo("3.1.1");
        assertThat(r.warnings().get(0).message()).contains("first read as \"৭০\"").contains("taken as 3");
        assertThat(d.chosen.get("targets.very_good").changed()).isTrue();
    }

    @Test
    void aTargetReadAsZeroIsNoTargetAndADoubt() {
        // the poor level's dash read as ০ by both readers
        RowDraft d = draft("সংখ্যা", "৪@0.9", "৩@0.9", "২@0.9", "১@0.9", "০@0.8");
        RowNormaliser.Result r = NORMALISER.normalise(d, new FiscalYear(2024), Level.FIVE);
        assertThat(r.row().targets()).containsEntry("fair", 1).containsEntry("poor", null);
        assertThat(fields(r.warnings())).containsExactly("targets.poor");
        assertThat(r.warnings().get(0).message()).contains("no plan sets a target of 0");
        // a percent too; a dash is no value without a doubt
        RowDraft p = draft("%", "৮০%@0.9", "৭০%@0.9", "০%@0.9", "-@0.9", "-@0.9");
        RowNormaliser.Result q = NORMALISER.normalise(p, new FiscalYear(2024), Level.FIVE);
        assertThat(q.row().targets().get("good")).isNull();
        assertThat(fields(q.warnings())).containsExactly("targets.good");
    }

    @Test
    void strokeRemnantsReadAsLinesOfTheirOwnLeaveTheValue() {
        // "৩", "/" and "-" as three lines: only the first holds a digit
        RowDraft d = draft("সংখ্যা", "৫@0.9", "৪@0.9", "৩@0.6 ;; /@0.3 ;; -@0.2", "২@0.9", "১@0.9");
        RowNormaliser.Result r = NORMALISER.normalise(d, new FiscalYear(2024), Level.FIVE);
        assertThat(r.row().targets().get("good")).isEqualTo(3);
        assertThat(fields(r.warnings())).containsExactly("targets.good");
        assertThat(r.warnings().get(0).message()).contains("line 1 alone").contains("first read as \"৩ / -\"")
                .doesNotContain("\n");
    }

    @Test
    void theOneValueAmongMarksIsAReadingWithAWarning() {
        RowDraft d = draft("%", "৮০% /@0.5", "৭৫%@0.9", "৭০%@0.9", "৬৫%@0.9", "৬০%@0.9");
        RowNormaliser.Result r = NORMALISER.normalise(d, new FiscalYear(2024), Level.FIVE);
        assertThat(r.row().targets().get("excellent")).isEqualTo(80);
        assertThat(fields(r.warnings())).containsExactly("targets.excellent");
        assertThat(r.warnings().get(0).message()).contains(RowNormaliser.CORE);
    }

    @Test
    void levelOrderChoosesAmongTheReadingsOfAWeakCell() {
        // excellent: the glyph reader's "৮%" is clean on its own and Tesseract alone cannot overrule it; only 80
        // puts the row in order
        RowDraft d = draft("%", "৮%@0.2{T:৮০%@0.88 | G:৮%@0.21}", "৭৫%@0.9", "৭০%@0.9", "৬৫%@0.9", "৬০%@0.9");
        RowNormaliser.Result r = NORMALISER.normalise(d, new FiscalYear(2024), Level.FIVE);
        assertThat(r.row().targets().get("excellent")).isEqualTo(80);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("targets.excellent");
            assertThat(w.message()).startsWith("the targets as read were not in level order;").contains("taken as 80");
        });
    }

    @Test
    void aDateWithAnImpossibleMonthTakesTheCalendarReading() {
        RowDraft d = draft("তারিখ", "১৩/০৫/২০২৫@0.9", "২৯/৪৫/২০২৫@0.1{T:২১/০৫/২০২৫@0.6 | G:২১/০৫/২০২৫@0.2 | T:২৯/০৭/২০২৫@0.08}",
                "২৯/০৫/২০২৫@0.9", "০৬/০৬/২০২৫@0.9", "১৩/০৬/২০২৫@0.9");
        RowNormaliser.Result r = NORMALISER.normalise(d, new FiscalYear(2024), Level.FIVE);
        assertThat(r.row().targets().get("very_good")).isEqualTo("2025-05-21");
        assertThat(fields(r.warnings())).containsExactly("targets.very_good");
    }

    @Test
    void readingsThatAgreeWithACleanFirstReadingAddNoWarning() {
        RowDraft d = draft("সংখ্যা", "৪@0.9", "৩@0.3{T:৩@0.8 | G:৩@0.4}", "২@0.9", "১@0.9", "-@0.9");
        RowNormaliser.Result r = NORMALISER.normalise(d, new FiscalYear(2024), Level.FIVE);
        assertThat(r.row().targets().get("very_good")).isEqualTo(3);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aCleanFirstReadingThatOthersDisputeKeepsAWarning() {
        RowDraft d = draft("সংখ্যা", "৪@0.9", "৩@0.3{T:৮@0.8}", "২@0.9", "১@0.9", "-@0.9");
        RowNormaliser.Result r = NORMALISER.normalise(d, new FiscalYear(2024), Level.FIVE);
        assertThat(r.row().targets().get("very_good")).isEqualTo(3);
        assertThat(fields(r.warnings())).containsExactly("targets.very_good");
    }
}
