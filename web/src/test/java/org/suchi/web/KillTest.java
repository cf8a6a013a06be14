package org.suchi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.index.Filters;
import org.suchi.index.ReportSearcher;

/** A server killed with SIGKILL right after a correction was acknowledged loses nothing: a restart shows both. */
class KillTest {
    @TempDir
    Path tmp;

    Process start(Fixture fx, int port) throws Exception {
        Path log = tmp.resolve("serve-" + System.nanoTime() + ".log");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "org.suchi.web.ServeCommand",
                "--data", fx.dir.toString(), "--port", String.valueOf(port), "--source", fx.src.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Http h = new Http(port);
        long end = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                if (h.get("/openapi.json").status() == 200) {
                    return p;
                }
            } catch (java.io.IOException e) {
                Thread.sleep(200);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not start: " + java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.UTF_8));
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void killMinus9BetweenTwoCorrectionsLosesNeither() throws Exception {
        Fixture fx = Fixture.make(tmp);
        String sha = fx.shas.get(0);
        int port = freePort();
        Process p = start(fx, port);
        Http rita = new Http(port);
        rita.login("rita", Fixture.PASSWORD);
        assertThat(rita.post("/api/review/" + sha + "-0-achievement", Map.of("value", "২০/০৩/২০২৫")).status()).isEqualTo(200);
        p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        assertThat(p.exitValue()).isEqualTo(137);

        p = start(fx, port);
        rita = new Http(port);
        rita.login("rita", Fixture.PASSWORD);
        assertThat(rita.get("/api/reports/" + sha).json().path("rows").get(0).path("achievement").asText()).isEqualTo("2025-03-20");
        assertThat(rita.post("/api/review/" + sha + "-3-targets.excellent", Map.of("value", "৮০")).status()).isEqualTo(200);
        p.destroyForcibly().waitFor();

        p = start(fx, port);
        try {
            rita = new Http(port);
            rita.login("rita", Fixture.PASSWORD);
            JsonNode r = rita.get("/api/reports/" + sha).json();
            assertThat(r.path("rows").get(0).path("achievement").asText()).isEqualTo("2025-03-20");
            assertThat(r.path("rows").get(3).path("targets").path("excellent").asInt()).isEqualTo(80);
            JsonNode audit = rita.get("/api/audit?sha256=" + sha).json();
            assertThat(audit.findValuesAsText("field")).containsExactly("achievement", "targets.excellent");
            assertThat(rita.get("/api/review?limit=1000").json().path("items").findValuesAsText("id"))
                    .doesNotContain(sha + "-0-achievement", sha + "-3-targets.excellent");
        } finally {
            p.destroyForcibly().waitFor();
        }
        // and the index that `suchi search` reads has both (brought up to date at start)
        try (ReportSearcher s = new ReportSearcher(fx.dir.resolve("index"))) {
            assertThat(s.rows(null, new Filters(null, null, null, "Q2", "1.1.1", null, null)).get(0).achievement().asText())
                    .isEqualTo("2025-03-20");
            assertThat(s.rows(null, new Filters(null, null, null, "Q2", "4.1.1", null, null)).get(0).targets().path("excellent").asInt())
                    .isEqualTo(80);
        }
    }
}
