package org.suchi.extract;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.config.ProjectPaths;
import org.suchi.model.FailureCause;

/** A batch with bad inputs: the good file is extracted, each bad one fails alone with its own cause. */
@Tag("slow")
class BatchTest {
    @TempDir Path dir;

    @Test
    void badFilesFailAloneWithTheirCauseAndTheRestIsExtracted() throws IOException {
        Path good = Files.copy(ProjectPaths.home().orElseThrow().resolve("samples/sample-png-c.png"), dir.resolve("good.png"));
        Path corrupt = Files.write(dir.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII));
        Path text = Files.writeString(dir.resolve("letter.txt"), "not a report");
        BufferedImage blank = new BufferedImage(1754, 1240, BufferedImage.TYPE_BYTE_GRAY);
        var g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, blank.getWidth(), blank.getHeight());
        g.dispose();
        Path empty = dir.resolve("blank.png");
        ImageIO.write(blank, "png", empty.toFile());
        Path out = dir.resolve("out");

        ByteArrayOutputStream so = new ByteArrayOutputStream(), se = new ByteArrayOutputStream();
        Batch.Summary s = Batch.run(List.of(corrupt, good, text, empty), out, PipelineSettings.DEFAULT, 2,
                new PrintStream(so, true, StandardCharsets.UTF_8), new PrintStream(se, true, StandardCharsets.UTF_8));

        assertThat(s.done()).isEqualTo(1);
        assertThat(s.failed()).containsOnly(Map.entry(FailureCause.CORRUPT, 1),
                Map.entry(FailureCause.UNSUPPORTED_FORMAT, 1), Map.entry(FailureCause.NOT_A_REPORT, 1));
        assertThat(s.exitCode()).isEqualTo(1); // several causes
        String err = se.toString(StandardCharsets.UTF_8);
        assertThat(err.lines()).hasSize(3);
        assertThat(err).contains("corrupt.pdf").contains("letter.txt").contains("blank.png");
        assertThat(ReportJson.read(out.resolve("good.json")).rows()).hasSize(7);
        try (Stream<Path> files = Files.list(out)) {
            // only the finished report: no output for failures, no temporary file left behind
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("good.json");
        }
    }

    @Test
    void aSingleCauseGivesItsOwnExitCode() {
        Batch.Summary s = Batch.run(List.of(dir.resolve("missing.pdf")), dir.resolve("out"), PipelineSettings.DEFAULT, 1,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertThat(s.exitCode()).isEqualTo(FailureCause.NOT_FOUND.exitCode());
    }

    @Test
    void clashingNamesGetDistinctOutputs() {
        Map<Path, Path> names = Batch.outputNames(List.of(Path.of("a/r.pdf"), Path.of("b/r.pdf"), Path.of("r.png"),
                Path.of("x.tif")), Path.of("out"));
        assertThat(names.get(Path.of("x.tif"))).isEqualTo(Path.of("out/x.json"));
        assertThat(names.values()).doesNotHaveDuplicates().hasSize(4);
        assertThat(names.get(Path.of("r.png"))).isEqualTo(Path.of("out/r.png.json"));
    }
}
