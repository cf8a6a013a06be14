package org.suchi.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.suchi.model.RowAssessment;

/** The hand-computed cases of {@code src/test/resources/assess/golden.tsv}, under the project's rules file. */
class AssessorGoldenTest {
    private static final Assessor ASSESSOR = Assessor.standard();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = AssessorGoldenTest.class.getResourceAsStream("/assess/golden.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                assertThat(c).as(line).hasSize(9);
                out.add(Arguments.of(c[0], nil(c[1]), (Number) value(c[2]), targets(c[3]), value(c[4]), nil(c[5]),
                        (Number) value(c[6]), (Number) value(c[7]), c[8]));
            }
        }
        assertThat(out).hasSizeGreaterThan(50);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void golden(String name, String unit, Number weight, Map<String, Object> targets, Object achievement,
                String level, Number percent, Number score, String status) {
        RowAssessment a = ASSESSOR.assessRow(targets, unit, weight, achievement);
        assertThat(a.status()).as("status").isEqualTo(status);
        assertThat(a.level()).as("level").isEqualTo(level);
        if (percent == null) assertThat(a.percent()).as("percent").isNull();
        else assertThat(a.percent()).as("percent").isCloseTo(percent.doubleValue(), within(1e-9));
        if (score == null) assertThat(a.score()).as("score").isNull();
        else assertThat(a.score()).as("score").isCloseTo(score.doubleValue(), within(1e-9));
    }

    @Test
    void projectRulesAreTheActionPlanPercents() {
        AssessmentRules r = ASSESSOR.rules();
        assertThat(r.id()).isEqualTo("action-plan/1");
        assertThat(r.levelPercents()).containsExactly(Map.entry("excellent", 100), Map.entry("very_good", 90),
                Map.entry("good", 80), Map.entry("fair", 70), Map.entry("poor", 60));
        assertThat(r.betweenLevels()).isEqualTo(AssessmentRules.LINEAR);
        assertThat(r.higherIsBetter("date")).contains(false);
        assertThat(r.higherIsBetter("percent")).contains(true);
    }

    @Test
    void stepRulesGiveTheLevelPercentBetweenLevels() {
        Assessor step = new Assessor(ASSESSOR.rules().withBetweenLevels(AssessmentRules.STEP));
        Map<String, Object> t = targets("excellent=85,very_good=80,good=75,fair=70,poor=60");
        assertThat(step.assessRow(t, "percent", 6, 82)).isEqualTo(new RowAssessment("very_good", 90.0, 5.4, "scored"));
        assertThat(step.assessRow(t, "percent", 6, 59)).isEqualTo(new RowAssessment(null, 0.0, 0.0, "below_lowest"));
    }

    private static String nil(String s) {
        return s.equals("-") ? null : s;
    }

    /** "-" null, ISO date string, integer, or decimal. */
    static Object value(String s) {
        s = s.strip();
        if (s.equals("-")) return null;
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return s;
        if (s.matches("-?\\d+")) return Integer.parseInt(s);
        return Double.parseDouble(s);
    }

    static Map<String, Object> targets(String s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.isBlank()) return m;
        for (String kv : s.split(",")) {
            String[] p = kv.split("=", 2);
            m.put(p[0], value(p[1]));
        }
        return m;
    }
}
