package org.suchi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.suchi.index.LevelRules;
import org.suchi.index.ReportFile;
import org.suchi.index.ReportIndexWriter;
import org.suchi.ingest.DocumentOpener;

/**
 * A data folder as {@code suchi ingest --out DIR --index DIR/index} leaves it, made from the project's sample
 * {@code samples/sample-png-c.png} and its expected report: two reports (the sample, and the same scan with a byte
 * appended, read as another office's next quarter), each value with evidence in the spec's format (boxes measured on
 * the sample's table: columns and row bands as fractions of the page), a few low confidences and warnings, the
 * journal, the index, and users of every role.
 */
final class Fixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "correct horse battery";
    /** Column edges of the sample's table (fractions of the page width). */
    static final double[][] COLS = {{0.069, 0.167}, {0.167, 0.329}, {0.329, 0.353}, {0.353, 0.407}, {0.407, 0.476},
            {0.476, 0.546}, {0.546, 0.616}, {0.616, 0.686}, {0.686, 0.754}, {0.754, 0.821}, {0.821, 0.949}};
    /** Top of each row's band (fractions of the page height), one text line tall. */
    static final double[] ROW_TOP = {0.238, 0.359, 0.449, 0.523, 0.574, 0.611, 0.683};
    static final String[] LEVELS = {"excellent", "very_good", "good", "fair", "poor"};

    final Path dir;
    final Path src;
    final List<String> shas = new ArrayList<>();

    private Fixture(Path root) {
        this.dir = root.resolve("data");
        this.src = root.resolve("src");
    }

    static Path samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples")) && Files.exists(p.resolve("samples/sample-png-c.png"))) {
                return p.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
    }

    static Fixture make(Path root) throws IOException {
        Fixture f = new Fixture(root);
        Files.createDirectories(f.dir);
        Files.createDirectories(f.src);
        Path png = f.src.resolve("sample-png-c.png");
        Files.copy(samples().resolve("sample-png-c.png"), png);
        Path png2 = f.src.resolve("kaliakair-q3.png");
        byte[] b = Files.readAllBytes(png);
        byte[] b2 = java.util.Arrays.copyOf(b, b.length + 1);
        Files.write(png2, b2);
        JsonNode expected = JSON.readTree(samples().resolve("sample-png-c.expected.json").toFile());
        ObjectNode one = report(expected, png, "sample-png-c.png", null, null);
        ObjectNode two = report(expected, png2, "kaliakair-q3.png", "উপজেলা প্রাথমিক শিক্ষা অফিস, কালিয়াকৈর, গাজীপুর", "Q3");
        ((ObjectNode) two.path("rows").get(0)).put("achievement", "2025-03-20");
        ((ObjectNode) two.path("rows").get(1)).put("achievement", 4);
        StringBuilder journal = new StringBuilder();
        try (ReportIndexWriter w = new ReportIndexWriter(f.dir.resolve("index"), LevelRules.standard())) {
            for (ObjectNode r : List.of(one, two)) {
                String name = r.path("source").path("file").asText();
                String out = name.replace(".png", ".json");
                Files.writeString(f.dir.resolve(out), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r));
                w.put(ReportFile.parse(r));
                String sha = r.path("source").path("sha256").asText();
                f.shas.add(sha);
                journal.append(JSON.writeValueAsString(JSON.createObjectNode().put("output", out).put("input", name)
                        .put("sha256", sha).put("pages", 1).put("rows", r.path("rows").size())
                        .put("warnings", r.path("warnings").size()))).append('\n');
            }
            w.commit();
        }
        Files.writeString(f.dir.resolve("_journal.jsonl"), journal, StandardCharsets.UTF_8);
        Users u = new Users(f.dir);
        u.put("rita", Role.REVIEWER, PASSWORD);
        u.put("rana", Role.REVIEWER, PASSWORD);
        u.put("ana", Role.ANALYST, PASSWORD);
        u.put("admin", Role.ADMIN, PASSWORD);
        return f;
    }

    static ObjectNode report(JsonNode expected, Path input, String name, String office, String period) {
        ObjectNode r = expected.deepCopy();
        ObjectNode source = (ObjectNode) r.path("source");
        source.put("file", name).put("sha256", DocumentOpener.sha256(input));
        ObjectNode doc = (ObjectNode) r.path("document");
        if (office != null) {
            doc.put("office", office);
            doc.put("title", doc.path("title").asText().replace("শ্রীপুর", "কালিয়াকৈর"));
        }
        if (period != null) {
            doc.put("period", period);
        }
        doc.putObject("evidence").set("office", evidence(1, new double[] {0.12, 0.045, 0.45, 0.075}, doc.path("office").asText(), 0.9, "ocr"));
        ((ObjectNode) doc.path("evidence")).set("period", evidence(1, new double[] {0.63, 0.045, 0.73, 0.075}, "২য় ত্রৈমাসিক", 0.62, "ocr"));
        ArrayNode rows = (ArrayNode) r.path("rows");
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = (ObjectNode) rows.get(i);
            double top = ROW_TOP[i];
            double bottom = top + 0.026;
            ObjectNode ev = row.putObject("evidence");
            ev.set("activity.text", evidence(1, box(0, top, bottom), row.path("activity").path("text").asText(), 0.88, "catalogue"));
            ev.set("indicator.code", evidence(1, new double[] {0.170, top, 0.205, bottom}, row.path("indicator").path("code").asText(), 0.97, "ocr"));
            ev.set("indicator.text", evidence(1, box(1, top, bottom + 0.05), row.path("indicator").path("text").asText(), 0.91, "catalogue"));
            ev.set("unit", evidence(1, box(2, top, bottom), row.path("unit").asText(), 0.95, "ocr"));
            ev.set("weight", evidence(1, box(3, top, bottom), row.path("weight").asText(), 0.96, "ocr"));
            for (int l = 0; l < LEVELS.length; l++) {
                JsonNode v = row.path("targets").path(LEVELS[l]);
                if (!v.isNull() && !v.isMissingNode()) {
                    double c = 0.97 - 0.03 * l - (i == 2 && l == 4 ? 0.4 : 0) - (i == 3 && l == 1 ? 0.35 : 0);
                    ev.set("targets." + LEVELS[l], evidence(1, box(4 + l, top, bottom), v.asText(), c, "ocr"));
                }
            }
            if (!row.path("achievement").isNull()) {
                ev.set("achievement", evidence(1, box(9, top, bottom), row.path("achievement").asText(), i == 0 ? 0.55 : 0.9, "ocr"));
            }
            if (!row.path("progress").isNull()) {
                ev.set("progress", evidence(1, box(10, top, bottom + 0.03), row.path("progress").asText(), 0.85, "ocr"));
            }
            row.put("page", 1);
            row.put("confidence", 0.9);
        }
        ArrayNode w = r.putArray("warnings");
        w.addObject().put("page", 1).put("indicator", "2.1.1").put("field", "targets.excellent")
                .put("message", "count ৪ read where the column's other rows hold dates");
        w.addObject().put("page", 1).put("indicator", "4.1.1").put("field", "targets.excellent")
                .put("message", "percent 800 is over 100; read the trailing ০ as a misread %");
        w.addObject().putNull("page").putNull("indicator").put("field", "memo_date")
                .put("message", "no memo date found on the cover letter");
        w.addObject().put("page", 1).put("indicator", "5.1.1").putNull("field")
                .put("message", "weights of area 5 add up to 10, not 12");
        return r;
    }

    static double[] box(int col, double top, double bottom) {
        return new double[] {COLS[col][0] + 0.003, top, COLS[col][1] - 0.003, bottom};
    }

    static ObjectNode evidence(int page, double[] box, String text, double confidence, String how) {
        ObjectNode e = JSON.createObjectNode();
        e.put("page", page);
        ArrayNode b = e.putArray("box");
        for (double d : box) {
            b.add(Math.round(d * 1000) / 1000.0);
        }
        e.put("text", text);
        e.put("confidence", Math.round(confidence * 100) / 100.0);
        e.put("how", how);
        return e;
    }
}
