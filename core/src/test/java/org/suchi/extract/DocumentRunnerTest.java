package org.suchi.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.suchi.ingest.InputFormat;
import org.suchi.ingest.OpenedDocument;
import org.suchi.ingest.PageImage;
import org.suchi.layout.PageLayout;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import org.suchi.model.Report;
import org.suchi.model.Source;
import org.suchi.ocr.OcrEngine;
import org.suchi.reading.ColumnTemplate;
import org.suchi.reading.PageReading;
import org.suchi.textlayer.PageText;

/** The one scheduler: a document that runs out of memory beside others is tried again alone. */
class DocumentRunnerTest {
    /** Documents of no pages; "greedy" ones run out of memory whenever another document is open at the same time. */
    static class Stages implements DocumentStages {
        final AtomicInteger open = new AtomicInteger(), maxOpenWhenGreedy = new AtomicInteger();
        final boolean alwaysOom;
        final CountDownLatch othersStarted;

        Stages(boolean alwaysOom, CountDownLatch othersStarted) {
            this.alwaysOom = alwaysOom;
            this.othersStarted = othersStarted;
        }

        @Override
        public OpenedDocument open(Path file) {
            int now = open.incrementAndGet();
            try {
                if (file.toString().startsWith("greedy")) {
                    othersStarted.await(10, TimeUnit.SECONDS);
                    maxOpenWhenGreedy.accumulateAndGet(open.get(), Math::max);
                    if (alwaysOom || open.get() > 1) throw new OutOfMemoryError("Java heap space");
                } else {
                    othersStarted.countDown();
                    Thread.sleep(300); // still open while the greedy one starts
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                open.decrementAndGet();
            }
            return doc(file);
        }

        @Override public PageLayout prepare(PageImage page) { throw new AssertionError(); }
        @Override public PageReading read(PageLayout page, OcrEngine engine, ColumnTemplate previous) { throw new AssertionError(); }

        @Override
        public Report finish(OpenedDocument doc, List<PageReading> pages, List<PageText> texts) {
            return new Report(Report.SCHEMA, new Source(doc.path().toString(), "0", 0, Source.IMAGE), null, List.of(),
                    List.of(), List.of(), null);
        }
    }

    static OpenedDocument doc(Path file) {
        return new OpenedDocument() {
            @Override public Path path() { return file; }
            @Override public InputFormat format() { return InputFormat.PNG; }
            @Override public String sha256() { return "0"; }
            @Override public int pageCount() { return 0; }
            @Override public String kind() { return Source.IMAGE; }
            @Override public PageImage page(int page) { throw new AssertionError(); }
            @Override public void close() {}
        };
    }

    @Test
    void aDocumentOutOfMemoryBesideOthersIsTriedAgainAloneAndSucceeds() {
        Stages stages = new Stages(false, new CountDownLatch(1));
        try (DocumentRunner r = new DocumentRunner(stages, () -> null, 2, 2, Duration.ofMinutes(1))) {
            DocumentRunner.Job other = r.submit(Path.of("other"), n -> { });
            DocumentRunner.Job greedy = r.submit(Path.of("greedy"), n -> { });
            assertThat(other.result().join().source().file()).isEqualTo("other");
            assertThat(greedy.result().join().source().file()).isEqualTo("greedy");
        }
        assertThat(stages.maxOpenWhenGreedy.get()).as("the first try had company").isGreaterThan(1);
    }

    @Test
    void aDocumentOutOfMemoryEvenAloneFailsWithTheResourcesCause() {
        Stages stages = new Stages(true, new CountDownLatch(1));
        try (DocumentRunner r = new DocumentRunner(stages, () -> null, 2, 2, Duration.ofMinutes(1))) {
            DocumentRunner.Job other = r.submit(Path.of("other"), n -> { });
            DocumentRunner.Job greedy = r.submit(Path.of("greedy"), n -> { });
            assertThat(other.result().join()).isNotNull();
            assertThatThrownBy(() -> greedy.result().join()).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOf(ExtractionException.class)
                    .hasMessageContaining("ran out of memory").hasMessageContaining("also when tried again alone")
                    .matches(e -> ((ExtractionException) e).failureCause() == FailureCause.RESOURCES);
        }
    }

    @Test
    void theTimeLimitAppliesToEveryDocument() {
        DocumentStages slow = new Stages(false, new CountDownLatch(0)) {
            @Override
            public OpenedDocument open(Path file) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return doc(file);
            }
        };
        try (DocumentRunner r = new DocumentRunner(slow, () -> null, 1, 2, Duration.ofMillis(300))) {
            DocumentRunner.Job j = r.submit(Path.of("slow"), n -> { });
            assertThatThrownBy(() -> j.result().join()).cause()
                    .matches(e -> ((ExtractionException) e).failureCause() == FailureCause.TIMEOUT);
        }
    }
}
