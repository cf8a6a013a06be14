package org.suchi.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The time left counts pages, not files: one long document ahead weighs as much as its pages. */
class ProgressCountsTest {
    @Test
    void theTimeLeftFollowsPagesOnceADocumentIsDone() throws InterruptedException {
        ProgressCounts c = new ProgressCounts();
        c.files.set(3);
        c.pages.addAndGet(10);
        c.extracted(10);
        c.count(IngestProgress.Outcome.DONE);
        Thread.sleep(50);
        long oneShort = c.eta().toMillis();
        // the second document is long: 30 pages read of it so far, not done
        c.pages.addAndGet(30);
        long elapsed = c.elapsed().toMillis();
        // two files left × 10 pages mean − 30 already read of one in progress → 0 pages left
        assertThat(c.eta().toMillis()).isZero();
        assertThat(oneShort).isPositive().isLessThanOrEqualTo(elapsed * 2 + 5);
    }

    @Test
    void beforeAnyDocumentIsDoneItFallsBackToFiles() {
        ProgressCounts c = new ProgressCounts();
        c.files.set(4);
        assertThat(c.eta()).isNull();
        c.count(IngestProgress.Outcome.FAILED);
        assertThat(c.eta()).isNotNull();
    }
}
