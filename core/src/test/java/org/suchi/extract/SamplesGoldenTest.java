package org.suchi.extract;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.suchi.config.ProjectPaths;
import org.suchi.eval.EvidenceCheck;
import org.suchi.eval.FieldScore;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEnginePool;

/**
 * Golden test: every bundled sample is extracted end to end (real Tesseract, real OpenCV) and
 * compared with its expected JSON. Each sample must reach its floor in samples/ratchet.properties;
 * floors only go up. Fails (never skips) when Tesseract or OpenCV is missing.
 */
@Tag("slow")
class SamplesGoldenTest {
    private static OcrEnginePool engines;
    private static Extractor extractor;

    @BeforeAll
    static void setUp() {
        engines = Pipeline.engines(PipelineSettings.DEFAULT);
        extractor = Pipeline.extractor(PipelineSettings.DEFAULT);
    }

    @AfterAll
    static void tearDown() {
        engines.close();
    }

    @TestFactory
    Stream<DynamicTest> everySampleReachesItsFloor() throws IOException {
        Path samples = ProjectPaths.home().orElseThrow().resolve("samples");
        Properties floors = new Properties();
        try (Reader r = Files.newBufferedReader(samples.resolve("ratchet.properties"))) {
            floors.load(r);
        }
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(samples)) {
            s.filter(p -> p.getFileName().toString().matches("(?i).+\\.(pdf|png|jpe?g|tiff?)$")).sorted().forEach(inputs::add);
        }
        assertThat(inputs).as("bundled samples").hasSizeGreaterThanOrEqualTo(4);
        assertThat(floors.stringPropertyNames()).as("a floor for every sample")
                .containsExactlyInAnyOrderElementsOf(inputs.stream().map(Batch::stem).toList());
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
            String stem = Batch.stem(in);
            Report report = extractor.extract(in, engines.engine());
            JsonNode got = ReportJson.mapper().valueToTree(report);
            JsonNode want = ReportJson.mapper().readTree(samples.resolve(stem + ".expected.json").toFile());
            assertThat(got.path("schema").asText()).isEqualTo("report/1");
            assertThat(got.path("source").path("sha256").asText()).isEqualTo(want.path("source").path("sha256").asText());
            assertThat(got.path("source").path("pages").asInt()).isEqualTo(want.path("source").path("pages").asInt());
            assertThat(got.path("source").path("kind").asText()).isEqualTo(want.path("source").path("kind").asText());
            assertThat(got.path("levels")).isEqualTo(want.path("levels"));
            FieldScore.Result r = FieldScore.score(want, got);
            double floor = Double.parseDouble(floors.getProperty(stem));
            System.out.printf("golden %s: %.3f (floor %.2f), rows %d/%d%n", stem, r.accuracy(), floor,
                    r.rowsMatched(), r.rowsExpected());
            if (r.accuracy() > floor + 0.02) {
                System.out.printf("golden %s: accuracy is %.3f: raise its floor in samples/ratchet.properties%n",
                        stem, r.accuracy());
            }
            assertThat(r.rowsMatched()).as("rows matched by indicator code").isEqualTo(r.rowsExpected());
            assertThat(r.accuracy()).as("field accuracy of " + stem).isGreaterThanOrEqualTo(floor);
            // every value read has its evidence, and each row's targets lie left to right on one band
            EvidenceCheck.Result ev = new EvidenceCheck().add(stem, report).result();
            assertThat(ev.problems()).as("evidence of " + stem).isEmpty();
            assertThat(ev.withEvidence()).isEqualTo(ev.values()).isPositive();
            assertThat(ev.targetRowsInOrder()).isEqualTo(ev.targetRows()).isPositive();
        }));
    }
}
