package org.suchi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.bulk.InputFile;
import org.suchi.bulk.Inputs;

/** {@link InputNames} names files exactly as {@code ingest}'s {@link Inputs#find} does, on the same trees. */
class InputNamesTest {
    @TempDir Path dir;

    @Test
    void oneFolderWithClashesAndIgnoredFiles() throws IOException {
        Path src = tree(dir.resolve("src"), "r.pdf", "r.png", "a/b/x.tif", "a/x.TIFF", "C.JPG", "c.jpeg", "notes.txt",
                "a/z.png", "a b/ক খ.png", "a/b.png", "a.b/r.pdf", "noext");
        assertSame(List.of(src));
    }

    @Test
    void severalSourcesWithTheSameFolderNameAndAFile() throws IOException {
        Path one = tree(dir.resolve("1/scans"), "r.pdf", "x/r.pdf", "s.png");
        Path two = tree(dir.resolve("2/scans"), "r.pdf", "r.jpg");
        Path file = tree(dir.resolve("loose"), "r.pdf").resolve("r.pdf");
        Path other = tree(dir.resolve("3/other"), "q.tif");
        assertSame(List.of(one, two, file, other));
    }

    private void assertSame(List<Path> sources) throws IOException {
        List<InputFile> expected = Inputs.find(sources, dir.resolve("out")).files();
        List<InputNames.Source> named = new ArrayList<>();
        for (Path s : sources) {
            if (!Files.isDirectory(s)) {
                named.add(new InputNames.Source(false, s.getFileName().toString(), List.of(),
                        List.of(s.toAbsolutePath().normalize().toString())));
                continue;
            }
            List<String> rel = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            // in the file system's order, not sorted: the naming must sort as ingest does
            try (Stream<Path> w = Files.walk(s)) {
                for (Path f : w.filter(Files::isRegularFile).toList()) {
                    rel.add(s.relativize(f).toString());
                    ids.add(f.toAbsolutePath().normalize().toString());
                }
            }
            java.util.Collections.reverse(rel);
            java.util.Collections.reverse(ids);
            named.add(new InputNames.Source(true, s.getFileName().toString(), rel, ids));
        }
        InputNames.Result got = InputNames.name(named);
        assertThat(got.files()).containsExactlyElementsOf(expected.stream().map(InputNames::of).toList());
        assertThat(got.ignored()).isEqualTo(Inputs.find(sources, dir.resolve("out")).ignored());
    }

    private static Path tree(Path root, String... files) throws IOException {
        for (String f : files) {
            Path p = root.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, f);
        }
        return root;
    }
}
