package org.suchi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.extract.ReportJson;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Level;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.model.Source;
import picocli.CommandLine;

class AssessCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int run(String... args) {
        AssessCommand c = new AssessCommand();
        new CommandLine(c).parseArgs(args);
        return c.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A report as extraction wrote it before the assessment existed: one row between two levels, printed 5. */
    private Path unassessedReport() throws Exception {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("excellent", 85);
        t.put("very_good", 80);
        t.put("good", 75);
        t.put("fair", 70);
        t.put("poor", 60);
        Row pct = new Row(new Row.Area("1", "ক্ষেত্র", 6), new Row.Activity("1.4", "ই-নথি"), new Row.Indicator("1.4.1", "ই-ফাইলে নোট নিষ্পত্তিকৃত"),
                "percent", 6, t, 82, "৮২%", 5, 1, 0.9);
        Row none = new Row(new Row.Area("1", "ক্ষেত্র", 6), new Row.Activity("1.5", "x"), new Row.Indicator("1.5.1", "x"),
                "count", 4, Map.of(), null, null, null, 1, 0.9);
        Report r = new Report(Report.SCHEMA, new Source("q2.pdf", "0", 1, "image"),
                new DocumentInfo(null, "জাতীয় মহিলা সংস্থা", null, "2023-24", "Q2", null, null), Level.FIVE,
                List.of(pct, none), List.of());
        Path p = dir.resolve("q2.json");
        ReportJson.write(r, p);
        return p;
    }

    @Test
    void printsTheTableAndTotals() throws Exception {
        int code = run(unassessedReport().toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(text).contains("== q2.json  (জাতীয় মহিলা সংস্থা, 2023-24, Q2)");
        // 82% is 2/5 of the way from very good (80) to excellent (85): 94% of 6 = 5.64, printed 5
        assertThat(text).containsPattern("1\\.4\\.1 +percent +6 +85 80 75 70 60 +82 +very_good +94 +5\\.64 +5 +DIFFERS");
        assertThat(text).containsPattern("1\\.5\\.1 +count .* no_targets");
        assertThat(text).contains("total 5.64 of 10 (1 scored, 1 not scored); reported 5; 1 disagreement(s); rules action-plan/1");
    }

    @Test
    void jsonOutputAndWritingBack() throws Exception {
        Path in = unassessedReport();
        Path outDir = dir.resolve("assessed");
        int code = run("--json", "--out", outDir.toString(), in.toString());
        assertThat(code).isZero();
        JsonNode all = ReportJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(all).hasSize(1);
        JsonNode row = all.get(0).path("rows").get(0);
        assertThat(row.path("code").asText()).isEqualTo("1.4.1");
        assertThat(row.path("assessment").path("score").asDouble()).isEqualTo(5.64);
        assertThat(row.path("disagrees").asBoolean()).isTrue();
        assertThat(all.get(0).path("assessment").path("total").asDouble()).isEqualTo(5.64);
        Report back = ReportJson.read(outDir.resolve("q2.json"));
        assertThat(back.rows().get(0).assessment().level()).isEqualTo("very_good");
        assertThat(back.warnings()).singleElement().satisfies(w -> assertThat(w.field()).isEqualTo("assessment"));
    }

    @Test
    void stepRulesFromTheCommandLine() throws Exception {
        assertThat(run("--json", "--between-levels", "step", unassessedReport().toString())).isZero();
        JsonNode row = ReportJson.mapper().readTree(out.toString(StandardCharsets.UTF_8)).get(0).path("rows").get(0);
        assertThat(row.path("assessment").path("score").asDouble()).isEqualTo(5.4);
        assertThat(run("--between-levels", "cubic", dir.toString())).isEqualTo(2);
    }

    @Test
    void badInputsAreNamedAndTheRestGoesOn() throws Exception {
        Path good = unassessedReport();
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schema\": \"report/1\", \"rows\": [");
        int code = run(dir.resolve("missing.json").toString(), broken.toString(), good.toString());
        assertThat(code).isEqualTo(1); // two causes
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e).contains("error: " + dir.resolve("missing.json") + ": file not found or not readable");
        assertThat(e).contains("error: " + broken + ": corrupt or truncated file: not report/1 JSON");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("== q2.json");
        out.reset();
        assertThat(run(broken.toString())).isEqualTo(5);
    }
}
