package org.suchi.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.suchi.index.TestReports.report;
import static org.suchi.index.TestReports.row;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareExportTest {
    static final String A = "জেলা প্রশাসকের কার্যালয়, ঢাকা";
    static final String B = "জেলা প্রশাসকের কার্যালয়, খুলনা";

    @TempDir
    static Path tmp;
    static Path index;

    static Map<String, Object> dates() {
        return TestReports.fiveLevels("2024-05-16", "2024-05-23", "2024-05-30", "2024-06-06", "2024-06-15");
    }

    @BeforeAll
    static void build() throws IOException {
        TestReports.writeAll(tmp.resolve("json"),
                report("a1", A, "মন্ত্রিপরিষদ বিভাগ", "2023-24", "Q1", row("1.2.1", "ডাটাবেজ হালনাগাদ", "২টি", 2),
                        row("1.1.1", "উদ্ভাবনী ধারণা", null, "date", dates(), "2024-05-23")),
                report("a2", A, "মন্ত্রিপরিষদ বিভাগ", "2023-24", "Q2", row("1.2.1", "ডাটাবেজ হালনাগাদ", "৪টি", 4)),
                report("a3", A, "মন্ত্রিপরিষদ বিভাগ", "2023-24", "Q3", row("1.2.1", "ডাটাবেজ হালনাগাদ", "৫টি", 5)),
                report("b1", B, "মন্ত্রিপরিষদ বিভাগ", "2023-24", "Q1", row("1.2.1", "ডাটাবেজ হালনাগাদ", "৩টি", 3)),
                report("b2", B, "মন্ত্রিপরিষদ বিভাগ", "2023-24", "Q2", row("1.2.1", "ডাটাবেজ হালনাগাদ", null, 1)),
                report("c1", B, "মন্ত্রিপরিষদ বিভাগ", "2024-25", "Q1", row("1.2.1", "ডাটাবেজ হালনাগাদ", null, null)));
        index = tmp.resolve("index");
        new Indexer(LevelRules.standard(), 10, Indexer.Step.NONE).run(index, List.of(tmp.resolve("json")),
                line -> { });
    }

    @Test
    void compareListsOfficePeriodLinesSortedWithLevelsScoresAndTrends() throws IOException {
        try (ReportSearcher s = new ReportSearcher(index)) {
            List<Comparison.Line> lines = Comparison.lines(s, new Filters(null, null, "2023-24", null, "১.২.১", null,
                    null));
            assertThat(lines).extracting(l -> l.period() + " " + l.office() + " " + l.level() + " " + l.score())
                    .containsExactly(
                            "Q1 " + B + " good 8.0",       // 3 of targets 5/4/3/2/1, weight 10
                            "Q1 " + A + " fair 7.0",
                            "Q2 " + A + " very_good 9.0",
                            "Q2 " + B + " poor 6.0",
                            "Q3 " + A + " excellent 10.0");
            assertThat(lines.get(0).targets().get("excellent").asInt()).isEqualTo(5);
            assertThat(lines.get(0).achievement().asInt()).isEqualTo(3);
            List<Comparison.Trend> trends = Comparison.trends(lines);
            assertThat(trends).extracting(Comparison.Trend::office, Comparison.Trend::direction)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(B, "falling"),
                            org.assertj.core.groups.Tuple.tuple(A, "rising"));
            assertThat(trends.get(1).points()).extracting(Comparison.Line::period).containsExactly("Q1", "Q2", "Q3");
            // without a fiscal year the 2024-25 report comes last, with no achievement and no score
            List<Comparison.Line> all = Comparison.lines(s, new Filters(B, null, null, null, "1.2.1", null, null));
            assertThat(all).extracting(Comparison.Line::fiscalYear).containsExactly("2023-24", "2023-24", "2024-25");
            assertThat(all.get(2).score()).isNull();
            assertThat(all.get(2).level()).isNull();
        }
    }

    @Test
    void csvKeepsBanglaAndWritesNumbersAndIsoDates() throws IOException {
        Path out = tmp.resolve("out.csv");
        try (ReportSearcher s = new ReportSearcher(index)) {
            Exporter.write(s.rows(null, new Filters(A, null, null, "Q1", null, null, null)), Exporter.Format.CSV, out);
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (Reader r = Files.newBufferedReader(out)) {
            r.skip(1);
            List<CSVRecord> recs = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)
                    .getRecords();
            assertThat(recs).hasSize(2);
            CSVRecord count = recs.stream().filter(x -> x.get("indicator").equals("1.2.1")).findFirst().orElseThrow();
            assertThat(count.get("office")).isEqualTo(A);
            assertThat(count.get("indicator_text")).isEqualTo("ডাটাবেজ হালনাগাদ");
            assertThat(count.get("achievement")).isEqualTo("2");
            assertThat(count.get("target_excellent")).isEqualTo("5");
            assertThat(count.get("score")).isEqualTo("7");
            assertThat(count.get("progress")).isEqualTo("২টি");
            CSVRecord date = recs.stream().filter(x -> x.get("indicator").equals("1.1.1")).findFirst().orElseThrow();
            assertThat(date.get("achievement")).isEqualTo("2024-05-23");
            assertThat(date.get("level")).isEqualTo("very_good");
            assertThat(date.get("memo_date")).isEqualTo("2024-01-25");
            assertThat(date.get("progress")).isEmpty();
        }
    }

    @Test
    void xlsxHasNumberCellsDateCellsAndBanglaText() throws IOException {
        Path out = tmp.resolve("out.xlsx");
        try (ReportSearcher s = new ReportSearcher(index)) {
            Exporter.write(s.rows(null, new Filters(A, null, null, "Q1", null, null, null)), Exporter.Format.XLSX, out);
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheetAt(0);
            Row head = sh.getRow(0);
            Map<String, Integer> col = new LinkedHashMap<>();
            head.forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
            assertThat(sh.getLastRowNum()).isEqualTo(2);
            for (int i = 1; i <= 2; i++) {
                Row r = sh.getRow(i);
                assertThat(r.getCell(col.get("office")).getStringCellValue()).isEqualTo(A);
                assertThat(r.getCell(col.get("weight")).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(r.getCell(col.get("weight")).getNumericCellValue()).isEqualTo(10.0);
                assertThat(DateUtil.isCellDateFormatted(r.getCell(col.get("memo_date")))).isTrue();
                assertThat(r.getCell(col.get("memo_date")).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.of(2024, 1, 25));
                String code = r.getCell(col.get("indicator")).getStringCellValue();
                if (code.equals("1.1.1")) {
                    assertThat(DateUtil.isCellDateFormatted(r.getCell(col.get("target_excellent")))).isTrue();
                    assertThat(r.getCell(col.get("achievement")).getLocalDateTimeCellValue().toLocalDate())
                            .isEqualTo(LocalDate.of(2024, 5, 23));
                    assertThat(r.getCell(col.get("indicator_text")).getStringCellValue()).isEqualTo("উদ্ভাবনী ধারণা");
                } else {
                    assertThat(r.getCell(col.get("achievement")).getNumericCellValue()).isEqualTo(2.0);
                    assertThat(r.getCell(col.get("score")).getNumericCellValue()).isEqualTo(7.0);
                }
            }
        }
    }
}
