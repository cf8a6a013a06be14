package org.suchi.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a run takes, and where each report goes. */
class InputsTest {
    @TempDir Path dir;

    private Path touch(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, rel);
    }

    private static Map<String, String> outputs(Inputs.Found f) {
        return f.files().stream().collect(Collectors.toMap(InputFile::name, InputFile::output));
    }

    @Test
    void oneFolderIsMirroredWithoutClashes() throws IOException {
        touch("src/2024/q1/report.pdf");
        touch("src/2024/q1/report.PNG");
        touch("src/2024/q2/report.pdf");
        touch("src/scan.TIFF");
        touch("src/notes.txt");
        touch("src/.hidden.pdf");
        touch("src/out/old.pdf"); // the output folder inside the source is not walked
        Inputs.Found f = Inputs.find(List.of(dir.resolve("src")), dir.resolve("src/out"));
        assertThat(outputs(f)).containsOnly(
                Map.entry("2024/q1/report.pdf", "2024/q1/report.pdf.json"),
                Map.entry("2024/q1/report.PNG", "2024/q1/report.PNG.json"),
                Map.entry("2024/q2/report.pdf", "2024/q2/report.json"),
                Map.entry("scan.TIFF", "scan.json"));
        assertThat(f.ignored()).isEqualTo(1);
        assertThat(f.files()).extracting(InputFile::name).isSorted();
    }

    @Test
    void severalSourcesGetTheirOwnFoldersAndNamedFilesTheirOwnNames() throws IOException {
        touch("x/in/r.pdf");
        touch("y/in/r.pdf");
        Path a = touch("a/doc.pdf");
        Path b = touch("b/doc.pdf");
        Inputs.Found f = Inputs.find(List.of(dir.resolve("x/in"), dir.resolve("y/in"), a, b), dir.resolve("out"));
        assertThat(f.files()).extracting(InputFile::output)
                .containsExactly("in/r.json", "in-2/r.json", "doc.pdf.json", "doc.pdf-2.json")
                .doesNotHaveDuplicates();
    }

    @Test
    void namesAreTheSameOnEveryRun() throws IOException {
        for (String s : List.of("s/b/r.pdf", "s/a/r.png", "s/a/r.jpg", "s/c.tif")) touch(s);
        assertThat(Inputs.find(List.of(dir.resolve("s")), dir.resolve("o")))
                .isEqualTo(Inputs.find(List.of(dir.resolve("s")), dir.resolve("o")));
    }
}
