package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.suchi.config.Catalogue;
import org.suchi.model.Level;
import org.suchi.model.Row;
import org.suchi.model.Warning;
import org.suchi.normalise.Achievements;
import org.suchi.normalise.Dates;
import org.suchi.normalise.FiscalYear;

/** Columns the header lost: their values are missing, and every row says so on the field. */
class ColumnLossTest {
    @Test
    void noProgressColumnIsADoubtOnProgressAndAchievement() {
        RowDraft d = new RowDraft();
        d.page = 2;
        d.indicatorCode = "4.1.1";
        d.unit = "%";
        d.weight = "৮";
        d.hasProgressColumn = false;
        RowNormaliser.Result r = new RowNormaliser(Dates::parseCell, Achievements::fromText)
                .normalise(d, FiscalYear.of("2023-24"), Level.FIVE);
        assertThat(r.row().achievement()).isNull();
        assertThat(r.warnings()).extracting(Warning::field).contains("progress", "achievement");
        d.hasProgressColumn = true;
        d.progress = "ই-ফাইলে ১০০% নোট নিষ্পত্তি করা হয়েছে।";
        RowNormaliser.Result ok = new RowNormaliser(Dates::parseCell, Achievements::fromText)
                .normalise(d, FiscalYear.of("2023-24"), Level.FIVE);
        assertThat(ok.row().achievement()).isEqualTo(100);
        assertThat(ok.warnings()).isEmpty();
    }

    @Test
    void targetLevelsThePlanHasButTheHeaderLostAreWarnedOnEveryRow() {
        Catalogue cat = Catalogue.loadDefault();
        Catalogue.Template plan = cat.template("2023-24-ministry");
        List<Row> rows = new ArrayList<>();
        for (Catalogue.Indicator i : plan.indicators()) {
            Map<String, Object> t = new LinkedHashMap<>();
            for (String k : List.of("excellent", "good", "poor")) t.put(k, 4);
            Catalogue.Entry e = plan.entry(i.code()).orElseThrow();
            rows.add(new Row(new Row.Area(e.area().code(), e.area().text(), null), new Row.Activity(e.activity().code(),
                    e.activity().text()), new Row.Indicator(i.code(), i.text()), i.unit(), 5, t, null, null, null, 1, 0.9));
        }
        List<Warning> w = new ArrayList<>();
        new CatalogueCheck(cat).apply(rows, "2023-24", w);
        List<Warning> lost = w.stream().filter(x -> "targets".equals(x.field())).toList();
        assertThat(lost).hasSize(rows.size());
        assertThat(lost.get(0).message()).contains("[very_good, fair]");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "confidence {0}: warned {1}")
    @org.junit.jupiter.params.provider.CsvSource({"0.0, true", "0.68, true", "0.7, false", "0.95, false"})
    void aProgressTextReadPoorlyThatGaveNoAchievementIsADoubt(double confidence, boolean warned) {
        RowDraft d = new RowDraft();
        d.page = 1;
        d.indicatorCode = "3.1.1";
        d.unit = "তারিখ";
        d.hasProgressColumn = true;
        d.progress = "রর (শোকেসিং) আয়োজন করা হয়েছে।";
        d.source("progress", List.of(new Piece(d.progress, 10, confidence, null)));
        RowNormaliser.Result r = new RowNormaliser(Dates::parseCell, Achievements::fromText)
                .normalise(d, FiscalYear.of("2023-24"), Level.FIVE);
        assertThat(r.row().achievement()).isNull();
        assertThat(r.warnings().stream().anyMatch(w -> "achievement".equals(w.field()) && w.message().contains("read poorly")))
                .isEqualTo(warned);
    }
}
