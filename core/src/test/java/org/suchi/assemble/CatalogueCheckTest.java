package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.suchi.config.Catalogue;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/** Rows checked against the project's own catalogue (config/catalogue, made from the reference seeds). */
class CatalogueCheckTest {
    private static final Catalogue CATALOGUE = Catalogue.loadDefault();
    private static final Catalogue.Template PLAN = CATALOGUE.template("2023-24-ministry");
    private final CatalogueCheck check = new CatalogueCheck(CATALOGUE);

    private static Row row(String code, String text, String unit) {
        Catalogue.Entry e = PLAN.entry(code).orElse(null);
        String area = e == null ? "1" : e.area().code(), activity = e == null ? "1.1" : e.activity().code();
        return new Row(new Row.Area(area, e == null ? null : e.area().text(), null),
                new Row.Activity(activity, e == null ? null : e.activity().text()), new Row.Indicator(code, text), unit, e == null ? 5 : e.indicator().weight(),
                new LinkedHashMap<>(Map.of()), null, null, null, 1, 0.9);
    }

    /** Every indicator of the plan, printed exactly. */
    private static List<Row> plan() {
        List<Row> rows = new ArrayList<>();
        for (Catalogue.Indicator i : PLAN.indicators()) rows.add(row(i.code(), i.text(), i.unit()));
        return rows;
    }

    @Test
    void exactRowsPassUnchangedAndPickTheirPlan() {
        List<Warning> w = new ArrayList<>();
        List<Row> rows = plan();
        assertThat(check.plan(rows, "2023-24")).map(Catalogue.Template::id).contains("2023-24-ministry");
        assertThat(check.apply(rows, "2023-24", w)).isEqualTo(rows);
        assertThat(w).isEmpty();
    }

    @Test
    void rowsWhoseCodesAllMisreadFindTheirPlanByTheirTexts() {
        // a poor scan lost every code's dots ([১১১] read as 1.9.1 and the like): codes the plan lacks, wordings it has
        List<Row> rows = new ArrayList<>();
        for (Catalogue.Indicator i : PLAN.indicators()) {
            Row r = row(i.code(), i.text(), i.unit());
            rows.add(new Row(r.area(), r.activity(), new Row.Indicator("9." + i.code(), i.text()), r.unit(), r.weight(),
                    r.targets(), null, null, null, 1, 0.9));
        }
        assertThat(check.plan(rows, "2023-24")).map(Catalogue.Template::id).contains("2023-24-ministry");
        List<Warning> w = new ArrayList<>();
        List<Row> got = check.apply(rows, "2023-24", w);
        assertThat(got).extracting(r -> r.indicator().code())
                .containsExactlyElementsOf(PLAN.indicators().stream().map(Catalogue.Indicator::code).toList());
        assertThat(w).filteredOn(x -> "indicator.code".equals(x.field())).hasSize(rows.size());
        // texts unlike every wording do not make a plan
        List<Row> unlike = new ArrayList<>();
        for (Row r : rows) unlike.add(new Row(r.area(), r.activity(), new Row.Indicator(r.indicator().code(), "অন্য কোনো কাজের বিবরণ"),
                r.unit(), r.weight(), r.targets(), null, null, null, 1, 0.9));
        assertThat(check.plan(unlike, "2023-24")).isEmpty();
    }

    @Test
    void aSlightlyMisreadTextBecomesThePlansWordingAndLowersTheConfidence() {
        List<Row> rows = plan();
        Catalogue.Indicator first = PLAN.indicators().get(0);
        String misread = "[১১১] " + first.text().replace("ন্যূনতম", "ন্যুনতম").replace("/অফিস", "/ অফিস");
        rows.set(0, row(first.code(), misread, first.unit()));
        List<Warning> w = new ArrayList<>();
        Row got = check.apply(rows, "2023-24", w).get(0);
        assertThat(got.indicator().text()).isEqualTo(first.text());
        assertThat(got.confidence()).isLessThan(0.9);
        assertThat(w).isEmpty();
    }

    @Test
    void aTextOfWhichOnlyAPieceReadIsThePlansWordingWithAWarning() {
        List<Row> rows = plan();
        Catalogue.Indicator ind = PLAN.indicator("1.5.1").orElseThrow();
        String piece = ind.text().substring(0, ind.text().length() / 2);
        rows.set(indexOf(rows, "1.5.1"), row("1.5.1", piece, ind.unit()));
        List<Warning> w = new ArrayList<>();
        Row got = check.apply(rows, "2023-24", w).get(indexOf(rows, "1.5.1"));
        assertThat(got.indicator().text()).isEqualTo(ind.text());
        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("indicator.text");
            assertThat(x.message()).contains("only part", piece.strip());
        });
    }

    @Test
    void anUnknownIndicatorAndAnUnlikeTextAreKeptWithWarnings() {
        List<Row> rows = plan();
        rows.add(row("9.9.9", "সম্পূর্ণ নতুন একটি সূচক", "count"));
        int i = indexOf(rows, "1.4.1");
        rows.set(i, row("1.4.1", "বার্ষিক ক্রীড়া প্রতিযোগিতা আয়োজন", "count"));
        List<Warning> w = new ArrayList<>();
        List<Row> got = check.apply(rows, "2023-24", w);
        assertThat(got.get(rows.size() - 1).indicator().text()).isEqualTo("সম্পূর্ণ নতুন একটি সূচক");
        assertThat(got.get(i).indicator().text()).isEqualTo("বার্ষিক ক্রীড়া প্রতিযোগিতা আয়োজন");
        assertThat(w).extracting(Warning::indicator, Warning::field).contains(
                org.assertj.core.groups.Tuple.tuple("9.9.9", "indicator.code"),
                org.assertj.core.groups.Tuple.tuple("1.4.1", "indicator.text"));
    }

    @Test
    void aMissingUnitIsThePlansWithAWarning() {
        List<Row> rows = plan();
        Catalogue.Indicator first = PLAN.indicators().get(0);
        rows.set(0, row(first.code(), first.text(), null));
        List<Warning> w = new ArrayList<>();
        assertThat(check.apply(rows, "2023-24", w).get(0).unit()).isEqualTo(first.unit());
        assertThat(w).extracting(Warning::field).containsExactly("unit");
    }

    @Test
    void rowsOfNoKnownPlanAreNotCheckedAndTheReportSaysSo() {
        List<Row> rows = List.of(row("7.1.1", "অজানা সূচক এক", "count"), row("7.1.2", "অজানা সূচক দুই", "count"));
        List<Warning> w = new ArrayList<>();
        assertThat(check.apply(rows, "2023-24", w)).isEqualTo(rows);
        assertThat(w).singleElement().satisfies(x -> assertThat(x.message()).contains("no plan in the catalogue"));
    }

    @Test
    void partsAndDistances() {
        assertThat(org.suchi.normalise.Fuzzy.substringDistance("দক্ষতা", "প্রাতিষ্ঠানিক দক্ষতা বৃদ্ধি")).isZero();
        assertThat(CatalogueCheck.isPartOf("স্মার্ট বাংলাদেশ বিনির্মাণ",
                "স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মশালা/সভা/সেমিনার আয়োজিত")).isTrue();
        assertThat(CatalogueCheck.isPartOf("৬", "ই-ফাইলে নোট নিষ্পত্তিকৃত")).isFalse();
        assertThat(CatalogueCheck.similarity("ই-নথি", "ই-নথি")).isEqualTo(1.0);
    }

    private static int indexOf(List<Row> rows, String code) {
        for (int i = 0; i < rows.size(); i++) if (code.equals(rows.get(i).indicator().code())) return i;
        throw new AssertionError(code);
    }
}
