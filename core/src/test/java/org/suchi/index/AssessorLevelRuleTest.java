package org.suchi.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows read as JSON get the assessment stage's level and score; an assessment in the JSON wins. */
class AssessorLevelRuleTest {
    private final LevelRule rule = LevelRules.standard();
    private final JsonNode five = TestReports.report("x", "o", "m", "2023-24", "Q1").get("levels");

    private LevelRule.Outcome count(Object achievement) {
        Map<String, Object> t = TestReports.fiveLevels(10, 8, 6, 4, null);
        return rule.assess("count", five, TestReports.M.valueToTree(t), TestReports.M.valueToTree(achievement), 5.0);
    }

    private LevelRule.Outcome date(String achievement) {
        Map<String, Object> t = TestReports.fiveLevels("2024-05-16", "2024-05-23", "2024-05-30", "2024-06-06", "2024-06-15");
        return rule.assess("date", five, TestReports.M.valueToTree(t), TestReports.M.valueToTree(achievement), 10.0);
    }

    @Test
    void numbersReachTheHighestTargetMetAndInterpolateTowardsTheNext() {
        assertThat(count(12)).isEqualTo(new LevelRule.Outcome("excellent", 100.0, 5.0));
        assertThat(count(7)).isEqualTo(new LevelRule.Outcome("good", 85.0, 4.25)); // half way from 6 (80) to 8 (90)
        assertThat(count(4)).isEqualTo(new LevelRule.Outcome("fair", 70.0, 3.5));
        // poor has no target (-): below fair earns nothing, and the row is marked below the lowest level
        assertThat(count(3)).isEqualTo(new LevelRule.Outcome(Fields.BELOW_LOWEST, 0.0, 0.0));
        assertThat(count(null)).isEqualTo(LevelRule.Outcome.NONE);
    }

    @Test
    void earlierDatesAreBetter() {
        assertThat(date("2024-05-10").level()).isEqualTo("excellent");
        assertThat(date("2024-05-23")).isEqualTo(new LevelRule.Outcome("very_good", 90.0, 9.0));
        LevelRule.Outcome between = date("2024-05-26"); // 4 of the 7 days from good back towards very_good
        assertThat(between.level()).isEqualTo("good");
        assertThat(between.percent()).isEqualTo(85.71);
        assertThat(date("2024-06-20")).isEqualTo(new LevelRule.Outcome(Fields.BELOW_LOWEST, 0.0, 0.0));
    }

    @Test
    void anAssessmentInTheJsonWinsOverTheRule() {
        ObjectNode row = TestReports.row("1.1.1", "t", null, 5); // the rule would say excellent
        row.putObject("assessment").put("level", "good").put("percent", 80.0).put("score", 8.0).put("status", "scored");
        assertThat(Assessments.of(row, five, rule)).isEqualTo(new LevelRule.Outcome("good", 80.0, 8.0));
        row.putObject("assessment").putNull("level").put("percent", 0.0).put("score", 0.0)
                .put("status", "below_lowest");
        assertThat(Assessments.of(row, five, rule)).isEqualTo(new LevelRule.Outcome(Fields.BELOW_LOWEST, 0.0, 0.0));
        row.remove("assessment");
        assertThat(Assessments.of(row, five, rule)).isEqualTo(new LevelRule.Outcome("excellent", 100.0, 10.0));
    }
}
