package org.suchi.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.suchi.eval.EvidenceCheck;
import org.suchi.extract.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code suchi evidence-check DIR…}: checks the evidence of the report/1 JSON files in DIR (see
 * {@link EvidenceCheck}) and prints the counts; exit 0 when every value has well-formed evidence and
 * every row's targets run left to right on one band, 1 otherwise.
 */
@Command(name = "evidence-check", mixinStandardHelpOptions = true,
        description = "Check that every extracted value has evidence and targets' boxes run left to right on one band.")
public final class EvidenceCheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "directories (or files) of report/1 JSON written by extract")
    List<Path> inputs;

    @Option(names = "--problems", description = "print at most this many problems (default: ${DEFAULT-VALUE})")
    int maxProblems = 50;

    @Override
    public Integer call() throws IOException {
        EvidenceCheck check = new EvidenceCheck();
        int reports = 0;
        for (Path p : files()) {
            check.add(p.getFileName().toString(), ReportJson.read(p));
            reports++;
        }
        EvidenceCheck.Result r = check.result();
        System.out.printf("reports %d%nvalues %d%nwith evidence %d%nmalformed %d%nrows with >=2 targets %d%n"
                        + "  of them left to right on one band %d%nhow %s%n",
                reports, r.values(), r.withEvidence(), r.malformed(), r.targetRows(), r.targetRowsInOrder(),
                new java.util.TreeMap<>(r.byHow()));
        r.problems().stream().limit(maxProblems).forEach(s -> System.out.println("problem: " + s));
        if (r.problems().size() > maxProblems) System.out.println("... " + (r.problems().size() - maxProblems) + " more");
        return r.ok() ? 0 : 1;
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".json"))
                            .filter(f -> !f.getFileName().toString().endsWith(".truth.json"))
                            .filter(f -> !f.getFileName().toString().endsWith(".expected.json"))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }
}
