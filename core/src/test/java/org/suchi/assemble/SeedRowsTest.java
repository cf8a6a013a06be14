package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.suchi.assess.Assessor;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Level;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.model.RowAssessment;
import org.suchi.model.Source;
import org.suchi.model.Warning;
import org.suchi.normalise.Achievements;
import org.suchi.normalise.Dates;
import org.suchi.normalise.FiscalYear;

/**
 * The indicator rows of the reference seeds ({@code src/test/resources/seeds/rows.tsv}), cell by cell as printed,
 * through row normalising and assessment: values, the warnings that flag what is wrong (impossible or unreadable
 * targets, a target year outside the fiscal year, targets out of level order, a printed score that disagrees),
 * and the computed score.
 */
class SeedRowsTest {
    private static final RowNormaliser NORMALISER = new RowNormaliser(Dates::parseCell, Achievements::fromText);
    private static final Assessor ASSESSOR = Assessor.standard();

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = SeedRowsTest.class.getResourceAsStream("/seeds/rows.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                assertThat(c).as(line).hasSize(17);
                out.add(Arguments.of(c[0] + " [" + c[1] + "]", c));
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(38);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void seedRow(String name, String[] c) {
        List<Level> levels = c[3].equals("3") ? Level.THREE : Level.FIVE;
        RowDraft d = new RowDraft();
        d.page = 1;
        d.indicatorCode = c[1];
        d.unit = c[4];
        d.weight = c[5];
        String[] cells = c[6].split("\\|", -1);
        assertThat(cells).as("target cells").hasSameSizeAs(levels);
        for (int i = 0; i < levels.size(); i++) d.targets.put(levels.get(i), cells[i]);
        d.hasAchievementColumn = c[7].equals("Y");
        if (d.hasAchievementColumn) d.achievement = c[8];
        else d.progress = c[8].isEmpty() ? null : c[8];
        d.score = c[9].isEmpty() ? null : c[9];

        RowNormaliser.Result r = NORMALISER.normalise(d, FiscalYear.of(c[2]), levels);
        Report report = ASSESSOR.assess(new Report(Report.SCHEMA, new Source("seed", "0", 1, "text-pdf"),
                DocumentInfo.EMPTY, levels, List.of(r.row()), r.warnings()));
        Row row = report.rows().get(0);

        assertThat(row.unit()).as("unit").isEqualTo(c[10]);
        List<Object> expectedTargets = Arrays.stream(c[11].split(",")).map(SeedRowsTest::value).toList();
        assertThat(new ArrayList<>(row.targets().values())).as("targets").isEqualTo(expectedTargets);
        assertThat(row.achievement()).as("achievement").isEqualTo(value(c[12]));
        TreeSet<String> fields = new TreeSet<>();
        for (Warning w : report.warnings()) fields.add(w.field());
        assertThat(String.join(",", fields)).as("warned fields: " + report.warnings()).isEqualTo(c[13]);
        RowAssessment a = row.assessment();
        assertThat(a.status()).as("status").isEqualTo(c[14]);
        assertThat(a.level()).as("level").isEqualTo(c[15].equals("-") ? null : c[15]);
        if (c[16].equals("-")) assertThat(a.score()).as("score").isNull();
        else assertThat(a.score()).as("score").isEqualTo(Double.parseDouble(c[16]));
    }

    private static Object value(String s) {
        if (s.equals("-")) return null;
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return s;
        return s.contains(".") ? (Object) Double.parseDouble(s) : (Object) Integer.parseInt(s);
    }
}
