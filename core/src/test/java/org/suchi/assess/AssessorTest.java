package org.suchi.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suchi.extract.ReportJson;
import org.suchi.model.DocumentAssessment;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Level;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.model.RowAssessment;
import org.suchi.model.Source;
import org.suchi.model.Warning;

class AssessorTest {
    private static final Assessor ASSESSOR = Assessor.standard();

    private static Row row(String code, String unit, Number weight, String targets, Object achievement, Number reported) {
        return new Row(new Row.Area("1", "ক্ষেত্র", null), new Row.Activity(code.substring(0, 3), "কার্যক্রম"),
                new Row.Indicator(code, "সূচক"), unit, weight, AssessorGoldenTest.targets(targets), achievement, null,
                reported, 2, 0.9);
    }

    private static Report report(Row... rows) {
        return new Report(Report.SCHEMA, new Source("r.pdf", "0", 2, "scanned-pdf"), DocumentInfo.EMPTY, Level.FIVE,
                List.of(rows), List.of(Warning.document("memo_date", "date 36/02/2024 is not a calendar date")));
    }

    private static final String DATES = "excellent=2024-05-16,very_good=2024-05-23,good=2024-05-30,fair=2024-06-06,poor=2024-06-15";
    private static final String COUNTS = "excellent=4,very_good=3,good=2,fair=-,poor=-";

    @Test
    void documentTotalsAndDisagreements() {
        Report in = report(
                row("1.1.1", "date", 10, DATES, "2024-05-20", 9.4),       // 9.43: agrees up to rounding
                row("1.2.1", "count", 4, COUNTS, 3, 3),                   // 3.6 computed, 3 printed: disagrees
                row("1.3.1", "date", 6, DATES, null, 0),                  // no achievement: not scored, not compared
                row("1.4.1", "percent", 6, "excellent=85,very_good=80,good=75,fair=70,poor=60", 59, null));
        Report out = ASSESSOR.assess(in);

        assertThat(out.rows()).extracting(r -> r.assessment().status())
                .containsExactly("scored", "scored", "no_achievement", "below_lowest");
        assertThat(out.rows().get(0).assessment().score()).isEqualTo(9.43);
        assertThat(out.assessment()).isEqualTo(new DocumentAssessment("action-plan/1", 13.03, 26, 12.4, 3, 1, 1));
        // the extracted values are untouched
        assertThat(out.rows().get(1).reportedScore()).isEqualTo(3);
        assertThat(out.rows().get(1).achievement()).isEqualTo(3);
        assertThat(out.warnings()).hasSize(2);
        assertThat(out.warnings().get(0)).isEqualTo(in.warnings().get(0));
        Warning w = out.warnings().get(1);
        assertThat(w.indicator()).isEqualTo("1.2.1");
        assertThat(w.field()).isEqualTo(Assessor.FIELD);
        assertThat(w.page()).isEqualTo(2);
        assertThat(w.message()).contains("reported score 3 ").contains("3.6").contains("very_good");
    }

    @Test
    void aReportedScoreAboveTheWeightIsAWarningEvenWithoutAnAchievement() {
        Report out = ASSESSOR.assess(report(row("1.4.1", "percent", 6, "excellent=85,very_good=80,good=75,fair=70,poor=60", null, 15)));
        assertThat(out.warnings()).extracting(Warning::message).containsExactly(
                "date 36/02/2024 is not a calendar date", "reported score 15 is more than the indicator's weight 6",
                "reported score 15 is more than the weight 6: one of them is misread, or the office scored beyond the weight",
                "reported score 15 is more than the weight 6: one of them is misread, or the office scored beyond the weight");
        assertThat(out.warnings().subList(2, 4)).extracting(Warning::field).containsExactly("reported_score", "weight");
        assertThat(out.assessment().disagreements()).isZero();
        assertThat(ASSESSOR.assess(report(row("1.4.1", "percent", 6, "excellent=85", 85, 6))).warnings()).hasSize(1);
    }

    @Test
    void aScoreThatStandsForAnotherLevelPutsTheDoubtOnEveryValueBehindIt() {
        // the full weight reported, but the excellent target (১) read as ৯ leaves the achievement 2 below every target
        Report out = ASSESSOR.assess(report(row("5.1.2", "count", 3, "excellent=9,very_good=-,good=-,fair=-,poor=-", 2, 3)));
        assertThat(out.warnings()).filteredOn(w -> !Assessor.FIELD.equals(w.field()) && "5.1.2".equals(w.indicator()))
                .extracting(Warning::field).containsExactly("reported_score", "achievement", "targets.excellent");
        // reported 0 where the achievement reached good: both the score and the good target are in doubt
        Report zero = ASSESSOR.assess(report(row("1.2.1", "count", 4, COUNTS, 2, 0)));
        assertThat(zero.warnings()).filteredOn(w -> !Assessor.FIELD.equals(w.field()) && "1.2.1".equals(w.indicator()))
                .extracting(Warning::field).containsExactly("reported_score", "achievement", "targets.good");
        // a score for the level reached, or one that stands for no single level, points at nothing more
        // (a percent between two targets earns a share between their levels: 77 of good 75 and very good 80 is 84 %;
        // the office printed good's 80 %)
        Report between = ASSESSOR.assess(report(row("1.4.1", "percent", 8, "excellent=85,very_good=80,good=75,fair=70,poor=60", 77, 6.4)));
        assertThat(between.assessment().disagreements()).isEqualTo(1);
        assertThat(between.warnings()).extracting(Warning::field).containsOnly("memo_date", Assessor.FIELD);
        assertThat(ASSESSOR.assess(report(row("1.2.1", "count", 4, COUNTS, 3, 3))).warnings())
                .extracting(Warning::field).containsOnly("memo_date", Assessor.FIELD);
    }

    @Test
    void assessingTwiceGivesTheSameReport() {
        Report once = ASSESSOR.assess(report(row("1.2.1", "count", 4, COUNTS, 3, 3),
                row("2.1.1", "count", 4, "excellent=2,very_good=3,good=1,fair=-,poor=-", 1, null)));
        assertThat(ASSESSOR.assess(once)).isEqualTo(once);
        assertThat(once.warnings()).extracting(Warning::field).containsExactly("memo_date", "assessment", "targets");
    }

    @Test
    void targetsOutOfLevelOrderAreNamed() {
        assertThat(ASSESSOR.orderProblem(AssessorGoldenTest.targets("excellent=5,very_good=8,good=3"), "count"))
                .hasValue("targets not in level order (higher is better): very_good 8 is more than excellent 5");
        // seed 004: excellent 16/03/2023 typed a year early, fair and poor before good
        assertThat(ASSESSOR.orderProblem(AssessorGoldenTest.targets(
                "excellent=2024-03-16,very_good=2024-03-23,good=2024-03-30,fair=2024-03-06,poor=2024-03-13"), "date"))
                .hasValue("targets not in level order (earlier is better): fair 2024-03-06 is earlier than good 2024-03-30");
        assertThat(ASSESSOR.orderProblem(AssessorGoldenTest.targets(DATES), "date")).isEmpty();
        assertThat(ASSESSOR.orderProblem(AssessorGoldenTest.targets(COUNTS), "count")).isEmpty();
        // equal neighbours are not out of order; null levels are skipped
        assertThat(ASSESSOR.orderProblem(AssessorGoldenTest.targets("excellent=2,very_good=-,good=2,fair=-,poor=-"), "count")).isEmpty();
        // a date target in a count row cannot be compared, so it is not an order problem either
        assertThat(ASSESSOR.orderProblem(AssessorGoldenTest.targets("excellent=2024-02-17,good=-,poor=-"), "count")).isEmpty();
    }

    @ParameterizedTest(name = "printed {0}, computed {1}: {2}")
    @CsvSource({
            "9, 9.43, true", "9, 9.5, true", "9, 9.51, false", "10, 9.43, false",
            "9.4, 9.43, true", "9.5, 9.43, false", "9.43, 9.43, true", "9.42, 9.43, false",
            "0, 0.0, true", "0, 0.6, false", "4.2, 4.2, true", "6.4, 6.72, false"})
    void agreementIsUpToTheDecimalsPrinted(String printed, double computed, boolean agrees) {
        Number n = printed.contains(".") ? (Number) Double.parseDouble(printed) : (Number) Integer.parseInt(printed);
        assertThat(Assessor.agrees(n, computed)).isEqualTo(agrees);
    }

    @Test
    void jsonHasTheNewFieldsBesideTheReportedScoreAndReadsBack() throws Exception {
        Report out = ASSESSOR.assess(report(row("1.1.1", "date", 10, DATES, "2024-05-20", 10)));
        String json = ReportJson.mapper().writeValueAsString(out);
        JsonNode root = ReportJson.mapper().readTree(json);
        JsonNode r = root.path("rows").get(0);
        assertThat(r.path("reported_score").asInt()).isEqualTo(10);
        assertThat(r.path("assessment").path("level").asText()).isEqualTo("very_good");
        assertThat(r.path("assessment").path("percent").asDouble()).isEqualTo(94.29);
        assertThat(r.path("assessment").path("score").asDouble()).isEqualTo(9.43);
        assertThat(r.path("assessment").path("status").asText()).isEqualTo("scored");
        List<String> names = new java.util.ArrayList<>();
        r.fieldNames().forEachRemaining(names::add);
        assertThat(names.indexOf("assessment")).isEqualTo(names.indexOf("reported_score") + 1);
        JsonNode doc = root.path("assessment");
        assertThat(doc.path("rules").asText()).isEqualTo("action-plan/1");
        assertThat(doc.path("total").asDouble()).isEqualTo(9.43);
        assertThat(doc.path("max").asDouble()).isEqualTo(10.0);
        assertThat(doc.path("reported_total").asDouble()).isEqualTo(10.0);
        assertThat(doc.path("not_scored").asInt()).isZero();
        assertThat(doc.path("disagreements").asInt()).isEqualTo(1);

        Report back = ReportJson.mapper().readValue(json, Report.class);
        assertThat(back.assessment()).isEqualTo(out.assessment());
        assertThat(back.rows().get(0).assessment()).isEqualTo(out.rows().get(0).assessment());
        assertThat(ASSESSOR.assess(back).warnings()).isEqualTo(out.warnings());
    }

    @Test
    void unassessedReportsKeepTheirOldShape() throws Exception {
        Report plain = report(row("1.1.1", "date", 10, DATES, "2024-05-20", null));
        JsonNode root = ReportJson.mapper().valueToTree(plain);
        assertThat(root.has("assessment")).isFalse();
        assertThat(root.path("rows").get(0).has("assessment")).isFalse();
        // a ground-truth file (no warnings, page or confidence) reads and assesses
        String truth = "{\"schema\":\"report/1\",\"levels\":[],\"rows\":[{\"indicator\":{\"code\":\"1.1.1\"},"
                + "\"unit\":\"count\",\"weight\":4,\"targets\":{\"excellent\":4,\"very_good\":3},\"achievement\":3,"
                + "\"reported_score\":3.6}]}";
        Report t = ASSESSOR.assess(ReportJson.mapper().readValue(truth, Report.class));
        assertThat(t.rows().get(0).assessment()).isEqualTo(new RowAssessment("very_good", 90.0, 3.6, "scored"));
        assertThat(t.warnings()).isEmpty();
        assertThat(t.rows().get(0).targets()).isEqualTo(Map.of("excellent", 4, "very_good", 3));
    }
}
