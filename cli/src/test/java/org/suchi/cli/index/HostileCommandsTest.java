package org.suchi.cli.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.suchi.index.TestReports.report;
import static org.suchi.index.TestReports.row;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.bulk.OutputLock;
import org.suchi.index.TestReports;

/**
 * Hostile report files and broken folders given to the commands in process (issue 17, items 5, 6, 8,
 * 9, 11): each asserts the exit code, a message naming the file, no stack trace, and that the rest
 * of the batch is done.
 */
class HostileCommandsTest {
    @TempDir Path tmp;

    static CommandsTest.Run run(String... args) {
        CommandsTest.Run r = CommandsTest.run(args);
        assertThat(r.out() + r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread")
                .doesNotContain("internal error");
        return r;
    }

    private Path good() throws IOException {
        Path dir = tmp.resolve("json");
        TestReports.writeAll(dir, report("x1", "জেলা প্রশাসকের কার্যালয়, ঢাকা", "মন্ত্রিপরিষদ বিভাগ", "2023-24", "Q1",
                row("1.2.1", "ডাটাবেজ হালনাগাদ", "ই-নথিতে ২টি", 2)));
        try (Stream<Path> s = Files.list(dir)) {
            return s.findFirst().orElseThrow();
        }
    }

    private Path write(String name, ObjectNode report) throws IOException {
        Path f = tmp.resolve(name);
        TestReports.M.writeValue(f.toFile(), report);
        return f;
    }

    @Test
    void hostileJsonGetsALocatedErrorAndTheRestOfTheBatchIsIndexed() throws IOException {
        Path deep = Files.writeString(tmp.resolve("deep.json"), "[".repeat(100_000) + "]".repeat(100_000));
        ObjectNode big = report("x2", "অফিস", "বিভাগ", "2023-24", "Q2", row("1.1.1", "সেবা", "x".repeat(20_000_001), 3));
        Path huge = write("huge.json", big);
        Path good = good();
        Path idx = tmp.resolve("idx");
        CommandsTest.Run r = run("index", "--index", idx.toString(), deep.toString(), good.toString(), huge.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(5);
        assertThat(r.err()).contains(deep + ": corrupt or truncated file: not valid JSON (Document nesting depth")
                .contains(huge + ": corrupt or truncated file: not valid JSON (String value length")
                .containsPattern("nesting depth.*line 1, column \\d+");
        assertThat(r.out()).contains("indexed 1 report(s)");
        CommandsTest.Run s = run("search", "--index", idx.toString(), "ডাটাবেজ");
        assertThat(s.code()).isZero();
        assertThat(s.out()).contains("1 of 1 matching row(s)");
    }

    @Test
    void compareWorksWhenAReportHasNoPeriod() throws IOException {
        ObjectNode plan = report("p1", "অফিস ক", "বিভাগ", "2023-24", "Q1", row("1.2.1", "ডাটাবেজ", "২টি", 2));
        ((ObjectNode) plan.get("document")).putNull("period");
        Path f = write("plan.json", plan);
        Path idx = tmp.resolve("idx");
        assertThat(run("index", "--index", idx.toString(), f.toString(), good().toString()).code()).isZero();
        for (List<String> extra : List.of(List.<String>of(), List.of("--json"), List.of("--fy", "2023-24"))) {
            String[] args = Stream.concat(Stream.of("compare", "--index", idx.toString(), "--indicator", "1.2.1"),
                    extra.stream()).toArray(String[]::new);
            CommandsTest.Run r = run(args);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("অফিস ক");
        }
    }

    @Test
    void assessScoresNothingFromAnAbsurdWeightAndReadsUnknownTopLevelFields() throws IOException {
        ObjectNode r = report("w1", "অফিস", "বিভাগ", "2023-24", "Q1", row("1.2.1", "ডাটাবেজ", "২টি", 2));
        ((ObjectNode) r.get("rows").get(0)).put("weight", 1e308);
        r.putObject("added_by_a_later_version").put("x", 1);
        Path f = write("w.json", r);
        CommandsTest.Run a = run("assess", "--json", f.toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("no_weight").doesNotContain("Infinity");
    }

    @Test
    void xlsxExportCutsATextLongerThanACellWithAMarkerAndAWarning() throws Exception {
        ObjectNode r = report("l1", "অফিস", "বিভাগ", "2023-24", "Q1", row("1.2.1", "ডাটাবেজ", "ক".repeat(40_000), 2));
        Path idx = tmp.resolve("idx");
        assertThat(run("index", "--index", idx.toString(), write("long.json", r).toString()).code()).isZero();
        Path x = tmp.resolve("rows.xlsx");
        CommandsTest.Run e = run("export", "--index", idx.toString(), "--format", "xlsx", "--out", x.toString());
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(e.err()).contains("warning: 1 text(s) longer than an XLSX cell holds");
        String longest = "";
        try (InputStream in = Files.newInputStream(x); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().length() > longest.length()) {
                        longest = c.getStringCellValue();
                    }
                }
            }
        }
        assertThat(longest).startsWith("কককক").endsWith("more characters cut]").hasSizeLessThanOrEqualTo(32_767);

        // an --out that cannot be written: its own exit code and a message, not a trace
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CommandsTest.Run bad = run("export", "--index", idx.toString(), "--format", "csv", "--out",
                file.resolve("rows.csv").toString());
        assertThat(bad.code()).isEqualTo(16);
        assertThat(bad.err()).contains("a-file").contains("cannot write the output");
    }

    @Test
    void aCorruptSegmentGivesTheIndexExitCodeAndSaysWhatToDo() throws IOException {
        Path idx = tmp.resolve("idx");
        assertThat(run("index", "--index", idx.toString(), good().toString()).code()).isZero();
        try (Stream<Path> s = Files.list(idx)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".cfs")).toList()) {
                byte[] b = Files.readAllBytes(p);
                Files.write(p, java.util.Arrays.copyOf(b, b.length / 2));
            }
        }
        CommandsTest.Run r = run("search", "--index", idx.toString(), "ডাটাবেজ");
        assertThat(r.code()).isEqualTo(13);
        assertThat(r.err()).contains(idx + ": the search index is corrupt").contains("run suchi index");
    }

    @Test
    void outputFolderFaultsAreRefusedBeforeAnyWork() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("r.pdf"), "%PDF-1.4 not really");
        CommandsTest.Run same = run("ingest", src.toString(), "--out", src.toString());
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("is the source folder").contains("give an --out outside it");
        CommandsTest.Run parent = run("ingest", src.toString(), "--out", tmp.toString());
        assertThat(parent.code()).isEqualTo(2);
        assertThat(parent.err()).contains("holds the source folder");

        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CommandsTest.Run ingest = run("ingest", src.toString(), "--out", file.toString(), "--progress", "none");
        assertThat(ingest.code()).isEqualTo(16);
        assertThat(ingest.err()).contains("a-file").contains("cannot write the output");
        CommandsTest.Run extract = run("extract", src.resolve("r.pdf").toString(), "--out", file.resolve("sub").toString());
        assertThat(extract.code()).isEqualTo(16);
        assertThat(extract.err()).contains("cannot write the output").doesNotContain("a bug in Suchi");
    }

    @Test
    void aSecondIngestIntoALockedFolderIsRefusedWithItsOwnCode() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("r.pdf"), "%PDF-1.4 not really");
        Path out = tmp.resolve("out");
        try (OutputLock held = OutputLock.acquire(out)) {
            CommandsTest.Run r = run("ingest", src.toString(), "--out", out.toString(), "--progress", "none");
            assertThat(r.code()).isEqualTo(17);
            assertThat(r.err()).contains("another suchi ingest").contains("wait for it to finish");
        }
        assertThat(out.resolve("_journal.jsonl")).doesNotExist();
        CommandsTest.Run after = run("ingest", src.toString(), "--out", out.toString(), "--progress", "none");
        assertThat(after.code()).as(after.err()).isEqualTo(5); // the lock is gone: the run goes, the file is corrupt
    }
}
