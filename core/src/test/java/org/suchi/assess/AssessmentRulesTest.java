package org.suchi.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.suchi.config.ProjectPaths;

class AssessmentRulesTest {
    private static String projectFile() throws IOException {
        return Files.readString(ProjectPaths.home().orElseThrow().resolve(AssessmentRules.RESOURCE));
    }

    @Test
    void theJarCarriesTheProjectsRules() throws IOException {
        try (InputStream in = AssessmentRules.class.getResourceAsStream("/" + AssessmentRules.RESOURCE)) {
            assertThat(in).as("rules on the class path").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(projectFile());
        }
        assertThat(AssessmentRules.loadDefault()).isEqualTo(
                AssessmentRules.parse(new ByteArrayInputStream(projectFile().getBytes(StandardCharsets.UTF_8)), "x"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field       | "between_levels": "linear"  | "between_levels": "linear", "bonus": 1 | bonus
            percent over 100    | "excellent": 100            | "excellent": 120                       | percent must be 0..100
            two equal percents  | "very_good": 90             | "very_good": 100                       | same percent
            unknown direction   | "date": "earlier"           | "date": "sooner"                       | better.date
            unknown interpolation | "between_levels": "linear" | "between_levels": "cubic"             | linear or step
            no levels           | "level_percents"            | "level_percentz"                       | level_percents missing
            """)
    void rejectsBrokenRules(String name, String from, String to, String message) throws IOException {
        String broken = projectFile().replace(from, to);
        assertThat(broken).as("the edit applies").isNotEqualTo(projectFile());
        assertThatThrownBy(() -> AssessmentRules.parse(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "rules.json"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("rules.json: ").hasMessageContaining(message);
    }
}
