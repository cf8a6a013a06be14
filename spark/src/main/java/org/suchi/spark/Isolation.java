package org.suchi.spark;

/** Where a task runs the extraction. */
public enum Isolation {
    /** In a worker subprocess per task slot, killed and restarted on a timeout or a crash (the default). */
    PROCESS,
    /** On the task's own thread in the executor JVM: no time limit, and a native crash takes the executor down. */
    THREAD
}
