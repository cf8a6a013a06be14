package org.suchi.spark.worker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Test-only fault injection in the worker subprocess, by file name: {@code crash:a.png} halts the JVM as a native
 * abort would (exit code 134, no answer), {@code hang:b.png} never answers, {@code throw:c.png} throws an unexpected
 * exception (an internal error). Given to the worker as the system property {@link #PROPERTY}; empty in production.
 */
public final class Faults {
    public static final String PROPERTY = "suchi.worker.faults";

    private final Map<String, String> byName;

    private Faults(Map<String, String> byName) {
        this.byName = byName;
    }

    public static Faults parse(String spec) {
        Map<String, String> m = new HashMap<>();
        for (String part : spec.split(",")) {
            int colon = part.indexOf(':');
            if (colon > 0) m.put(part.substring(colon + 1).strip(), part.substring(0, colon).strip());
        }
        return new Faults(m);
    }

    void before(Path file) throws InterruptedException {
        String what = byName.get(file.getFileName().toString());
        if (what == null) return;
        switch (what) {
            case "crash" -> Runtime.getRuntime().halt(134);
            case "hang" -> {
                while (true) Thread.sleep(60_000);
            }
            case "throw" -> throw new IllegalStateException("injected failure");
            default -> throw new IllegalArgumentException("unknown fault " + what);
        }
    }
}
