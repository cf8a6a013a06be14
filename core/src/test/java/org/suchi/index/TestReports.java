package org.suchi.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small report/1 documents written by hand, for tests that need exact control over the texts. */
public final class TestReports {
    public static final ObjectMapper M = new ObjectMapper();

    private TestReports() {}

    public static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode report(String key, String office, String ministry, String fy, String period, ObjectNode... rows) {
        ObjectNode r = M.createObjectNode();
        r.put("schema", "report/1");
        r.putObject("source").put("file", key + ".pdf").put("sha256", sha256(key)).put("pages", 1)
                .put("kind", "scanned-pdf");
        r.putObject("document").put("title", "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা").put("office", office)
                .put("ministry", ministry).put("fiscal_year", fy).put("period", period).putNull("memo_number")
                .put("memo_date", "2024-01-25");
        ArrayNode levels = r.putArray("levels");
        levels.addObject().put("key", "excellent").put("label", "অসাধারণ").put("percent", 100);
        levels.addObject().put("key", "very_good").put("label", "অতি উত্তম").put("percent", 90);
        levels.addObject().put("key", "good").put("label", "উত্তম").put("percent", 80);
        levels.addObject().put("key", "fair").put("label", "চলতি মান").put("percent", 70);
        levels.addObject().put("key", "poor").put("label", "চলতি মানের নিম্নে").put("percent", 60);
        ArrayNode rs = r.putArray("rows");
        for (ObjectNode row : rows) {
            rs.add(row);
        }
        r.putArray("warnings");
        return r;
    }

    /** A count row with targets 5/4/3/2/1 and weight 10. */
    public static ObjectNode row(String code, String indicator, String progress, Object achievement) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("excellent", 5);
        t.put("very_good", 4);
        t.put("good", 3);
        t.put("fair", 2);
        t.put("poor", 1);
        return row(code, indicator, progress, "count", t, achievement);
    }

    public static ObjectNode row(String code, String indicator, String progress, String unit, Map<String, Object> targets,
                          Object achievement) {
        ObjectNode row = M.createObjectNode();
        String[] c = code.split("\\.");
        row.putObject("area").put("code", c[0]).put("text", "কার্যক্রমের বাস্তবায়ন জোরদারকরণ")
                .put("weight", 33);
        row.putObject("activity").put("code", c[0] + "." + c[1]).put("text", "কার্যক্রম " + code);
        row.putObject("indicator").put("code", code).put("text", indicator);
        row.put("unit", unit);
        row.put("weight", 10);
        row.set("targets", M.valueToTree(targets));
        row.set("achievement", M.valueToTree(achievement));
        if (progress == null) {
            row.putNull("progress");
        } else {
            row.put("progress", progress);
        }
        row.putNull("reported_score");
        return row;
    }

    public static Path write(Path dir, ObjectNode report) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve(report.path("source").path("file").asText().replace(".pdf", ".json"));
        Files.writeString(f, M.writerWithDefaultPrettyPrinter().writeValueAsString(report), StandardCharsets.UTF_8);
        return f;
    }

    public static List<Path> writeAll(Path dir, ObjectNode... reports) throws IOException {
        List<Path> out = new ArrayList<>();
        for (ObjectNode r : reports) {
            out.add(write(dir, r));
        }
        return out;
    }

    /** Targets of the five levels, excellent to poor, in that order (null: no target printed). */
    public static Map<String, Object> fiveLevels(Object excellent, Object veryGood, Object good, Object fair, Object poor) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("excellent", excellent);
        t.put("very_good", veryGood);
        t.put("good", good);
        t.put("fair", fair);
        t.put("poor", poor);
        return t;
    }
}
