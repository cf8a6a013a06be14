package org.suchi.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import org.suchi.model.Report;
import org.suchi.ocr.OcrEngine;

/**
 * The one scheduler of {@code extract} and {@code ingest}: documents extracted on {@code jobs} worker
 * threads (one OCR engine each, from {@code engine}), pages of several documents overlapping
 * ({@link PagedExtraction}; older documents first on a priority queue), at most {@code jobs + 1}
 * documents open at once, each with a time limit counted from its start.
 *
 * <p>A document that fails for want of resources (out of memory) is tried once more alone — every
 * other document finished and none started meanwhile — before its failure is given back. A document
 * given up (time limit) whose task cannot be stopped gets a replacement worker until that task returns.
 */
public final class DocumentRunner implements AutoCloseable {
    /** Pages of one document rendered and prepared ahead of the page being read (bounds memory). */
    public static final int DEFAULT_WINDOW = 2;
    /** The longest time one document may take by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private final DocumentStages stages;
    private final Supplier<OcrEngine> engine;
    private final int jobs;
    private final int window;
    private final Duration timeout;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;
    private final ExecutorService retries;
    private final Semaphore slots;
    private final AtomicInteger busyAfterTimeout = new AtomicInteger();
    private long order;

    /** One document in the runner: its result, and how far it is. */
    public static final class Job {
        private final Path file;
        private final CompletableFuture<Report> result = new CompletableFuture<>();
        private final long startNanos = System.nanoTime();
        private volatile PagedExtraction current;
        private final AtomicInteger pagesDone = new AtomicInteger();

        Job(Path file) {
            this.file = file;
        }

        public Path file() { return file; }

        /** The report, or an {@link ExtractionException} (never a wrapper). */
        public CompletableFuture<Report> result() { return result; }

        /** Pages read so far (of the current attempt). */
        public int pagesDone() { return pagesDone.get(); }

        /** The document's page count, or -1 before it is open. */
        public int pageCount() {
            PagedExtraction x = current;
            return x == null ? -1 : x.pageCount();
        }

        /** Time since the job was submitted. */
        public Duration elapsed() { return Duration.ofNanos(System.nanoTime() - startNanos); }
    }

    public DocumentRunner(DocumentStages stages, Supplier<OcrEngine> engine, int jobs, int window, Duration timeout) {
        if (jobs < 1) throw new IllegalArgumentException("jobs " + jobs);
        if (window < 1) throw new IllegalArgumentException("window " + window);
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout " + timeout);
        this.stages = stages;
        this.engine = engine;
        this.jobs = jobs;
        this.window = window;
        this.timeout = timeout;
        // a priority queue: older documents first, a document's OCR before preparing more of its pages
        this.pool = new ThreadPoolExecutor(jobs, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new PriorityBlockingQueue<>(),
                daemon("suchi-worker"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("suchi-timer"));
        this.retries = Executors.newSingleThreadExecutor(daemon("suchi-retry"));
        this.slots = new Semaphore(documentsInFlight(), true);
    }

    /** Documents open at once: one more than the workers, so a worker never waits for a document to open. */
    public int documentsInFlight() {
        return jobs + 1;
    }

    /**
     * Starts {@code file} as soon as a document slot is free (blocks the caller until then).
     *
     * @param pagesRead told of every page read
     */
    public Job submit(Path file, IntConsumer pagesRead) {
        Job job = new Job(file);
        slots.acquireUninterruptibly();
        attempt(job, pagesRead).whenComplete((report, error) -> {
            slots.release();
            if (error == null) {
                job.result.complete(report);
                return;
            }
            ExtractionException e = failure(file, error);
            if (e.failureCause() != FailureCause.RESOURCES) {
                job.result.completeExceptionally(e);
                return;
            }
            retries.execute(() -> retryAlone(job, pagesRead, e));
        });
        return job;
    }

    /** Tries a document that ran out of resources once more, with every slot held (nothing else runs). */
    private void retryAlone(Job job, IntConsumer pagesRead, ExtractionException first) {
        int all = documentsInFlight();
        slots.acquireUninterruptibly(all);
        try {
            job.pagesDone.set(0);
            Report r = attempt(job, pagesRead).get();
            job.result.complete(r);
        } catch (ExecutionException | RuntimeException e) {
            ExtractionException again = failure(job.file, e instanceof ExecutionException x ? x.getCause() : e);
            job.result.completeExceptionally(again.failureCause() == FailureCause.RESOURCES
                    ? new ExtractionException(FailureCause.RESOURCES, job.file,
                            again.getMessage() + ", also when tried again alone", again)
                    : again);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.result.completeExceptionally(first);
        } finally {
            slots.release(all);
        }
    }

    private CompletableFuture<Report> attempt(Job job, IntConsumer pagesRead) {
        long place;
        synchronized (this) {
            place = order++;
        }
        PagedExtraction x = PagedExtraction.start(stages, job.file, pool, engine, window, place, n -> {
            job.pagesDone.addAndGet(n);
            pagesRead.accept(n);
        });
        job.current = x;
        // the time limit counts from the document's start, not from its submission (it may wait behind others)
        CompletableFuture<ScheduledFuture<?>> limit = x.started().thenApply(v ->
                timer.schedule(() -> timeOut(x, job.file), timeout.toMillis(), TimeUnit.MILLISECONDS));
        return x.result().whenComplete((r, e) -> limit.thenAccept(t -> t.cancel(false)));
    }

    /** Gives up on a document; a worker stuck in it is replaced until its task returns. */
    private void timeOut(PagedExtraction x, Path file) {
        boolean busy = x.cancel(new ExtractionException(FailureCause.TIMEOUT, file,
                "not finished after " + timeout.toSeconds() + " s"));
        if (!busy) return;
        busyAfterTimeout.incrementAndGet();
        resize(+1);
        x.whenIdle(() -> {
            busyAfterTimeout.decrementAndGet();
            resize(-1);
        });
    }

    private synchronized void resize(int delta) {
        pool.setCorePoolSize(Math.max(jobs, pool.getCorePoolSize() + delta));
    }

    /** Documents given up (time limit) whose last task had not returned yet. */
    public int stuck() {
        return busyAfterTimeout.get();
    }

    public Duration timeout() {
        return timeout;
    }

    /** {@code error} (possibly wrapped by a future) as the document's failure. */
    public static ExtractionException failure(Path file, Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return Extractor.failure(file, t);
    }

    @Override
    public void close() {
        retries.shutdownNow();
        timer.shutdownNow();
        pool.shutdownNow();
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
