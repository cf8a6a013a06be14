package org.suchi.spark.worker;

import java.io.File;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a worker subprocess is started: its heap, the test-only faults, and the TESSDATA_PREFIX it gets (null: the
 * executor's own environment, else this folder, relative to the executor's working folder where
 * {@code --archives tessdata.tar.gz#tessdata} unpacks).
 */
public record WorkerSpec(String heap, String faults, String tessdata) implements Serializable {
    public WorkerSpec {
        faults = faults == null ? "" : faults;
    }

    /** The command line: this JVM's java, the class path this class and the core came from, then this JVM's. */
    List<String> command() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        // C1 and the serial collector: the hot loops are native (the launcher's choice, BENCHMARKS.md)
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Dsun.jnu.encoding=UTF-8");
        // the project folder (config/, models/) as this JVM found it, so the worker reads with the same files
        String home = System.getProperty("suchi.home");
        if (home != null && !home.isBlank()) cmd.add("-Dsuchi.home=" + home);
        if (!faults.isEmpty()) cmd.add("-D" + Faults.PROPERTY + "=" + faults);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(WorkerMain.class.getName());
        return cmd;
    }

    void environment(Map<String, String> env) {
        env.put("OMP_THREAD_LIMIT", "1");
        String t = tessdata != null ? tessdata : env.get("TESSDATA_PREFIX");
        if (t != null && !t.isBlank()) env.put("TESSDATA_PREFIX", Path.of(t).toAbsolutePath().toString());
    }

    /**
     * Where {@link WorkerMain} and the core were loaded from (the job jar on a cluster, where Spark's class loader
     * is not the system class path), then {@code java.class.path} (the launcher's and the tests' class path).
     */
    static String classPath() {
        Set<String> cp = new LinkedHashSet<>();
        for (Class<?> c : new Class<?>[] {WorkerMain.class, org.suchi.Suchi.class}) {
            try {
                var src = c.getProtectionDomain().getCodeSource();
                if (src != null) cp.add(new File(src.getLocation().toURI()).getPath());
            } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
                // not a file: the class path below must hold it
            }
        }
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) cp.add(e);
        }
        return String.join(File.pathSeparator, cp);
    }
}
