package org.suchi.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The product's logging, configured once, before any logger exists: SLF4J with its simple back end,
 * warnings and errors only, written to a log file (not the terminal); PDFBox's commons-logging and
 * POI's Log4j API go to the same place. The file is {@code -Dsuchi.log=FILE}, else {@code $SUCHI_LOG},
 * else {@code $XDG_STATE_HOME/suchi/suchi.log} ({@code ~/.local/state/suchi/suchi.log}).
 */
final class Logging {
    private static Path file;

    private Logging() {}

    static synchronized void configure() {
        if (file != null) return;
        file = choose();
        String f = file.toString();
        setIfAbsent("org.slf4j.simpleLogger.logFile", f);
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        // PDFBox logs through commons-logging, which would pick the Log4j API (POI brings it) and print on stderr
        setIfAbsent("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.Slf4jLogFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.logFile", f);
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "WARN");
        setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    }

    /** The log file in use. */
    static synchronized Path file() {
        configure();
        return file;
    }

    private static Path choose() {
        String p = System.getProperty("suchi.log");
        if (p == null || p.isBlank()) p = System.getenv("SUCHI_LOG");
        if (p != null && !p.isBlank()) return usable(Path.of(p));
        String state = System.getenv("XDG_STATE_HOME");
        Path dir = state != null && !state.isBlank() ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        return usable(dir.resolve("suchi").resolve("suchi.log"));
    }

    /** {@code p} when its folder can be made and written, else a file in the temporary folder. */
    private static Path usable(Path p) {
        try {
            Path dir = p.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            if (Files.isWritable(dir) && (!Files.exists(p) || Files.isWritable(p))) return p.toAbsolutePath();
        } catch (Exception e) {
            // fall through
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "suchi-" + System.getProperty("user.name", "user") + ".log");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}
