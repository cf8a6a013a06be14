package org.suchi.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal after a kill in the middle of an append: the partial line is dropped, nothing else. */
class JsonLinesTest {
    @TempDir Path dir;

    @Test
    void aPartialLastLineIsDroppedAndTheNextAppendStartsOnItsOwnLine() throws IOException {
        Path f = dir.resolve(Journal.DONE_FILE);
        Journal.Done a = new Journal.Done("a.json", "a.pdf", "aa", 2, 7, 1, null);
        Journal.Done b = new Journal.Done("b.json", "b.pdf", "bb", 1, 3, 0, "a.json");
        try (JsonLines<Journal.Done> j = JsonLines.open(f, Journal.Done.class)) {
            j.append(a);
        }
        // a killed append: half a record, no newline
        Files.writeString(f, "{\"output\":\"c.json\",\"inp", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (JsonLines<Journal.Done> j = JsonLines.open(f, Journal.Done.class)) {
            assertThat(j.loaded()).containsExactly(a);
            j.append(b);
        }
        try (JsonLines<Journal.Done> j = JsonLines.open(f, Journal.Done.class)) {
            assertThat(j.loaded()).containsExactly(a, b);
        }
        assertThat(Files.readString(f)).doesNotContain("c.json").endsWith("}\n");
    }

    @Test
    void theLatestRecordOfAnOutputWinsAndAChangedInputIsNotDone() throws IOException {
        try (Journal j = Journal.open(dir)) {
            j.append(new Journal.Done("r.json", "r.pdf", "old", 1, 1, 0, null));
            j.append(new Journal.Done("r.json", "r.pdf", "new", 1, 2, 0, null));
        }
        try (Journal j = Journal.open(dir)) {
            assertThat(j.done("r.json", "new").rows()).isEqualTo(2);
            assertThat(j.done("r.json", "old")).isNull();
            assertThat(j.failed("r.json", "new")).isNull();
        }
    }

    @Test
    void aLineThatIsNoRecordIsSkippedNotFatalAndAppendsGoToTheEnd() throws IOException {
        Path f = dir.resolve(Journal.DONE_FILE);
        Journal.Done a = new Journal.Done("a.json", "a.pdf", "aa", 2, 7, 1, null);
        // what two runs writing at one position left behind in older versions
        Files.writeString(f, "{\"output\":\"v1.json\",\"i{\"output\":\"v2.json\"}\n", StandardCharsets.UTF_8);
        try (JsonLines<Journal.Done> j = JsonLines.open(f, Journal.Done.class)) {
            assertThat(j.loaded()).isEmpty();
            assertThat(j.unreadable()).isEqualTo(1);
            j.append(a);
        }
        try (JsonLines<Journal.Done> j = JsonLines.open(f, Journal.Done.class)) {
            assertThat(j.loaded()).containsExactly(a);
        }
    }
}
