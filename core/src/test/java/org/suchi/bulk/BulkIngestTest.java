package org.suchi.bulk;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.extract.Pipeline;
import org.suchi.extract.PipelineSettings;
import org.suchi.model.FailureCause;
import org.suchi.ocr.OcrEnginePool;

/**
 * A folder tree with a good report, the same report under two other names, and corrupt, truncated,
 * empty, encrypted and unsupported files: the good ones are extracted (the same bytes only once),
 * each bad one is quarantined with its cause, and a second run does nothing again.
 */
@Tag("slow")
class BulkIngestTest {
    private static OcrEnginePool engines;
    @TempDir Path dir;

    @BeforeAll
    static void engines() {
        engines = Pipeline.engines(PipelineSettings.DEFAULT);
    }

    @AfterAll
    static void close() {
        engines.close();
    }

    private IngestSummary ingest(Path src, Path out, BulkFixtures.Capture err) throws IOException {
        BulkIngest b = new BulkIngest(Pipeline.extractor(PipelineSettings.DEFAULT), engines::engine,
                new IngestOptions(2, 2, Duration.ofMinutes(5)), ResultSink.NONE, IngestProgress.NONE, err.stream);
        return b.run(List.of(src), out);
    }

    @Test
    void badFilesAreQuarantinedTheRestIsExtractedAndARerunDoesNothingAgain() throws IOException {
        Path src = dir.resolve("archive");
        BulkFixtures.copy("sample-png-c.png", src.resolve("2024/q1/report.png"));
        BulkFixtures.copy("sample-png-c.png", src.resolve("2024/q2/report.png"));       // same name, other folder, same bytes
        BulkFixtures.copy("sample-png-c.png", src.resolve("copies/renamed.png"));        // same bytes, other name
        Files.writeString(src.resolve("2024/q1/report.pdf"), "%PDF-1.7\n1 0 obj garbage");  // corrupt; clashes with report.png
        BulkFixtures.truncated("sample-pdf-b.pdf", 0.1, src.resolve("broken/truncated.pdf"));
        BulkFixtures.truncated("sample-png-c.png", 0.3, src.resolve("broken/cut.png"));
        Files.write(src.resolve("broken/empty.tif"), new byte[0]);
        BulkFixtures.encrypted(src.resolve("broken/locked.pdf"));
        Files.writeString(src.resolve("broken/notes.jpg"), "a text file with an image name");
        Files.writeString(src.resolve("readme.txt"), "not a report file: ignored");
        Path out = dir.resolve("out");

        BulkFixtures.Capture err = new BulkFixtures.Capture();
        IngestSummary s = ingest(src, out, err);

        assertThat(s.done()).isEqualTo(1);
        assertThat(s.copied()).isEqualTo(2);
        assertThat(s.ignored()).isEqualTo(1);
        assertThat(s.failed()).containsOnly(Map.entry(FailureCause.CORRUPT, 3), Map.entry(FailureCause.EMPTY, 1),
                Map.entry(FailureCause.ENCRYPTED, 1), Map.entry(FailureCause.UNSUPPORTED_FORMAT, 1));
        assertThat(s.exitCode()).isEqualTo(1);
        assertThat(s.pages()).as("the same bytes are read once").isEqualTo(1);
        assertThat(err.text().lines()).hasSize(6).allMatch(l -> l.startsWith("error: "));

        // mirrored layout, no clash between equal names; nothing written for the failures, no temporary file
        Map<String, String> files = BulkFixtures.tree(out);
        assertThat(files.keySet()).containsExactlyInAnyOrder("2024/q1/report.png.json", "2024/q2/report.json",
                "copies/renamed.json", Journal.DONE_FILE, Journal.FAILED_FILE, OutputLock.FILE);

        // a copy differs from the extracted report only in source.file
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(files.get("2024/q1/report.png.json"));
        JsonNode copy = m.readTree(files.get("copies/renamed.json"));
        assertThat(first.at("/rows").size()).isEqualTo(7);
        assertThat(copy.at("/source/file").asText()).isEqualTo("renamed.png");
        assertThat(first.at("/source/file").asText()).isEqualTo("report.png");
        ((ObjectNode) copy.get("source")).put("file", "report.png");
        assertThat(copy).isEqualTo(first);

        Map<String, String> causes = files.get(Journal.FAILED_FILE).lines().map(l -> read(m, l))
                .collect(Collectors.toMap(n -> n.get("path").asText(), n -> n.get("cause").asText() + " " + n.get("exitCode").asInt()));
        assertThat(causes).containsOnly(Map.entry("2024/q1/report.pdf", "CORRUPT 5"), Map.entry("broken/truncated.pdf", "CORRUPT 5"),
                Map.entry("broken/cut.png", "CORRUPT 5"), Map.entry("broken/empty.tif", "EMPTY 7"),
                Map.entry("broken/locked.pdf", "ENCRYPTED 6"), Map.entry("broken/notes.jpg", "UNSUPPORTED_FORMAT 4"));
        assertThat(files.get(Journal.DONE_FILE).lines()).hasSize(3);

        // the second run finds everything in the journal and the quarantine list
        BulkFixtures.Capture err2 = new BulkFixtures.Capture();
        IngestSummary again = ingest(src, out, err2);
        assertThat(again.done() + again.copied()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(again.failed()).isEmpty();
        assertThat(again.failedEarlier()).isEqualTo(s.failed());
        assertThat(again.exitCode()).as("still says that files failed").isEqualTo(1);
        assertThat(err2.text()).isEmpty();
        assertThat(BulkFixtures.tree(out)).isEqualTo(files);
    }

    @Test
    void aChangedInputIsExtractedAgain() throws IOException {
        Path src = dir.resolve("in");
        Path f = BulkFixtures.copy("sample-png-c.png", src.resolve("r.png"));
        Path out = dir.resolve("out");
        assertThat(ingest(src, out, new BulkFixtures.Capture()).done()).isEqualTo(1);

        Files.write(f, new byte[0]); // the same name, now broken: its old report must go
        BulkFixtures.Capture err = new BulkFixtures.Capture();
        IngestSummary s = ingest(src, out, err);
        assertThat(s.skipped()).isZero();
        assertThat(s.failed()).containsOnly(Map.entry(FailureCause.EMPTY, 1));
        assertThat(s.exitCode()).isEqualTo(FailureCause.EMPTY.exitCode());
        assertThat(out.resolve("r.json")).doesNotExist();
        assertThat(Files.readString(out.resolve(Journal.FAILED_FILE), StandardCharsets.UTF_8)).contains("\"EMPTY\"");
    }

    private static JsonNode read(ObjectMapper m, String line) {
        try {
            return m.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
