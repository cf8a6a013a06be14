package org.suchi.spark.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.suchi.Suchi;
import org.suchi.extract.Extractor;
import org.suchi.model.ExtractionException;
import org.suchi.model.Report;

/**
 * The worker subprocess: a long-lived JVM that extracts one document after another for one Spark task slot
 * (tika-pipes' model). It reads one request a line on stdin ({@code {"file": PATH}}) and answers each with one
 * line on stdout that starts with {@link Protocol#MARK}: the report/1 JSON exactly as {@link Suchi#json} gives it, or
 * the failure's cause and detail. Anything else on stdout (a native library printing) is not an answer; the
 * parent skips it. One OCR engine, on this process's only extracting thread; the parent sets
 * {@code OMP_THREAD_LIMIT=1}. End of stdin ends the process, so a worker never outlives its Spark executor by
 * more than the document it is reading.
 *
 * <p>Test-only fault injection ({@link Faults}): {@code -Dsuchi.worker.faults=crash:NAME,hang:NAME,throw:NAME}
 * makes the worker halt the JVM, hang or throw when asked for a file called NAME.
 */
public final class WorkerMain {
    private WorkerMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err); // Java code printing must not corrupt the answers
        ObjectMapper json = new ObjectMapper();
        Faults faults = Faults.parse(System.getProperty(Faults.PROPERTY, ""));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Suchi suchi = Suchi.open()) {
            answers.println(Protocol.MARK + json.writeValueAsString(json.createObjectNode().put("ready", true)));
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                Path file = Path.of(json.readTree(line).get("file").asText());
                ObjectNode answer = json.createObjectNode();
                long t0 = System.nanoTime();
                try {
                    faults.before(file);
                    Report report = suchi.extract(file);
                    answer.put("json", Suchi.json(report));
                    answer.put("pages", report.source().pages());
                    answer.put("rows", report.rows().size());
                    answer.put("warnings", report.warnings().size());
                } catch (Throwable t) { // an OutOfMemoryError too: the document failed, the worker answers
                    ExtractionException e = Extractor.failure(file, t);
                    answer.put("cause", e.failureCause().name());
                    answer.put("detail", e.getMessage() == null ? "" : e.getMessage());
                }
                answer.put("millis", (System.nanoTime() - t0) / 1_000_000);
                answers.println(Protocol.MARK + json.writeValueAsString(answer));
            }
        }
    }
}
