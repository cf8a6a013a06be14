package org.suchi.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.suchi.model.FailureCause;

/**
 * Reads {@code report/1} JSON as a tree (so reports written by any version, with or without added fields, load), and
 * expands folders to the report files in them.
 */
public final class ReportFile {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportFile() {}

    /** Why a file could not be indexed; {@code cause} gives the exit code. */
    public static final class BadReportException extends IOException {
        private final transient FailureCause cause;

        public BadReportException(FailureCause cause, String message) {
            super(message);
            this.cause = cause;
        }

        public FailureCause failureCause() {
            return cause;
        }
    }

    /** Parses and checks one report: schema {@code report/1}, a {@code source.sha256}, a {@code rows} array. */
    public static IndexedReport read(Path file) throws BadReportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadReportException(FailureCause.NOT_FOUND, "file not found");
        } catch (IOException e) {
            throw new BadReportException(FailureCause.NOT_FOUND, "not readable: " + e.getMessage());
        }
        JsonNode root;
        com.fasterxml.jackson.core.JsonParser parser = null;
        try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory().createParser(bytes)) {
            parser = p;
            root = MAPPER.readTree(p);
        } catch (JsonProcessingException e) {
            // limits (nesting depth, string length) carry no location: the parser's own position says where
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            throw new BadReportException(FailureCause.CORRUPT, "not valid JSON (" + firstLine(e.getOriginalMessage())
                    + where(at) + ")");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new BadReportException(FailureCause.CORRUPT, "not valid JSON: " + firstLine(String.valueOf(e.getMessage())));
        }
        return parse(root);
    }

    /** ", line L, column C" (or ", at byte B"), or nothing when the parser could not say where. */
    static String where(com.fasterxml.jackson.core.JsonLocation l) {
        if (l == null) return "";
        if (l.getLineNr() > 0) return ", line " + l.getLineNr() + ", column " + l.getColumnNr();
        return l.getByteOffset() >= 0 ? ", at byte " + l.getByteOffset() : "";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        String l = i < 0 ? s : s.substring(0, i);
        return l.length() > 300 ? l.substring(0, 300) + "…" : l;
    }

    /** Checks a parsed report. */
    public static IndexedReport parse(JsonNode root) throws BadReportException {
        if (root == null || !root.isObject() || !"report/1".equals(root.path("schema").asText(null))) {
            throw new BadReportException(FailureCause.NOT_A_REPORT, "not report/1 JSON (no \"schema\": \"report/1\")");
        }
        String sha = root.path("source").path("sha256").asText("");
        if (!sha.matches("[0-9a-fA-F]{64}")) {
            throw new BadReportException(FailureCause.NOT_A_REPORT, "source.sha256 missing or not 64 hex digits");
        }
        if (!root.path("rows").isArray()) {
            throw new BadReportException(FailureCause.NOT_A_REPORT, "no rows array");
        }
        return IndexedReport.of(root);
    }

    /** True when a folder entry looks like report JSON (the name ends with .json and is no manifest or layout). */
    static boolean candidate(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".json") && !n.endsWith(".manifest.json") && !n.endsWith(".layout.json")
                && !n.equals("manifest.json") && Files.isRegularFile(p);
    }

    /** Files named, and the candidate JSON files of folders named (recursively, sorted). */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(ReportFile::candidate).sorted().forEach(out::add);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }
}
