package org.suchi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.suchi.eval.FieldScore;
import org.suchi.extract.Batch;
import org.suchi.extract.PipelineSettings;
import org.suchi.extract.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Extract every bundled sample and compare it with its expected JSON.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--samples", paramLabel = "DIR", description = "sample folder (default: ${DEFAULT-VALUE})",
            defaultValue = "samples")
    Path samples;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})",
            defaultValue = "out/demo")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(samples)) {
            s.filter(p -> p.getFileName().toString().matches("(?i).+\\.(pdf|png|jpe?g|tiff?)$")).sorted().forEach(inputs::add);
        }
        if (inputs.isEmpty()) {
            System.err.println("error: no samples in " + samples.toAbsolutePath());
            return 3;
        }
        PrintStream o = System.out;
        o.println("Extracting " + inputs.size() + " samples from " + samples + " into " + out + " …");
        Batch.Summary summary = Batch.run(inputs, out, PipelineSettings.DEFAULT,
                Runtime.getRuntime().availableProcessors(), o, System.err);
        o.println();
        o.printf("%-28s %6s %6s %9s %9s%n", "sample", "rows", "warn", "matched", "accuracy");
        int right = 0, total = 0;
        for (Path in : inputs) {
            String stem = in.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Path pred = out.resolve(stem + ".json"), exp = samples.resolve(stem + ".expected.json");
            JsonNode p = Files.exists(pred) ? ReportJson.mapper().readTree(pred.toFile()) : null;
            int rows = p == null ? 0 : p.path("rows").size(), warns = p == null ? 0 : p.path("warnings").size();
            if (!Files.exists(exp)) {
                o.printf("%-28s %6d %6d %9s %9s%n", in.getFileName(), rows, warns, "-", "no expected JSON");
                continue;
            }
            FieldScore.Result r = FieldScore.score(ReportJson.mapper().readTree(exp.toFile()), p);
            right += r.right();
            total += r.total();
            o.printf("%-28s %6d %6d %4d/%-4d %8.1f%%%n", in.getFileName(), rows, warns, r.rowsMatched(),
                    r.rowsExpected(), 100 * r.accuracy());
        }
        if (total > 0) o.printf("%nfield accuracy over all samples: %.1f%% (%d of %d fields)%n", 100.0 * right / total, right, total);
        return summary.exitCode();
    }
}
