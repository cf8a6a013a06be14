package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.assess.Assessor;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Level;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.model.Source;
import org.suchi.model.Warning;
import org.suchi.normalise.Achievements;
import org.suchi.normalise.Dates;
import org.suchi.normalise.FiscalYear;

/** Target cells that must not pass silently: impossible dates, dates outside the fiscal year, levels out of order. */
class TargetChecksTest {
    private static final RowNormaliser NORMALISER = new RowNormaliser(Dates::parseCell, Achievements::fromText);

    private static Report row(String unit, String... targets) {
        RowDraft d = new RowDraft();
        d.page = 3;
        d.indicatorCode = "1.1.1";
        d.unit = unit;
        d.weight = "১০";
        for (int i = 0; i < targets.length; i++) d.targets.put(Level.FIVE.get(i), targets[i]);
        RowNormaliser.Result r = NORMALISER.normalise(d, new FiscalYear(2023), Level.FIVE);
        return Assessor.standard().assess(new Report(Report.SCHEMA, new Source("x", "0", 3, "image"), DocumentInfo.EMPTY,
                Level.FIVE, List.of(r.row()), r.warnings()));
    }

    @Test
    void impossibleTargetDateIsNullWithAWarning() {
        Report r = row("তারিখ", "১৬/০৫/২০২৪", "২৩/০৫/২০২৪", "৩০/০৫/২০২৪", "০৬/০৬/২০২৪", "৩৬/০২/২০২৪");
        Row row = r.rows().get(0);
        assertThat(row.targets().get("poor")).isNull();
        assertThat(row.targets().get("fair")).isEqualTo("2024-06-06");
        assertThat(r.warnings()).containsExactly(
                new Warning(3, "1.1.1", "targets.poor", "date 36/02/2024 is not a calendar date"));
    }

    @Test
    void targetDateOutsideTheFiscalYearIsKeptWithAWarning() {
        // 2019 differs from 2024 in two digits: not an OCR slip that the year repair may undo
        Report r = row("তারিখ", "১৬/০৫/২০১৯", "২৩/০৫/২০২৪", "৩০/০৫/২০২৪", "০৬/০৬/২০২৪", "১৫/০৬/২০২৪");
        assertThat(r.rows().get(0).targets().get("excellent")).isEqualTo("2019-05-16");
        assertThat(r.warnings()).extracting(Warning::field).containsExactly("targets.excellent");
        assertThat(r.warnings().get(0).message()).isEqualTo("date 2019-05-16 is outside fiscal year 2023-24");
    }

    @Test
    void targetYearOneDigitOffIsRepairedAndSaid() {
        Report r = row("তারিখ", "১৬/০৫/২০১৪", "২৩/০৫/২০২৪", "৩০/০৫/২০২৪", "০৬/০৬/২০২৪", "১৫/০৬/২০২৪");
        assertThat(r.rows().get(0).targets().get("excellent")).isEqualTo("2024-05-16");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("targets.excellent");
            assertThat(w.message()).contains("year read as 2014");
        });
    }

    @Test
    void datesOutOfLevelOrderAreAWarning() {
        Report r = row("তারিখ", "২৩/০৫/২০২৪", "১৬/০৫/২০২৪", "৩০/০৫/২০২৪", "০৬/০৬/২০২৪", "১৫/০৬/২০২৪");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("targets");
            assertThat(w.page()).isEqualTo(3);
            assertThat(w.message()).isEqualTo("targets not in level order (earlier is better): "
                    + "very_good 2024-05-16 is earlier than excellent 2024-05-23");
        });
    }

    @Test
    void percentsOutOfLevelOrderAreAWarning() {
        Report r = row("%", "৭৫%", "৮০%", "৭৫%", "৭০%", "৬০%");
        assertThat(r.warnings()).extracting(Warning::message).containsExactly(
                "targets not in level order (higher is better): very_good 80 is more than excellent 75");
        assertThat(row("%", "৮৫%", "৮০%", "৭৫%", "৭০%", "৬০%").warnings()).isEmpty();
    }
}
