package org.suchi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue keeps each report's items by the version of its JSON file: an unchanged file is not read again, a
 * rewritten one is, a report gone from the folder leaves the queue, and settled items drop out at once.
 */
class ReviewQueueTest {
    @TempDir
    Path root;

    @Test
    void itemsFollowTheFilesNotAStaleCopy() throws Exception {
        Fixture f = Fixture.make(root);
        ReportStore store = new ReportStore(f.dir, List.of(f.src));
        assertThat(store.rescan()).isEqualTo(2);
        try (ReviewDbHandle h = new ReviewDbHandle(f.dir)) {
            ReviewQueue queue = new ReviewQueue();
            List<ReviewQueue.Item> first = queue.all(store, h.db);
            assertThat(first).isNotEmpty();
            assertThat(queue.cached()).isEqualTo(2);
            Path json = store.path(f.shas.get(1)).orElseThrow();
            long before = first.stream().filter(i -> i.sha256().equals(f.shas.get(1))).count();
            assertThat(before).isPositive();

            // same size and time, unreadable content: a cached queue does not read it again
            FileTime t = Files.getLastModifiedTime(json);
            long size = Files.size(json);
            Files.write(json, " ".repeat((int) size).getBytes(StandardCharsets.US_ASCII));
            Files.setLastModifiedTime(json, t);
            assertThat(queue.all(store, h.db)).isEqualTo(first);

            // rewritten with one more warning on a document field: read again, one more item
            ObjectNode r = Fixture.report(Fixture.JSON.readTree(Fixture.samples().resolve("sample-png-c.expected.json").toFile()),
                    f.src.resolve("kaliakair-q3.png"), "kaliakair-q3.png", "উপজেলা অফিস", "Q3");
            ((ArrayNode) r.get("warnings")).addObject().putNull("indicator").put("field", "memo_number")
                    .put("message", "memo number read as \"৫৬.০০\": too short");
            Files.writeString(json, Fixture.JSON.writeValueAsString(r));
            Files.setLastModifiedTime(json, FileTime.fromMillis(t.toMillis() + 2000));
            List<ReviewQueue.Item> second = queue.all(store, h.db);
            assertThat(second).anySatisfy(i -> {
                assertThat(i.sha256()).isEqualTo(f.shas.get(1));
                assertThat(i.field()).isEqualTo("memo_number");
                assertThat(i.reason()).contains("too short");
            });

            // a settled item leaves the queue at once, with no file change
            ReviewQueue.Item settle = second.get(0);
            h.db.append(settle.id(), settle.sha256(), settle.row(), settle.indicator(), settle.field(), "accept",
                    settle.current(), settle.current(), null, null, "rita");
            assertThat(queue.all(store, h.db)).extracting(ReviewQueue.Item::id).doesNotContain(settle.id())
                    .hasSize(second.size() - 1);
            assertThat(queue.open(store, store.entries().get(0), Set.of())).isNotEmpty();

            // a report gone from the folder leaves the queue and its cache entry
            Files.delete(json);
            store.rescan();
            assertThat(queue.all(store, h.db)).noneMatch(i -> i.sha256().equals(f.shas.get(1)));
            assertThat(queue.cached()).isEqualTo(1);
        }
    }

    /** Closes the review database the test opened. */
    private static final class ReviewDbHandle implements AutoCloseable {
        final ReviewDb db;

        ReviewDbHandle(Path dir) throws java.sql.SQLException {
            this.db = new ReviewDb(dir);
        }

        @Override
        public void close() throws java.sql.SQLException {
            db.close();
        }
    }
}
