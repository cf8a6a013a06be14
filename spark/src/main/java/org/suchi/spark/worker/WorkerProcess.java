package org.suchi.spark.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One worker subprocess ({@link WorkerMain}) seen from the Spark task that owns it: requests go to its stdin,
 * answers are read from its stdout by a pump thread, so that waiting for an answer has a time limit. A worker
 * that does not answer in time is killed (with its children); one whose stdout ends has crashed. Either way it is
 * dead and the pool starts another.
 */
public final class WorkerProcess implements AutoCloseable {
    /** What came of one document. */
    public sealed interface Answer {}

    /** The report/1 JSON, as {@code org.suchi.Suchi.json} gives it. */
    public record Done(String json, int pages, int rows, int warnings, long millis) implements Answer {}

    /** The document failed inside the worker (a FailureCause name and the detail); the worker lives on. */
    public record Failed(String cause, String detail, long millis) implements Answer {}

    /** The worker died (crash) or was killed (timeout) while reading the document. */
    public record Died(boolean timedOut, String detail) implements Answer {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EOF = "\u0000eof";
    private static final int STDERR_LINES = 20;

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final long startMillis;
    private int documents;

    private WorkerProcess(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.startMillis = System.currentTimeMillis();
        Thread out = new Thread(this::pumpStdout, "suchi-worker-stdout-" + process.pid());
        out.setDaemon(true);
        out.start();
        Thread err = new Thread(this::pumpStderr, "suchi-worker-stderr-" + process.pid());
        err.setDaemon(true);
        err.start();
    }

    /** Starts a worker and waits until its engine is ready. */
    public static WorkerProcess start(WorkerSpec spec, Duration startTimeout) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(spec.command());
        spec.environment(pb.environment());
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        WorkerProcess w = new WorkerProcess(pb.start());
        String ready;
        try {
            ready = w.answers.poll(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            w.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting a worker", e);
        }
        if (ready == null || ready == EOF) {
            String why = ready == null ? "not ready after " + startTimeout.toSeconds() + " s" : "exited at start";
            w.close();
            throw new IOException("the worker subprocess " + why + ": " + w.stderrTail());
        }
        return w;
    }

    /** Sends {@code file} and waits at most {@code timeout} for its answer. */
    public Answer extract(Path file, Duration timeout) {
        try {
            stdin.write(JSON.writeValueAsString(JSON.createObjectNode().put("file", file.toString())) + "\n");
            stdin.flush();
        } catch (IOException e) {
            close();
            return new Died(false, "worker gone before the document: " + exitDescription());
        }
        documents++;
        String line;
        try {
            line = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            return new Died(false, "interrupted (task killed)");
        }
        if (line == null) {
            close();
            return new Died(true, "not finished after " + timeout.toSeconds() + " s (worker killed)");
        }
        if (line == EOF) {
            close();
            return new Died(false, "the worker subprocess died: " + exitDescription() + stderrSuffix());
        }
        try {
            JsonNode a = JSON.readTree(line);
            long ms = a.path("millis").asLong();
            if (a.has("json")) {
                return new Done(a.get("json").asText(), a.path("pages").asInt(), a.path("rows").asInt(),
                        a.path("warnings").asInt(), ms);
            }
            return new Failed(a.path("cause").asText("INTERNAL"), a.path("detail").asText(""), ms);
        } catch (IOException e) {
            close();
            return new Died(false, "unreadable answer from the worker: " + e.getMessage());
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    int documents() {
        return documents;
    }

    long startMillis() {
        return startMillis;
    }

    /** Kills the worker and whatever it started. */
    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String exitDescription() {
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                int code = process.exitValue();
                return "exit code " + code + (code > 128 ? " (signal " + (code - 128) + ")" : "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "no exit code";
    }

    private String stderrSuffix() {
        String t = stderrTail();
        return t.isEmpty() ? "" : "; last output: " + t;
    }

    private String stderrTail() {
        synchronized (stderrTail) {
            return String.join(" | ", stderrTail);
        }
    }

    private void pumpStdout() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(Protocol.MARK)) answers.add(line.substring(Protocol.MARK.length()));
                else System.err.println("[suchi-worker " + process.pid() + "] " + line);
            }
        } catch (IOException e) {
            // the process is gone
        }
        answers.add(EOF);
    }

    private void pumpStderr() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                System.err.println("[suchi-worker " + process.pid() + "] " + line);
                synchronized (stderrTail) {
                    stderrTail.addLast(line.length() > 300 ? line.substring(0, 300) : line);
                    while (stderrTail.size() > STDERR_LINES) stderrTail.removeFirst();
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }
}
