package org.suchi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.index.ReportSearcher;
import org.suchi.index.SearchRequest;
import org.suchi.index.SearchResult;
import org.suchi.index.StoredRow;

/** The HTTP contract of issues 13 and 14 against a running server on a loopback port, bad inputs included. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerHttpTest {
    Fixture fx;
    Server server;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Http http;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        fx = Fixture.make(tmp);
        server = new Server(new Server.Options(fx.dir, List.of(fx.src), "127.0.0.1", 0, 2_000_000,
                Duration.ofMinutes(5)), new PrintStream(log, true, StandardCharsets.UTF_8)).start();
        http = new Http(server.port());
    }

    @AfterAll
    void stop() throws Exception {
        System.err.println(log.toString(StandardCharsets.UTF_8));
        server.close();
    }

    Http as(String user) throws Exception {
        Http h = new Http(server.port());
        assertThat(h.login(user, Fixture.PASSWORD).status()).isEqualTo(200);
        return h;
    }

    static void assertJsonError(Http.Res r, int status) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.type()).startsWith("application/json");
        JsonNode n = r.json();
        assertThat(n.path("message").asText()).isNotBlank();
        assertThat(r.text()).doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    @Order(1)
    void signInSetsAnHttpOnlySameSiteCookieAndEverythingElseNeedsIt() throws Exception {
        Http anon = new Http(server.port());
        assertJsonError(anon.get("/api/review"), 401);
        assertJsonError(anon.get("/api/search?q=x"), 401);
        assertJsonError(anon.login("rita", "wrong password"), 401);
        assertJsonError(anon.login("nobody", "whatever1"), 401);
        Http.Res ok = anon.login("rita", Fixture.PASSWORD);
        assertThat(ok.status()).isEqualTo(200);
        String cookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
        assertThat(anon.get("/api/me").json().path("role").asText()).isEqualTo("reviewer");
        // a forged cookie is no session
        Http forged = new Http(server.port());
        forged.cookie = "suchi_session=" + "A".repeat(43);
        assertJsonError(forged.get("/api/me"), 401);
    }

    @Test
    @Order(2)
    void postsMustBeJsonAndSameOrigin() throws Exception {
        Http rita = as("rita");
        assertJsonError(rita.send(rita.req("/api/login").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"rita\",\"password\":\"" + Fixture.PASSWORD + "\"}")).build()), 415);
        assertJsonError(rita.send(rita.req("/api/review/" + fx.shas.get(0) + "-0-achievement")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("value=1")).build()), 415);
        assertJsonError(rita.send(rita.req("/api/review/" + fx.shas.get(0) + "-0-achievement")
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"accept\":true}")).build()), 403);
        assertJsonError(rita.send(rita.req("/api/review/" + fx.shas.get(0) + "-0-achievement")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build()), 400);
    }

    @Test
    @Order(3)
    void queueHoldsWarnedAndLowConfidenceValuesMostDoubtfulFirstGroupedByDocument() throws Exception {
        JsonNode q = as("ana").get("/api/review?limit=100").json();
        JsonNode items = q.path("items");
        assertThat(q.path("total").asInt()).isEqualTo(items.size()).isGreaterThan(4);
        List<String> fieldsOfFirstDoc = new ArrayList<>();
        String firstSha = items.get(0).path("sha256").asText();
        boolean left = false;
        for (JsonNode i : items) {
            assertThat(i.path("id").asText()).startsWith(i.path("sha256").asText() + "-");
            for (String k : List.of("id", "sha256", "file", "page", "indicator", "field", "value", "box", "reason")) {
                assertThat(i.has(k)).as(k).isTrue();
            }
            if (!i.path("sha256").asText().equals(firstSha)) {
                left = true;
            } else {
                assertThat(left).as("items of one document are together").isFalse();
                fieldsOfFirstDoc.add(i.path("indicator").asText("") + " " + i.path("field").asText());
            }
        }
        // warned values come before values that are only low in confidence
        assertThat(items.get(0).path("reason").asText()).doesNotStartWith("low confidence");
        assertThat(fieldsOfFirstDoc).contains("2.1.1 targets.excellent", "4.1.1 targets.excellent", "1.1.1 achievement",
                "3.1.1 targets.poor", " memo_date", " period");
        // a warning without a field (a whole-row doubt) has nothing to type and is not an item
        assertThat(items.findValuesAsText("reason")).noneMatch(r -> r.contains("weights of area 5"));
        JsonNode ach = find(items, firstSha, "achievement");
        assertThat(ach.path("value").asText()).isEqualTo("2024-07-27");
        assertThat(ach.path("box")).hasSize(4);
        assertThat(ach.path("row_values").path("unit").asText()).isEqualTo("date");
        assertThat(ach.path("plan").path("indicator").asText()).contains("উদ্ভাবনী ধারণা");
        assertThat(as("ana").get("/api/review?limit=2").json().path("items")).hasSize(2);
        assertJsonError(as("ana").get("/api/review?limit=-1"), 400);
        assertJsonError(as("ana").get("/api/review?limit=abc"), 400);
    }

    static JsonNode find(JsonNode items, String sha, String field) {
        for (JsonNode i : items) {
            if (i.path("sha256").asText().equals(sha) && i.path("field").asText().equals(field)) {
                return i;
            }
        }
        throw new AssertionError("no item " + field + " of " + sha);
    }

    @Test
    @Order(4)
    void reportAndPageImages() throws Exception {
        Http ana = as("ana");
        String sha = fx.shas.get(0);
        JsonNode r = ana.get("/api/reports/" + sha).json();
        assertThat(r.path("schema").asText()).isEqualTo("report/1");
        assertThat(r.path("rows").get(0).path("evidence").path("targets.good").path("box")).hasSize(4);
        Http.Res png = ana.get("/api/reports/" + sha + "/pages/1.png?dpi=100");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.type()).isEqualTo("image/png");
        assertThat(java.util.Arrays.copyOf(png.body(), 4)).containsExactly(0x89, 'P', 'N', 'G');
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        assertThat(img.getWidth()).isGreaterThan(img.getHeight()).isGreaterThan(500); // the landscape sample page
        assertJsonError(ana.get("/api/reports/" + sha + "/pages/2.png"), 404);
        assertJsonError(ana.get("/api/reports/" + sha + "/pages/1.png?dpi=5"), 400);
        assertJsonError(ana.get("/api/reports/" + sha + "/pages/1.gif"), 404);
        assertJsonError(ana.get("/api/reports/" + "0".repeat(64)), 404);
        assertJsonError(ana.get("/api/reports/not-a-sha"), 400);
        JsonNode a = ana.get("/api/reports/" + sha + "/assessment").json();
        assertThat(a.path("rows")).hasSize(7);
        assertThat(a.path("indexed").asBoolean()).isTrue();
    }

    @Test
    @Order(4)
    void theArchivePdfIsStreamedWhenIngestWroteOneAndOtherwiseIsA404() throws Exception {
        Http ana = as("ana");
        String sha = fx.shas.get(0);
        Path pdf = fx.dir.resolve("sample-png-c.pdf");
        assertThat(ana.get("/api/reports/" + sha + "/assessment").json().path("archive_pdf").asBoolean()).isFalse();
        assertJsonError(ana.get("/api/reports/" + sha + "/archive.pdf"), 404);
        assertThat(ana.get("/api/reports/" + sha + "/archive.pdf").json().path("message").asText()).contains("--pdf");
        byte[] bytes = new byte[70_000];
        new java.util.Random(14).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        Files.write(pdf, bytes);
        try {
            Http.Res r = ana.get("/api/reports/" + sha + "/archive.pdf");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.type()).isEqualTo("application/pdf");
            assertThat(r.body()).isEqualTo(bytes);
            assertThat(ana.get("/api/reports/" + sha + "/assessment").json().path("archive_pdf").asBoolean()).isTrue();
            // only the report that has one: the other report still has none
            assertJsonError(ana.get("/api/reports/" + fx.shas.get(1) + "/archive.pdf"), 404);
            // a NAME.pdf that is no PDF is not served
            Files.writeString(pdf, "<html>not a pdf</html>");
            assertJsonError(ana.get("/api/reports/" + sha + "/archive.pdf"), 404);
        } finally {
            Files.deleteIfExists(pdf);
        }
        assertJsonError(ana.get("/api/reports/" + "0".repeat(64) + "/archive.pdf"), 404);
        assertJsonError(ana.get("/api/reports/not-a-sha/archive.pdf"), 400);
        assertJsonError(new Http(server.port()).get("/api/reports/" + sha + "/archive.pdf"), 401);
    }

    @Test
    @Order(5)
    void pathTraversalNeverReachesTheFileSystem() throws Exception {
        Http ana = as("ana");
        for (String p : List.of("/api/reports/..%2f..%2f..%2fetc%2fpasswd", "/static/..%2fServer.class",
                "/static/%2e%2e/%2e%2e/users.json", "/api/reports/" + fx.shas.get(0) + "/pages/..%2f..%2fusers.json",
                "/static/../../users.json", "/webjars/../users.json", "/static/app.js%00.png", "/%2e%2e/%2e%2e/etc/passwd")) {
            Http.Res r = ana.send(HttpRequest.newBuilder(URI.create(ana.base + p)).header("Cookie", ana.cookie).GET().build());
            assertThat(r.status()).as(p).isIn(400, 404);
            assertThat(r.type()).as(p).startsWith("application/json");
            assertThat(r.text()).as(p).doesNotContain("\"hash\"").doesNotContain("root:");
        }
        assertJsonError(ana.get("/no/such/page"), 404);
    }

    @Test
    @Order(6)
    void correctionsAreParsedByTheNormalisersAndOnlyReviewersMayMakeThem() throws Exception {
        String sha = fx.shas.get(0);
        String item = sha + "-0-achievement";
        assertJsonError(as("ana").post("/api/review/" + item, Map.of("value", "2025-01-01")), 403);
        assertJsonError(new Http(server.port()).post("/api/review/" + item, Map.of("value", "2025-01-01")), 401);
        Http rita = as("rita");
        Http.Res bad = rita.post("/api/review/" + item, Map.of("value", "৩২/১৩/২০২৪"));
        assertJsonError(bad, 400);
        assertThat(bad.json().path("message").asText()).startsWith("achievement:");
        assertJsonError(rita.post("/api/review/" + sha + "-1-targets.excellent", Map.of("value", "চার")), 400);
        assertJsonError(rita.post("/api/review/" + sha + "-3-targets.excellent", Map.of("value", "abc%")), 400);
        assertJsonError(rita.post("/api/review/" + sha + "-99-achievement", Map.of("value", "1")), 404);
        assertJsonError(rita.post("/api/review/" + sha + "-0-no_such_field", Map.of("value", "1")), 404);
        assertJsonError(rita.post("/api/review/" + item, Map.of("nothing", "here")), 400);

        // Bangla digits in a printed date style: parsed, stored as ISO
        Http.Res ok = rita.post("/api/review/" + item, Map.of("value", "২০/০৩/২০২৫", "note", "read from the scan"));
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.json().path("value").asText()).isEqualTo("2025-03-20");
        assertThat(ok.json().path("action").asText()).isEqualTo("correct");
        // a percent with Bangla digits and sign; accept of a warned value
        assertThat(rita.post("/api/review/" + sha + "-3-targets.excellent", Map.of("value", "৮০%")).json().path("value").asInt()).isEqualTo(80);
        assertThat(rita.post("/api/review/" + sha + "-d-memo_date", Map.of("accept", true)).json().path("action").asText()).isEqualTo("accept");

        JsonNode queue = rita.get("/api/review?limit=1000").json();
        assertThat(queue.path("items").findValuesAsText("id")).doesNotContain(item, sha + "-3-targets.excellent", sha + "-d-memo_date");

        JsonNode report = rita.get("/api/reports/" + sha).json();
        JsonNode row = report.path("rows").get(0);
        assertThat(row.path("achievement").asText()).isEqualTo("2025-03-20");
        JsonNode rev = row.path("evidence").path("achievement").path("reviewed");
        assertThat(rev.path("by").asText()).isEqualTo("rita");
        assertThat(rev.path("old").asText()).isEqualTo("2024-07-27");
        assertThat(rev.path("at").asText()).isNotBlank();
        assertThat(row.path("evidence").path("achievement").path("box")).hasSize(4); // keeps its evidence
        assertThat(report.path("rows").get(3).path("targets").path("excellent").asInt()).isEqualTo(80);
        // the extractor's file is never rewritten
        assertThat(Files.readString(fx.dir.resolve("sample-png-c.json"))).contains("2024-07-27").doesNotContain("reviewed");

        JsonNode audit = rita.get("/api/audit?sha256=" + sha).json();
        assertThat(audit).hasSize(3);
        assertThat(audit.get(0).path("field").asText()).isEqualTo("achievement");
        assertThat(audit.get(0).path("old").asText()).isEqualTo("2024-07-27");
        assertThat(audit.get(0).path("new").asText()).isEqualTo("2025-03-20");
        assertThat(audit.get(0).path("by").asText()).isEqualTo("rita");
        assertThat(audit.get(0).path("note").asText()).isEqualTo("read from the scan");
        assertThat(audit.get(2).path("action").asText()).isEqualTo("accept");
        assertJsonError(rita.get("/api/audit?sha256=../../x"), 400);

        // the corrected value is in the index that `suchi search`, `compare` and `export` read, marked reviewed
        try (ReportSearcher s = new ReportSearcher(fx.dir.resolve("index"))) {
            StoredRow r = s.rows(null, new org.suchi.index.Filters(null, null, null, "Q2", "1.1.1", null, null)).get(0);
            assertThat(r.achievement().asText()).isEqualTo("2025-03-20");
            assertThat(r.row().path("reviewed").toString()).contains("achievement");
        }
        JsonNode hits = rita.get("/api/search?indicator=1.1.1&period=Q2").json().path("hits");
        assertThat(hits.get(0).path("achievement").asText()).isEqualTo("2025-03-20");
        assertThat(hits.get(0).path("reviewed").toString()).contains("achievement");
        String csv = rita.get("/api/export.csv?indicator=1.1.1&period=Q2").text();
        assertThat(csv).contains("2025-03-20").doesNotContain("2024-07-27");
    }

    @Test
    @Order(7)
    void aSecondReviewerSeesTheEarlierChangeAndMustConfirm() throws Exception {
        String item = fx.shas.get(0) + "-1-targets.excellent";
        Http rita = as("rita");
        Http rana = as("rana");
        assertThat(rita.post("/api/review/" + item, Map.of("value", "৪")).status()).isEqualTo(200);
        Http.Res clash = rana.post("/api/review/" + item, Map.of("value", "5"));
        assertJsonError(clash, 409);
        assertThat(clash.json().path("earlier").path("by").asText()).isEqualTo("rita");
        assertThat(clash.json().path("earlier").path("value").asInt()).isEqualTo(4);
        Http.Res confirmed = rana.post("/api/review/" + item, Map.of("value", "5", "confirm", true));
        assertThat(confirmed.status()).isEqualTo(200);
        JsonNode audit = rana.get("/api/audit?sha256=" + fx.shas.get(0)).json();
        List<String> byItem = new ArrayList<>();
        audit.forEach(e -> {
            if (e.path("item").asText().equals(item)) {
                byItem.add(e.path("by").asText() + "=" + e.path("new").asText());
            }
        });
        assertThat(byItem).containsExactly("rita=4", "rana=5");
        assertThat(rana.get("/api/reports/" + fx.shas.get(0)).json().path("rows").get(1).path("targets").path("excellent").asInt())
                .isEqualTo(5);
    }

    @Test
    @Order(8)
    void searchGivesTheSameHitsAsTheSearchCommandWithFacetsPagingAndSort() throws Exception {
        Http ana = as("ana");
        for (String q : List.of("ই-নথি", "তথ্য বাতায়ন", "উদ্ভাবনী", "৫.১.২", "হালনাগাদ")) {
            JsonNode r = ana.get("/api/search?limit=50&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
            List<String> web = new ArrayList<>();
            r.path("hits").forEach(h -> web.add(h.path("sha256").asText() + " " + h.path("indicator").asText()));
            List<String> cli = new ArrayList<>();
            try (ReportSearcher s = new ReportSearcher(fx.dir.resolve("index"))) {
                SearchResult sr = s.search(new SearchRequest(q, null, 50, true, true)); // what `suchi search` runs
                sr.hits().forEach(h -> cli.add(h.row().sha256() + " " + h.row().indicator()));
                assertThat(r.path("total").asLong()).isEqualTo(sr.total());
            }
            assertThat(web).as(q).isNotEmpty().isEqualTo(cli);
        }
        JsonNode r = ana.get("/api/search?q=" + java.net.URLEncoder.encode("হালনাগাদ", StandardCharsets.UTF_8)).json();
        assertThat(r.path("facets").path("office").size()).isEqualTo(2);
        assertThat(r.path("facets").path("period").has("Q3")).isTrue();
        assertThat(r.path("hits").get(0).path("snippet").asText()).contains("«");
        JsonNode q3 = ana.get("/api/search?period=Q3&limit=3&offset=3").json();
        assertThat(q3.path("total").asInt()).isEqualTo(7);
        assertThat(q3.path("hits")).hasSize(3);
        assertThat(q3.path("hits").findValuesAsText("period")).containsOnly("Q3");
        JsonNode byScore = ana.get("/api/search?sort=score&limit=20").json();
        List<Double> scores = new ArrayList<>();
        byScore.path("hits").forEach(h -> { if (h.path("computed_score").isNumber()) scores.add(h.path("computed_score").asDouble()); });
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // input of any length or syntax: an answer, never a stack trace
        Http.Res huge = ana.get("/api/search?q=" + java.net.URLEncoder.encode("ক".repeat(5000), StandardCharsets.UTF_8));
        assertThat(huge.status()).isIn(400, 414);
        assertThat(huge.json().path("message").asText()).isNotBlank();
        assertJsonError(ana.get("/api/search?q=" + "a".repeat(1001)), 400);
        for (String odd : List.of("\"((*?", "AND OR NOT", "[১.১.১", "a~2^3", "/regex/", "*:*", "\\", "%")) {
            Http.Res x = ana.get("/api/search?q=" + java.net.URLEncoder.encode(odd, StandardCharsets.UTF_8));
            assertThat(x.status()).as(odd).isIn(200, 400);
            assertThat(x.type()).startsWith("application/json");
        }
        assertJsonError(ana.get("/api/search?sort=banana"), 400);
        assertJsonError(ana.get("/api/search?limit=100000"), 400);
    }

    @Test
    @Order(9)
    void compareAndExport() throws Exception {
        Http ana = as("ana");
        JsonNode c = ana.get("/api/compare?indicator=" + java.net.URLEncoder.encode("[২.১.১]", StandardCharsets.UTF_8)).json();
        assertThat(c.path("indicator").asText()).isEqualTo("2.1.1");
        assertThat(c.path("lines")).hasSize(2);
        assertThat(c.path("lines").findValuesAsText("office")).hasSize(2).doesNotHaveDuplicates();
        JsonNode words = ana.get("/api/compare?indicator=" + java.net.URLEncoder.encode("তথ্য বাতায়ন", StandardCharsets.UTF_8)).json();
        assertThat(words.path("indicator").asText()).startsWith("5.1.");
        assertJsonError(ana.get("/api/compare"), 400);
        Http.Res csv = ana.get("/api/export.csv?fy=2024-25");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith("\uFEFFfile,sha256,office");
        assertThat(csv.text().lines().count()).isEqualTo(15);
        Http.Res xlsx = ana.get("/api/export.xlsx?indicator=1.1.1");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(java.util.Arrays.copyOf(xlsx.body(), 2)).containsExactly('P', 'K');
        assertThat(ana.get("/api/reports/" + fx.shas.get(0) + "/export?format=csv").text()).contains("1.1.1");
        assertJsonError(ana.get("/api/reports/" + fx.shas.get(0) + "/export?format=doc"), 400);
    }

    @Test
    @Order(10)
    void uploadsAreCheckedBySizeAndContentAndRunAsJobs() throws Exception {
        assertJsonError(as("ana").upload("x.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "application/pdf"), 403);
        Http admin = as("admin");
        assertJsonError(admin.upload("report.pdf", "this is not a pdf at all".getBytes(StandardCharsets.UTF_8), "application/pdf"), 415);
        String big = admin.uploadHead(5_000_000);
        assertThat(big).startsWith("HTTP/1.1 413").contains("application/json").contains("\"message\"");
        // a POST to the upload that is not multipart
        assertJsonError(admin.post("/api/reports", Map.of("file", "x")), 415);
        assertJsonError(admin.upload("../../../etc/evil.pdf", new byte[0], "application/pdf"), 400);
        assertJsonError(admin.get("/api/jobs/no-such-job"), 404);
        // a corrupt PDF: accepted by its signature, the job fails with its cause
        Http.Res bad = admin.upload("broken.pdf", "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF garbage".getBytes(StandardCharsets.UTF_8), "application/pdf");
        assertThat(bad.status()).isEqualTo(202);
        JsonNode failed = waitJob(admin, bad.json().path("job").asText());
        assertThat(failed.path("state").asText()).isEqualTo("failed");
        assertThat(failed.path("cause").asText()).isNotBlank();
        // nothing from the client names a file: uploads are stored under generated names
        try (var s = Files.list(fx.dir.resolve("uploads"))) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))).allMatch(
                    n -> n.matches("[0-9a-f-]{36}\\.(pdf|png|jpg|tif)"));
        }
    }

    static JsonNode waitJob(Http h, String id) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (System.nanoTime() < end) {
            JsonNode j = h.get("/api/jobs/" + id).json();
            String st = j.path("state").asText();
            if (st.equals("done") || st.equals("failed")) {
                return j;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    @Test
    @Order(11)
    void openApiDescribesTheContract() throws Exception {
        Http.Res r = new Http(server.port()).get("/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().path("paths");
        for (String p : List.of("/api/login", "/api/reports/{sha256}", "/api/reports/{sha256}/pages/{n}.png",
                "/api/reports/{sha256}/archive.pdf", "/api/review",
                "/api/review/{id}", "/api/audit", "/api/search", "/api/compare", "/api/reports", "/api/jobs/{id}",
                "/api/export.csv", "/api/export.xlsx")) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        assertThat(new Http(server.port()).get("/search").text()).contains("<html");
    }

    @Test
    @Order(12)
    void aRestartShowsEveryCorrection() throws Exception {
        server.close();
        server = new Server(new Server.Options(fx.dir, List.of(fx.src), "127.0.0.1", 0, 2_000_000,
                Duration.ofMinutes(5)), new PrintStream(log, true, StandardCharsets.UTF_8)).start();
        Http rita = as("rita");
        assertThat(rita.get("/api/reports/" + fx.shas.get(0)).json().path("rows").get(0).path("achievement").asText())
                .isEqualTo("2025-03-20");
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("error ");
    }
}
