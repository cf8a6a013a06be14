package org.suchi.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import org.suchi.io.AtomicFile;
import org.suchi.model.Report;

/** Writes and reads report/1 JSON. Writes are atomic: a reader never sees a half-written file. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // report/1 only ever adds fields: a reader of an older Suchi must load a newer report
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReportJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes {@code report} to {@code out} atomically and durably ({@link AtomicFile}). */
    public static void write(Report report, Path out) throws IOException {
        AtomicFile.write(out, os -> MAPPER.writeValue(os, report));
    }

    public static Report read(Path in) throws IOException {
        return MAPPER.readValue(in.toFile(), Report.class);
    }
}
