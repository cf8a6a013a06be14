package org.suchi.synth;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.config.ProjectPaths;
import picocli.CommandLine;

/** The samples in {@code samples/} are reproducible: regenerated from their seeds, they give the same JSON. */
@Tag("slow")
class SamplesTest {
    static final ObjectMapper M = new ObjectMapper();

    @Test
    void samplesRegenerateFromTheirSeeds(@TempDir Path tmp) throws IOException {
        Path samples = ProjectPaths.home().orElseThrow().resolve("samples");
        JsonNode spec = M.readTree(samples.resolve("samples.json").toFile());
        assertThat(spec.get("samples")).hasSize(4);
        long total = 0;
        for (JsonNode s : spec.get("samples")) {
            String name = s.get("name").asText();
            List<String> args = new ArrayList<>();
            for (int i = 0; i < s.get("args").size(); i++) {
                String a = s.get("args").get(i).asText();
                args.add(i > 0 && s.get("args").get(i - 1).asText().equals("--out") ? tmp.toString() : a);
            }
            int rc = new CommandLine(new SynthCommand()).execute(args.toArray(new String[0]));
            assertThat(rc).as(name).isZero();

            JsonNode stored = M.readTree(samples.resolve(name + ".expected.json").toFile());
            JsonNode again = M.readTree(tmp.resolve(name + ".expected.json").toFile());
            String file = stored.at("/source/file").asText();
            Path input = samples.resolve(file);
            // the stored expected JSON describes the stored file
            assertThat(stored.at("/source/sha256").asText()).as(name).isEqualTo(Output.sha256Hex(input));
            total += Files.size(input);
            // regenerated: the same content; the file bytes may differ only where fonts or the JDK differ
            ((ObjectNode) stored.get("source")).remove("sha256");
            ((ObjectNode) again.get("source")).remove("sha256");
            assertThat(again).as(name).isEqualTo(stored);
            if (!java.util.Arrays.equals(Files.readAllBytes(tmp.resolve(file)), Files.readAllBytes(input))) {
                System.err.println("note: " + file + " regenerated with other bytes (fonts or JDK differ); JSON equal");
            }
        }
        assertThat(total).as("samples stay small").isLessThan(3_000_000L);
    }
}
