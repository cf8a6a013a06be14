package org.suchi.bulk;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A terminal progress bar (me.tongfei:progressbar) over files, with pages, pages/minute and ETA. */
final class BarProgress implements IngestProgress {
    private final ProgressCounts counts = new ProgressCounts();
    private final PrintStream out;
    private ProgressBar bar;

    BarProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void start(int files) {
        counts.files.set(files);
        bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .setEtaFunction(state -> java.util.Optional.ofNullable(counts.eta()))
                .setConsumer(new ConsoleProgressBarConsumer(out)).build();
    }

    @Override
    public synchronized void pagesRead(int n) {
        counts.pages.addAndGet(n);
        if (bar != null) bar.setExtraMessage(counts.pagesAndFailures());
    }

    @Override
    public void extracted(int pages) {
        counts.extracted(pages);
    }

    @Override
    public synchronized void file(Outcome outcome) {
        counts.count(outcome);
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(counts.pagesAndFailures());
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
        bar = null;
    }
}
