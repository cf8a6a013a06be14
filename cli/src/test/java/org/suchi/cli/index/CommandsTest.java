package org.suchi.cli.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.suchi.index.TestReports.report;
import static org.suchi.index.TestReports.row;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.cli.Main;
import org.suchi.index.TestReports;

/** The index, search, compare and export subcommands of {@code suchi}, run in process. */
class CommandsTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        List<JsonNode> json() throws IOException {
            List<JsonNode> l = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    l.add(TestReports.M.readTree(line));
                }
            }
            return l;
        }
    }

    static synchronized Run run(String... args) {
        PrintStream o = System.out;
        PrintStream e = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    private Path json() throws IOException {
        Path dir = tmp.resolve("json");
        TestReports.writeAll(dir,
                report("x1", "জেলা প্রশাসকের কার্যালয়, ঢাকা", "মন্ত্রিপরিষদ বিভাগ", "2023-24", "Q1",
                        row("1.2.1", "ডাটাবেজ হালনাগাদ", "ই-নথিতে ২টি", 2)),
                report("x2", "জেলা প্রশাসকের কার্যালয়, ঢাকা", "মন্ত্রিপরিষদ বিভাগ", "2023-24", "Q2",
                        row("1.2.1", "ডাটাবেজ হালনাগাদ", "৫টি সেবা", 5)));
        return dir;
    }

    @Test
    void badFilesGetOneLineEachAndTheRestIsIndexed() throws IOException {
        Path dir = json();
        Path corrupt = Files.writeString(tmp.resolve("broken.json"), "{\"schema\": \"report/1\", \"rows\": [");
        Path other = Files.writeString(tmp.resolve("other.json"), "{\"schema\": \"something\"}");
        Path index = tmp.resolve("index");
        Run r = run("index", "--index", index.toString(), dir.toString(), corrupt.toString(), other.toString(),
                tmp.resolve("missing.json").toString());
        assertThat(r.code()).isEqualTo(1); // three different causes
        assertThat(r.err().lines().toList()).hasSize(3).anySatisfy(l -> assertThat(l).startsWith(corrupt
                + ": corrupt")).anySatisfy(l -> assertThat(l).startsWith(other + ": not an action-plan report"))
                .anySatisfy(l -> assertThat(l).contains("missing.json: file not found"));
        assertThat(r.out()).contains("indexed 2 report(s), 2 row(s)");
        assertThat(run("index", "--index", index.toString(), corrupt.toString()).code()).isEqualTo(5);
        Run notAFolder = run("index", "--index", corrupt.toString(), dir.toString());
        assertThat(notAFolder.code()).isEqualTo(13);
        assertThat(notAFolder.err()).startsWith(corrupt + ": index folder not usable");
        Run again = run("index", "--index", index.toString(), dir.toString());
        assertThat(again.code()).isZero();
        Run all = run("search", "--index", index.toString(), "--json", "--limit", "100");
        assertThat(all.json()).hasSize(2);
    }

    @Test
    void searchJsonHasTheContractFields() throws IOException {
        Path index = tmp.resolve("index");
        assertThat(run("index", "--index", index.toString(), json().toString()).code()).isZero();
        Run r = run("search", "--index", index.toString(), "--json", "--fy", "২০২৩-২৪", "ই-নথি");
        assertThat(r.code()).isZero();
        assertThat(r.json()).singleElement().satisfies(n -> {
            for (String f : List.of("file", "sha256", "office", "fiscal_year", "period", "indicator", "text",
                    "progress", "score")) {
                assertThat(n.has(f)).as(f).isTrue();
            }
            assertThat(n.get("file").asText()).isEqualTo("x1.pdf");
            assertThat(n.get("sha256").asText()).isEqualTo(TestReports.sha256("x1"));
            assertThat(n.get("indicator").asText()).isEqualTo("1.2.1");
            assertThat(n.get("progress").asText()).isEqualTo("ই-নথিতে ২টি");
            assertThat(n.get("score").asDouble()).isPositive();
        });
        Run text = run("search", "--index", index.toString(), "--facets", "হালনাগাদ");
        assertThat(text.out()).contains("«হালনাগাদ»", "2 of 2 matching row(s)", "period: Q1 (1), Q2 (1)");
        assertThat(run("search", "--index", index.toString(), "--json", "--limit", "1").json()).hasSize(1);
        assertThat(run("search", "--index", tmp.resolve("nothing").toString(), "x").code()).isEqualTo(3);
    }

    @Test
    void compareAndExportFromTheCommandLine() throws IOException {
        Path index = tmp.resolve("index");
        run("index", "--index", index.toString(), json().toString());
        Run c = run("compare", "--index", index.toString(), "--indicator", "১.২.১", "--json");
        assertThat(c.code()).isZero();
        assertThat(c.json()).extracting(n -> n.get("period").asText() + " " + n.get("level").asText() + " "
                + n.get("score").asDouble() + " " + n.get("achievement").asInt() + " "
                + n.get("targets").get("excellent").asInt()).containsExactly("Q1 fair 7.0 2 5", "Q2 excellent 10.0 5 5");
        Run human = run("compare", "--index", index.toString(), "--indicator", "1.2.1");
        assertThat(human.out()).contains("trend:", "Q1 7.00 → 2023-24 Q2 10.00 (rising)");
        Path csv = tmp.resolve("out/rows.csv");
        Run e = run("export", "--index", index.toString(), "--format", "csv", "--out", csv.toString(), "--period", "Q2");
        assertThat(e.code()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(2);
        assertThat(run("export", "--index", index.toString(), "--format", "ods", "--out", csv.toString()).code())
                .isEqualTo(2);
    }
}
