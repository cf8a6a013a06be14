package org.suchi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.suchi.assess.AssessmentTable;
import org.suchi.assess.Assessor;
import org.suchi.extract.Batch;
import org.suchi.extract.ReportJson;
import org.suchi.model.FailureCause;
import org.suchi.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Score report/1 JSON files against their targets (config/assessment/rules.json) and print, "
                + "per document, each indicator's level reached, computed and reported score, and the totals.",
                "Works on any report/1 file, also on ones extracted before the assessment existed."})
final class AssessCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "REPORT.json", description = "report/1 files")
    List<Path> inputs;

    @Option(names = "--json", description = "machine output: one JSON array, an object per document")
    boolean json;

    @Option(names = "--between-levels", paramLabel = "HOW",
            description = "override the rules' between_levels: linear (interpolate) or step (the lower level's percent)")
    String betweenLevels;

    @Option(names = "--out", paramLabel = "DIR", description = "also write each assessed report to DIR/NAME.json")
    Path out;

    @Override
    public Integer call() {
        return run(System.out, System.err);
    }

    int run(PrintStream o, PrintStream err) {
        Assessor assessor = Assessor.standard();
        if (betweenLevels != null) {
            try {
                assessor = new Assessor(assessor.rules().withBetweenLevels(betweenLevels));
            } catch (IllegalArgumentException e) {
                err.println("error: --between-levels " + betweenLevels + ": " + e.getMessage());
                return 2;
            }
        }
        ObjectMapper mapper = ReportJson.mapper();
        ArrayNode all = mapper.createArrayNode();
        Map<FailureCause, Integer> failed = new EnumMap<>(FailureCause.class);
        int done = 0;
        for (Path in : inputs) {
            String name = in.getFileName().toString();
            Report r;
            try {
                if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
                    fail(err, failed, in, FailureCause.NOT_FOUND, "no such readable file");
                    continue;
                }
                r = ReportJson.read(in);
                if (!Report.SCHEMA.equals(r.schema())) {
                    fail(err, failed, in, FailureCause.UNSUPPORTED_FORMAT, "schema is " + r.schema() + ", not " + Report.SCHEMA);
                    continue;
                }
            } catch (IOException | RuntimeException e) {
                fail(err, failed, in, FailureCause.CORRUPT, "not report/1 JSON: " + firstLine(e.getMessage()));
                continue;
            }
            Report a = assessor.assess(r);
            if (out != null) {
                try {
                    ReportJson.write(a, out.resolve(name));
                } catch (IOException e) {
                    fail(err, failed, in, FailureCause.INTERNAL, "cannot write " + out.resolve(name) + ": " + e.getMessage());
                    continue;
                }
            }
            if (json) all.add(AssessmentTable.json(mapper, name, a));
            else o.println(AssessmentTable.text(name, a));
            done++;
        }
        if (json) {
            try {
                o.println(mapper.writeValueAsString(all));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Batch.Summary(done, failed).exitCode();
    }

    private static void fail(PrintStream err, Map<FailureCause, Integer> failed, Path in, FailureCause c, String detail) {
        err.println("error: " + in + ": " + c.description() + ": " + detail);
        failed.merge(c, 1, Integer::sum);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
