package org.suchi.spark.worker;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker subprocesses of one executor JVM: a task borrows an idle worker (or starts one) and gives it back
 * when it is done, so there are never more workers than task slots that ran at once, and each lives across
 * tasks (its JVM start and Tesseract's model load are paid once). A dead worker is not given back. All workers
 * are killed when the executor's JVM ends.
 */
public final class WorkerPool {
    private static final WorkerPool INSTANCE = new WorkerPool();

    private final Deque<WorkerProcess> idle = new ArrayDeque<>();
    private final List<WorkerProcess> all = new ArrayList<>();
    private final AtomicInteger started = new AtomicInteger();

    private WorkerPool() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeAll, "suchi-worker-pool-shutdown"));
    }

    public static WorkerPool get() {
        return INSTANCE;
    }

    /** An idle worker started with {@code spec}, or a new one. */
    public WorkerProcess borrow(WorkerSpec spec) throws IOException {
        synchronized (this) {
            for (WorkerProcess w; (w = idle.pollFirst()) != null; ) {
                if (w.alive() && spec.equals(specs.get(w))) return w;
                w.close();
                all.remove(w);
            }
        }
        // generous: on a loaded machine a JVM start with OpenCV can take minutes; a worker that never starts fails the task
        WorkerProcess w = WorkerProcess.start(spec, Duration.ofMinutes(10));
        started.incrementAndGet();
        synchronized (this) {
            all.add(w);
            specs.put(w, spec);
        }
        return w;
    }

    private final java.util.Map<WorkerProcess, WorkerSpec> specs = new java.util.IdentityHashMap<>();

    public synchronized void release(WorkerProcess w) {
        if (w.alive()) {
            idle.addFirst(w);
        } else {
            all.remove(w);
            specs.remove(w);
        }
    }

    /** Workers started in this JVM so far (the first of each slot, and every restart). */
    public int started() {
        return started.get();
    }

    public synchronized void closeAll() {
        for (WorkerProcess w : all) w.close();
        all.clear();
        idle.clear();
        specs.clear();
    }
}
