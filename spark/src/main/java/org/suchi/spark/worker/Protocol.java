package org.suchi.spark.worker;

/** The line protocol between a Spark task and its worker subprocess. */
final class Protocol {
    /** Every answer line starts with this; other lines on the worker's stdout are not answers. */
    static final String MARK = "@@suchi-worker ";

    private Protocol() {}
}
