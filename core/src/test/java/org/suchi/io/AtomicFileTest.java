package org.suchi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir Path dir;

    @Test
    void writesTheWholeFileAndLeavesNoTemporary() throws IOException {
        Path f = dir.resolve("sub/r.json");
        AtomicFile.write(f, os -> os.write("{}".getBytes()));
        AtomicFile.write(f, os -> os.write("{\"a\":1}".getBytes()));
        assertThat(f).hasContent("{\"a\":1}");
        try (var s = Files.list(f.getParent())) {
            assertThat(s.toList()).containsExactly(f);
        }
    }

    @Test
    void cleanUpKeepsTheTemporaryFilesOfALiveProcess() throws IOException {
        long live = ProcessHandle.current().pid();
        long dead = deadPid();
        Path mine = Files.writeString(dir.resolve(".r.json." + live + ".1a2b.tmp"), "x");
        Path gone = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve(".s.json." + dead + ".ff.tmp"), "x");
        Path legacy = Files.writeString(dir.resolve(".t.json123456789.tmp"), "x");
        Path other = Files.writeString(dir.resolve(".notes.tmp"), "x"); // not ours: no .json in its name
        assertThat(AtomicFile.removeStale(dir)).isEqualTo(2);
        assertThat(mine).exists();
        assertThat(other).exists();
        assertThat(gone).doesNotExist();
        assertThat(legacy).doesNotExist();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNotWritable() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFile.checkWritable(file))
                .isInstanceOf(IOException.class).hasMessageContaining("is not a folder");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFile.checkWritable(file.resolve("sub")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void controlCharactersInNamesAreEscaped() {
        assertThat(Printable.of("a\nb\tc\u0007.pdf")).isEqualTo("a\\nb\\tc\\u0007.pdf");
        assertThat(Printable.of("প্রতিবেদন.pdf")).isEqualTo("প্রতিবেদন.pdf");
    }

    /** A process id no process has now. */
    private static long deadPid() {
        for (long p = 4_000_000; ; p--) {
            if (ProcessHandle.of(p).isEmpty()) return p;
        }
    }
}
