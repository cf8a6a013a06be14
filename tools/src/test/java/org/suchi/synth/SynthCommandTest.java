package org.suchi.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SynthCommandTest {
    private static int run(StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new SynthCommand());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void helpAndUsageErrors(@TempDir Path t) {
        assertThat(run(new StringWriter(), "--help")).isZero();
        StringWriter err = new StringWriter();
        assertThat(run(err, "--out", t.toString(), "--format", "gif")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format gif");
        assertThat(run(new StringWriter(), "--out", t.toString(), "--template", "D")).isEqualTo(2);
        assertThat(run(new StringWriter(), "--out", t.toString(), "--count", "2", "--name", "x")).isEqualTo(2);
        assertThat(run(new StringWriter(), "--out", t.toString(), "--cover", "sometimes")).isEqualTo(2);
        assertThat(run(new StringWriter(), "--count", "1")).isEqualTo(2);
        assertThat(new CommandLine(new SynthCommand()).getCommandName()).isEqualTo("synth");
    }

    @Test
    void writesDocumentsManifestAndTruthSuffix(@TempDir Path t) throws Exception {
        int rc = run(new StringWriter(), "--out", t.toString(), "--count", "2", "--seed", "3", "--clean",
                "--dpi", "60", "--format", "tif", "--suffix", ".truth.json", "--prefix", "dev", "--layout");
        assertThat(rc).isZero();
        assertThat(t.resolve("dev-001.tif")).exists();
        assertThat(t.resolve("dev-002.truth.json")).exists();
        assertThat(Files.readString(t.resolve("dev.manifest.json"))).contains("\"documents\"", "dev-002.tif");
        assertThat(Files.readString(t.resolve("dev-001.layout.json"))).contains("\"cells\"", "\"targets.excellent\"",
                "\"header\"");
    }
}
