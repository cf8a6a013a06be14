package org.suchi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.suchi.index.Comparison;
import org.suchi.index.Exporter;
import org.suchi.index.Filters;
import org.suchi.index.ReportSearcher;
import org.suchi.index.SearchRequest;
import org.suchi.index.SearchResult;
import org.suchi.index.StoredRow;
import org.suchi.ingest.InputFormat;

/**
 * The web application of a data folder: the pages (review queue, document view, search, report, comparison, upload)
 * and the REST API of issues 13 and 14 (published at {@code /openapi.json}). Every error answer is JSON with a
 * {@code message}; a bug answers 500 with an id that the server's log names beside the stack trace.
 */
public final class Server implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String COOKIE = "suchi_session";
    static final Duration SESSION = Duration.ofHours(12);
    private static final Pattern PAGE = Pattern.compile("(\\d{1,5})\\.png");
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_QUERY = 1000;
    private static final int SCORE_POOL = 200;

    /** Applies the review events of a report to its JSON. */
    public interface Corrector {
        JsonNode corrected(String sha256, JsonNode original) throws IOException;
    }

    /** How the server is set up. */
    public record Options(Path dataDir, List<Path> sources, String host, int port, long uploadLimit,
                          Duration jobTimeout) {}

    private final Options options;
    private final ReportStore store;
    private final ReviewDb db;
    private final Users users;
    private final IndexService index;
    private final PageImages pages = new PageImages();
    private final ReviewQueue queue = new ReviewQueue();
    private final Jobs jobs;
    private final PrintStream log;
    private Javalin app;

    public Server(Options options, PrintStream log) throws IOException, SQLException {
        this.options = options;
        this.log = log;
        Path dir = options.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dir);
        this.store = new ReportStore(dir, options.sources());
        Files.createDirectories(store.uploads());
        this.db = new ReviewDb(dir);
        this.users = new Users(dir);
        this.index = new IndexService(dir.resolve("index"));
        this.jobs = new Jobs(store, index, this::corrected, options.jobTimeout());
    }

    /** Scans DIR, brings the index up to date with every review event, and starts listening. */
    public Server start() throws IOException, SQLException {
        int n = store.rescan();
        List<JsonNode> reviewed = new ArrayList<>();
        for (String sha : db.reviewedReports()) {
            Optional<JsonNode> r = store.original(sha);
            if (r.isPresent()) {
                reviewed.add(corrected(sha, r.get()));
            }
        }
        if (!reviewed.isEmpty()) {
            index.put(reviewed); // a server killed between an event and its index commit loses nothing
        }
        app = Javalin.create(cfg -> {
            cfg.jetty.host = options.host();
            cfg.jetty.port = options.port();
            cfg.http.maxRequestSize = 1_000_000;
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.enableWebjars();
            cfg.jetty.multipartConfig.cacheDirectory(store.uploads().resolve(".parts").toString());
            cfg.jetty.multipartConfig.maxFileSize(options.uploadLimit(), io.javalin.config.SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(options.uploadLimit() + 1_000_000, io.javalin.config.SizeUnit.BYTES);
            cfg.jetty.modifyServer(s -> s.setErrorHandler(new JsonErrorHandler()));
            cfg.router.javaLangErrorHandler((res, error) -> {
                String id = UUID.randomUUID().toString().substring(0, 8);
                log.println("error " + id + ":");
                error.printStackTrace(log);
                try {
                    res.setStatus(500);
                    res.setContentType("application/json; charset=utf-8");
                    res.getOutputStream().write(JSON.writeValueAsBytes(message(500, "internal error " + id
                            + " (the server's log has the details)")));
                } catch (IOException e) {
                    // the client is gone
                }
            });
            routes(cfg.routes);
        });
        app.start();
        log.printf("suchi serve: %d report(s) in %s; http://%s:%d/%n", n, store.dir(), options.host(), app.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    JsonNode corrected(String sha, JsonNode original) throws IOException {
        try {
            return Corrections.apply(original, db.events(sha));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ routes

    private void routes(io.javalin.config.RoutesConfig r) {
        r.exception(ApiError.class, (e, ctx) -> {
            ObjectNode n = JSON.createObjectNode().put("message", e.getMessage()).put("status", e.status());
            if (e.extra() != null) {
                n.set("earlier", JSON.valueToTree(e.extra()));
            }
            send(ctx, e.status(), n);
        });
        r.exception(Exception.class, (e, ctx) -> {
            if (isTooLarge(e)) {
                send(ctx, 413, message(413, "the upload is larger than " + options.uploadLimit() + " bytes"));
                return;
            }
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.println("error " + id + " on " + ctx.method() + " " + ctx.path() + ":");
            e.printStackTrace(log);
            send(ctx, 500, message(500, "internal error " + id + " (the server's log has the details)"));
        });
        for (int code : new int[] {400, 401, 403, 404, 405, 413, 415, 500}) {
            r.error(code, "*", ctx -> {
                if (ctx.attribute("answered") == null) {
                    send(ctx, code, message(code, defaultMessage(code, ctx)));
                }
            });
        }
        r.before(this::guard);

        // pages
        r.get("/", ctx -> ctx.redirect("/search"));
        for (String p : List.of("login", "review", "doc", "search", "report", "compare", "upload")) {
            r.get("/" + p, ctx -> page(ctx, p));
        }
        r.get("/static/{file}", this::asset);
        r.get("/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));

        // sign-in
        r.post("/api/login", this::login);
        r.post("/api/logout", ctx -> {
            String t = ctx.cookie(COOKIE);
            if (t != null) {
                db.endSession(t);
            }
            ctx.header("Set-Cookie", cookie(ctx, "", 0));
            send(ctx, 200, JSON.createObjectNode().put("ok", true));
        });
        r.get("/api/me", ctx -> {
            ReviewDb.Session s = user(ctx);
            send(ctx, 200, JSON.createObjectNode().put("user", s.user()).put("role", s.role().id())
                    .put("may_correct", s.role().mayCorrect()));
        });

        // reports and review (issue 13)
        r.get("/api/reports", this::listReports);
        r.get("/api/reports/{sha}", this::report);
        r.get("/api/reports/{sha}/pages/{page}", this::pageImage);
        r.get("/api/reports/{sha}/assessment", this::assessment);
        r.get("/api/reports/{sha}/export", this::reportExport);
        r.get("/api/reports/{sha}/archive.pdf", this::archivePdf);
        r.post("/api/reports", this::upload);
        r.get("/api/jobs/{id}", this::job);
        r.get("/api/review", this::queue);
        r.post("/api/review/{id}", this::review);
        r.get("/api/audit", this::audit);

        // analysts (issue 14)
        r.get("/api/search", this::search);
        r.get("/api/compare", this::compare);
        r.get("/api/export.csv", ctx -> export(ctx, Exporter.Format.CSV));
        r.get("/api/export.xlsx", ctx -> export(ctx, Exporter.Format.XLSX));
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t.getClass().getSimpleName().contains("SizeLimit") || m.contains("exceeds") || m.contains("too large")
                    || m.contains("max file size") || m.contains("maxfilesize") || m.contains("413")) {
                return true;
            }
        }
        return false;
    }

    private static String defaultMessage(int code, Context ctx) {
        return switch (code) {
            case 404 -> "not found: " + ctx.path();
            case 405 -> "method " + ctx.method() + " not allowed on " + ctx.path();
            case 401 -> "sign in first (POST /api/login)";
            case 403 -> "not allowed";
            case 413 -> "the request is too large";
            case 415 -> "unsupported content type";
            case 400 -> "bad request";
            default -> "internal error";
        };
    }

    static ObjectNode message(int status, String m) {
        return JSON.createObjectNode().put("message", m).put("status", status);
    }

    static void send(Context ctx, int status, Object body) {
        try {
            ctx.attribute("answered", Boolean.TRUE);
            ctx.status(status).contentType("application/json; charset=utf-8").header("Cache-Control", "no-store")
                    .result(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ security

    /** Every request: signed-in user for /api (but login), JSON-only POSTs, no cross-site POSTs, no traversal. */
    private void guard(Context ctx) throws SQLException {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        String raw = ctx.req().getRequestURI();
        String lower = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
        if (lower.contains("..") || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")
                || lower.contains("\\")) {
            throw new ApiError(400, "a path may not contain .. or encoded separators");
        }
        String path = ctx.path();
        if ("POST".equals(ctx.method().name())) {
            String origin = ctx.header("Origin");
            String host = ctx.header("Host");
            if (origin != null && !origin.equals("null") && host != null
                    && !origin.replaceFirst("^https?://", "").equalsIgnoreCase(host)) {
                throw new ApiError(403, "cross-site request refused (Origin " + origin + " is not this server)");
            }
            if ("null".equals(origin) || "cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
                throw new ApiError(403, "cross-site request refused");
            }
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
            if (path.equals("/api/reports")) {
                if (!type.startsWith("multipart/form-data")) {
                    throw new ApiError(415, "an upload is multipart/form-data with a part named file");
                }
            } else if (!type.startsWith("application/json")) {
                throw new ApiError(415, "POST bodies must be Content-Type: application/json");
            }
        }
        if (path.startsWith("/api/") && !path.equals("/api/login")) {
            Optional<ReviewDb.Session> s = db.session(ctx.cookie(COOKIE));
            if (s.isEmpty()) {
                throw new ApiError(401, "sign in first (POST /api/login with {\"user\": …, \"password\": …})");
            }
            ctx.attribute("session", s.get());
        }
    }

    private static ReviewDb.Session user(Context ctx) {
        ReviewDb.Session s = ctx.attribute("session");
        if (s == null) {
            throw new ApiError(401, "sign in first");
        }
        return s;
    }

    private static ReviewDb.Session corrector(Context ctx) {
        ReviewDb.Session s = user(ctx);
        if (!s.role().mayCorrect()) {
            throw new ApiError(403, s.user() + " is an analyst: only reviewers and admins may change or upload");
        }
        return s;
    }

    private void login(Context ctx) throws IOException, SQLException {
        JsonNode body = body(ctx);
        String name = body.path("user").asText(null);
        String password = body.path("password").asText(null);
        Optional<Users.User> u = users.check(name, password);
        if (u.isEmpty()) {
            throw new ApiError(401, "wrong user name or password");
        }
        String token = db.newSession(u.get().name(), u.get().role(), SESSION);
        ctx.header("Set-Cookie", cookie(ctx, token, SESSION.toSeconds()));
        send(ctx, 200, JSON.createObjectNode().put("user", u.get().name()).put("role", u.get().role().id()));
    }

    /** HttpOnly, SameSite=Strict; Secure only when the request came over HTTPS (plain HTTP on localhost cannot). */
    private static String cookie(Context ctx, String value, long maxAge) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(String.valueOf(ctx.header("X-Forwarded-Proto")));
        return COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict" + (https ? "; Secure" : "");
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = JSON.readTree(ctx.bodyAsBytes());
            if (n == null || !n.isObject()) {
                throw new ApiError(400, "the body must be a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new ApiError(400, "the body is not valid JSON");
        }
    }

    // ------------------------------------------------------------------------------------------ pages

    private void page(Context ctx, String name) throws IOException {
        resource(ctx, name + ".html", "text/html; charset=utf-8");
    }

    private void asset(Context ctx) throws IOException {
        String f = ctx.pathParam("file");
        if (!f.matches("[a-z][a-z0-9-]{0,40}\\.(js|css|svg)")) {
            throw new ApiError(404, "no such file: " + f);
        }
        String type = f.endsWith(".js") ? "text/javascript; charset=utf-8"
                : f.endsWith(".css") ? "text/css; charset=utf-8" : "image/svg+xml";
        resource(ctx, f, type);
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = Server.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new ApiError(404, "no such page: " + name);
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    // ------------------------------------------------------------------------------------------ reports

    private static String sha(Context ctx) {
        String s = ctx.pathParam("sha").toLowerCase(Locale.ROOT);
        if (!SHA.matcher(s).matches()) {
            throw new ApiError(400, "a report is named by its sha256: 64 hex digits");
        }
        return s;
    }

    private JsonNode correctedReport(String sha) throws IOException {
        Optional<JsonNode> r = store.original(sha);
        if (r.isEmpty()) {
            store.rescan();
            r = store.original(sha);
        }
        if (r.isEmpty()) {
            throw new ApiError(404, "no report with sha256 " + sha + " in " + store.dir().getFileName());
        }
        return corrected(sha, r.get());
    }

    private void listReports(Context ctx) throws IOException, SQLException {
        ArrayNode out = JSON.createArrayNode();
        java.util.Set<String> settled = db.settledItems();
        for (ReportStore.Entry e : store.entries()) {
            JsonNode r = store.original(e.sha256()).orElse(null);
            if (r == null) {
                continue;
            }
            JsonNode d = r.path("document");
            out.addObject().put("sha256", e.sha256()).put("file", r.path("source").path("file").asText(null))
                    .put("office", d.path("office").asText(null)).put("fiscal_year", d.path("fiscal_year").asText(null))
                    .put("period", d.path("period").asText(null)).put("pages", r.path("source").path("pages").asInt())
                    .put("rows", r.path("rows").size()).put("warnings", r.path("warnings").size())
                    .put("open", queue.open(store, e, settled).size());
        }
        send(ctx, 200, out);
    }

    private void report(Context ctx) throws IOException {
        send(ctx, 200, correctedReport(sha(ctx)));
    }

    private void pageImage(Context ctx) throws IOException {
        String sha = sha(ctx);
        Matcher m = PAGE.matcher(ctx.pathParam("page"));
        if (!m.matches()) {
            throw new ApiError(404, "pages are named N.png");
        }
        int dpi = intParam(ctx, "dpi", 100, 72, 300);
        correctedReport(sha); // 404 for an unknown report
        Path input = store.input(sha).orElseThrow(() -> new ApiError(404,
                "the original input of " + sha + " is not found (start serve with --source FOLDER where it was ingested from)"));
        byte[] png;
        try {
            png = pages.png(input, sha, Integer.parseInt(m.group(1)), dpi);
        } catch (IllegalArgumentException e) {
            throw new ApiError(404, e.getMessage());
        }
        ctx.contentType("image/png").header("Cache-Control", "private, max-age=3600").result(png);
    }

    /** The archive copy {@code ingest --pdf} wrote beside the report's JSON ({@code NAME.pdf}), or empty. */
    private Optional<Path> archive(String sha) throws IOException {
        correctedReport(sha); // 404 for an unknown report
        Optional<Path> json = store.path(sha);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        String name = json.get().getFileName().toString();
        Path pdf = json.get().resolveSibling(name.endsWith(".json") ? name.substring(0, name.length() - 5) + ".pdf" : name + ".pdf");
        if (!Files.isRegularFile(pdf)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(pdf)) {
            byte[] head = in.readNBytes(5);
            if (!new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return Optional.empty();
            }
        }
        return Optional.of(pdf);
    }

    private void archivePdf(Context ctx) throws IOException {
        String sha = sha(ctx);
        Path pdf = archive(sha).orElseThrow(() -> new ApiError(404, "no archive PDF for " + sha
                + " (write one with ./suchi ingest SRC --out " + store.dir().getFileName() + " --pdf)"));
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + pdf.getFileName().toString().replaceAll("[^\\w.-]", "_") + "\"")
                .result(Files.newInputStream(pdf));
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new ApiError(400, name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiError(400, name + " must be a whole number");
        }
    }

    private List<StoredRow> indexRows(String sha) throws IOException {
        ReportSearcher s = index.searcher();
        List<StoredRow> rows = new ArrayList<>();
        if (s == null) {
            return rows;
        }
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(org.suchi.index.Fields.SHA256, sha)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(org.suchi.index.Fields.TYPE, org.suchi.index.Fields.ROW)), BooleanClause.Occur.FILTER)
                .build();
        s.forEachRow(q, rows::add);
        rows.sort(Comparator.comparingInt(StoredRow::order));
        return rows;
    }

    private void assessment(Context ctx) throws IOException {
        String sha = sha(ctx);
        correctedReport(sha);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode rows = out.putArray("rows");
        double total = 0;
        double weights = 0;
        for (StoredRow r : indexRows(sha)) {
            rows.addObject().put("row", r.order()).put("indicator", r.indicator()).put("level", r.level())
                    .putPOJO("score", r.score());
            if (r.score() != null) {
                total += r.score();
            }
            JsonNode w = r.row().get("weight");
            if (w != null && w.isNumber()) {
                weights += w.asDouble();
            }
        }
        out.put("indexed", !rows.isEmpty());
        out.put("archive_pdf", archive(sha).isPresent());
        out.put("total", Math.round(total * 100) / 100.0);
        out.put("weights", weights);
        send(ctx, 200, out);
    }

    private void reportExport(Context ctx) throws IOException {
        String sha = sha(ctx);
        correctedReport(sha);
        Exporter.Format f = format(ctx.queryParam("format"));
        sendExport(ctx, indexRows(sha), f, sha.substring(0, 12));
    }

    private static Exporter.Format format(String s) {
        try {
            return Exporter.Format.parse(s == null ? "csv" : s);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
    }

    private void sendExport(Context ctx, List<StoredRow> rows, Exporter.Format f, String name) throws IOException {
        Path tmp = Files.createTempFile("suchi-export", f == Exporter.Format.CSV ? ".csv" : ".xlsx");
        try {
            Exporter.write(rows, f, tmp);
            ctx.contentType(f == Exporter.Format.CSV ? "text/csv; charset=utf-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ctx.header("Content-Disposition", "attachment; filename=\"suchi-" + name + (f == Exporter.Format.CSV ? ".csv\"" : ".xlsx\""));
            ctx.result(Files.readAllBytes(tmp));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ------------------------------------------------------------------------------------------ uploads

    private void upload(Context ctx) throws IOException {
        ReviewDb.Session s = corrector(ctx);
        long len = ctx.contentLength();
        if (len > options.uploadLimit() + 65_536L) {
            throw new ApiError(413, "the upload is larger than " + options.uploadLimit() + " bytes");
        }
        UploadedFile f;
        try {
            f = ctx.uploadedFile("file");
        } catch (RuntimeException e) {
            if (isTooLarge(e)) {
                throw new ApiError(413, "the upload is larger than " + options.uploadLimit() + " bytes");
            }
            throw new ApiError(400, "not a readable multipart upload");
        }
        if (f == null) {
            throw new ApiError(400, "no part named file in the upload");
        }
        if (f.size() > options.uploadLimit()) {
            throw new ApiError(413, "the upload is larger than " + options.uploadLimit() + " bytes");
        }
        if (f.size() == 0) {
            throw new ApiError(400, "the uploaded file is empty");
        }
        Path tmp = Files.createTempFile(store.uploads(), ".upload", ".part");
        try {
            try (InputStream in = f.content()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(tmp)) {
                head = in.readNBytes(1024);
            }
            InputFormat fmt = InputFormat.sniff(head);
            if (fmt == null) {
                throw new ApiError(415, "not a PDF, PNG, JPEG or TIFF file (judged by its content, not its name)");
            }
            String ext = switch (fmt) {
                case PDF -> "pdf";
                case PNG -> "png";
                case JPEG -> "jpg";
                case TIFF -> "tif";
            };
            Path stored = store.uploads().resolve(UUID.randomUUID() + "." + ext);
            Files.move(tmp, stored, StandardCopyOption.ATOMIC_MOVE);
            String shown = f.filename() == null ? "upload" : f.filename().replaceAll("[\\p{Cntrl}/\\\\]", "_");
            if (shown.length() > 200) {
                shown = shown.substring(0, 200);
            }
            Jobs.Job job = jobs.submit(stored, shown);
            log.printf("upload by %s: %s stored as %s, job %s%n", s.user(), shown, stored.getFileName(), job.id);
            send(ctx, 202, JSON.createObjectNode().put("job", job.id));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void job(Context ctx) {
        Jobs.Job j = jobs.get(ctx.pathParam("id"));
        if (j == null) {
            throw new ApiError(404, "no such job");
        }
        ObjectNode n = JSON.createObjectNode().put("id", j.id).put("name", j.name).put("state", j.state)
                .put("pages_done", Math.min(j.pagesDone.get(), j.pages)).put("pages", j.pages)
                .put("sha256", "done".equals(j.state) ? j.sha256 : null).put("cause", j.cause);
        if (j.warnings != null) {
            n.put("warnings", j.warnings);
        }
        if (j.started != null && j.pagesDone.get() > 0 && "running".equals(j.state)) {
            double perPage = Duration.between(j.started, Instant.now()).toMillis() / (double) j.pagesDone.get();
            n.put("eta_seconds", Math.round(perPage * Math.max(0, j.pages - j.pagesDone.get()) / 1000.0));
        }
        send(ctx, 200, n);
    }

    // ------------------------------------------------------------------------------------------ review

    private void queue(Context ctx) throws IOException, SQLException {
        int limit = intParam(ctx, "limit", 50, 0, 10_000);
        String only = ctx.queryParam("sha256");
        List<ReviewQueue.Item> all = queue.all(store, db);
        if (only != null && !only.isBlank()) {
            all = all.stream().filter(i -> i.sha256().equals(only.strip().toLowerCase(Locale.ROOT))).toList();
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("total", all.size());
        ArrayNode items = out.putArray("items");
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        for (ReviewQueue.Item i : all.subList(0, Math.min(limit, all.size()))) {
            JsonNode report = reports.computeIfAbsent(i.sha256(), k -> {
                try {
                    return correctedReport(k);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            ObjectNode n = items.addObject();
            n.put("id", i.id()).put("sha256", i.sha256()).put("file", i.file());
            if (i.page() == null) {
                n.putNull("page");
            } else {
                n.put("page", i.page());
            }
            n.put("indicator", i.indicator()).put("field", i.field()).put("value", i.value());
            n.set("box", i.box());
            n.put("reason", i.reason());
            n.putPOJO("confidence", i.confidence());
            n.set("current", i.current());
            JsonNode doc = report.path("document");
            n.put("office", doc.path("office").asText(null)).put("fiscal_year", doc.path("fiscal_year").asText(null))
                    .put("period", doc.path("period").asText(null));
            if (i.row() != null) {
                n.put("row", i.row());
                JsonNode row = report.path("rows").path(i.row());
                n.put("unit", row.path("unit").asText(null));
                ObjectNode values = n.putObject("row_values");
                for (String f : FieldPaths.ROW_FIXED) {
                    values.set(f, FieldPaths.get(row, f));
                }
                row.path("targets").fields().forEachRemaining(e -> values.set("targets." + e.getKey(), e.getValue()));
                ObjectNode plan = n.putObject("plan");
                plan.set("area", FieldPaths.get(row, "area.text"));
                plan.set("activity", FieldPaths.get(row, "activity.text"));
                plan.set("indicator", FieldPaths.get(row, "indicator.text"));
                n.set("levels", report.path("levels"));
            }
        }
        send(ctx, 200, out);
    }

    private void review(Context ctx) throws IOException, SQLException {
        ReviewDb.Session s = corrector(ctx);
        ReviewQueue.Id id = ReviewQueue.parseId(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiError(404, "no such review item: " + ctx.pathParam("id")));
        JsonNode body = body(ctx);
        JsonNode report = correctedReport(id.sha256());
        JsonNode holder;
        String indicator = null;
        String unit = null;
        if (id.row() == null) {
            holder = report.path("document");
        } else {
            holder = report.path("rows").path(id.row());
            if (holder.isMissingNode()) {
                throw new ApiError(404, "the report has no row " + id.row());
            }
            indicator = holder.path("indicator").path("code").asText(null);
            unit = holder.path("unit").asText(null);
        }
        String fy = report.path("document").path("fiscal_year").asText(null);
        JsonNode current = FieldPaths.get(holder, id.field());
        String note = body.path("note").isTextual() ? body.get("note").asText() : null;
        if (note != null && note.length() > 2000) {
            throw new ApiError(400, "a note has at most 2000 characters");
        }
        boolean accept = body.path("accept").asBoolean(false);
        JsonNode value;
        String typed = null;
        String doubt = null;
        if (accept) {
            value = current;
        } else {
            JsonNode v = body.get("value");
            if (v == null) {
                throw new ApiError(400, "send {\"value\": \"…\"} to correct or {\"accept\": true} to accept");
            }
            typed = v.isNull() ? "" : v.asText();
            if (typed.length() > 2000) {
                throw new ApiError(400, "a value has at most 2000 characters");
            }
            try {
                ValueParser.Value parsed = ValueParser.parse(id.field(), id.row() == null,
                        id.field().equals("unit") ? null : unit, fy, typed);
                value = parsed.value();
                doubt = parsed.doubt();
            } catch (ValueParser.Refused e) {
                throw new ApiError(400, id.field() + ": " + e.getMessage());
            }
        }
        String item = ReviewQueue.id(id.sha256(), id.row(), id.field());
        synchronized (this) {
            List<ReviewDb.Event> earlier = db.itemEvents(item);
            if (!earlier.isEmpty() && !body.path("confirm").asBoolean(false)) {
                ReviewDb.Event last = earlier.get(earlier.size() - 1);
                if (!s.user().equals(last.user()) || body.has("seen") && body.get("seen").asLong() != last.id()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("id", last.id());
                    e.put("by", last.user());
                    e.put("at", last.at());
                    e.put("action", last.action());
                    e.put("value", last.newValue());
                    throw new ApiError(409, last.user() + " already " + (last.action().equals("accept") ? "accepted" : "corrected")
                            + " this value (" + FieldPaths.text(last.newValue()) + ") at " + last.at()
                            + "; send \"confirm\": true to replace it", e);
                }
            }
            String action = value.equals(current) ? "accept" : "correct";
            ReviewDb.Event ev = db.append(item, id.sha256(), id.row(), indicator, id.field(), action, current, value, typed,
                    note, s.user());
            JsonNode fresh = correctedReport(id.sha256());
            index.put(List.of(fresh));
            ObjectNode out = JSON.createObjectNode();
            out.put("id", item).put("event", ev.id()).put("action", action).put("by", s.user()).put("at", ev.at());
            out.set("old", current);
            out.set("value", value);
            if (doubt != null) {
                out.put("doubt", doubt);
            }
            send(ctx, 200, out);
        }
    }

    private void audit(Context ctx) throws SQLException {
        String sha = ctx.queryParam("sha256");
        if (sha == null || !SHA.matcher(sha.strip().toLowerCase(Locale.ROOT)).matches()) {
            throw new ApiError(400, "audit?sha256= needs a report's sha256 (64 hex digits)");
        }
        ArrayNode out = JSON.createArrayNode();
        for (ReviewDb.Event e : db.events(sha.strip().toLowerCase(Locale.ROOT))) {
            ObjectNode n = out.addObject();
            n.put("id", e.id()).put("item", e.item()).put("sha256", e.sha256());
            if (e.row() == null) {
                n.putNull("row");
            } else {
                n.put("row", e.row());
            }
            n.put("indicator", e.indicator()).put("field", e.field()).put("action", e.action());
            n.set("old", e.oldValue());
            n.set("new", e.newValue());
            n.put("typed", e.typed()).put("note", e.note()).put("by", e.user()).put("at", e.at());
        }
        send(ctx, 200, out);
    }

    // ------------------------------------------------------------------------------------------ search

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > MAX_QUERY) {
            throw new ApiError(400, name + " is longer than " + MAX_QUERY + " characters");
        }
        return v == null || v.isBlank() ? null : v;
    }

    private static Filters filters(Context ctx) {
        return new Filters(param(ctx, "office"), param(ctx, "ministry"), param(ctx, "fy"), param(ctx, "period"),
                param(ctx, "indicator"), param(ctx, "unit"), param(ctx, "level"));
    }

    private void search(Context ctx) throws IOException {
        String q = param(ctx, "q");
        Filters f = filters(ctx);
        int limit = intParam(ctx, "limit", 20, 0, 200);
        int offset = intParam(ctx, "offset", 0, 0, 10_000);
        String sort = ctx.queryParam("sort") == null ? "relevance" : ctx.queryParam("sort");
        if (!sort.equals("relevance") && !sort.equals("score")) {
            throw new ApiError(400, "sort is relevance or score");
        }
        boolean facets = !"false".equals(ctx.queryParam("facets"));
        boolean fuzzy = !"false".equals(ctx.queryParam("fuzzy"));
        ReportSearcher s = index.searcher();
        if (s == null) {
            throw new ApiError(404, "no index yet in " + store.dir().getFileName() + "/index (run suchi ingest --index, or upload)");
        }
        // sort=score orders the SCORE_POOL most relevant hits (at least the page asked for) by their computed score:
        // every hit carries a snippet, so the pool is bounded
        SearchRequest req = new SearchRequest(q, f, sort.equals("score") ? Math.max(SCORE_POOL, offset + limit) : offset + limit,
                facets, fuzzy);
        SearchResult r;
        long exact;
        try {
            r = s.search(req);
            exact = q == null || !fuzzy ? r.total() : s.searcher().count(ReportSearcher.query(req.withFuzzy(false)));
        } catch (RuntimeException e) {
            throw new ApiError(400, "the query cannot be run: " + e.getMessage());
        }
        List<SearchResult.Hit> hits = new ArrayList<>(r.hits());
        if (sort.equals("score")) {
            hits.sort(Comparator.comparing((SearchResult.Hit h) -> h.row().score(), Comparator.nullsLast(Comparator.reverseOrder())));
        }
        hits = hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size()));
        ObjectNode out = JSON.createObjectNode();
        out.put("total", r.total()).put("total_exact", r.totalExact()).put("exact_hits", exact)
                .put("offset", offset).put("limit", limit).put("sort", sort);
        ArrayNode arr = out.putArray("hits");
        for (SearchResult.Hit h : hits) {
            StoredRow row = h.row();
            ObjectNode n = arr.addObject();
            n.put("sha256", row.sha256()).put("file", row.file()).put("office", row.office())
                    .put("ministry", row.ministry()).put("fiscal_year", row.fiscalYear()).put("period", row.period())
                    .put("indicator", row.indicator()).put("text", row.indicatorText()).put("progress", row.progress())
                    .put("unit", row.unit());
            n.set("targets", row.targets());
            n.set("achievement", row.achievement());
            n.put("level", row.level()).putPOJO("computed_score", row.score()).put("score", h.relevance())
                    .put("snippet", h.snippet()).put("row", row.order());
            n.set("reviewed", row.row().path("reviewed").isArray() ? row.row().get("reviewed") : JSON.createArrayNode());
        }
        ObjectNode fac = out.putObject("facets");
        r.facets().forEach((dim, counts) -> {
            ObjectNode d = fac.putObject(dim);
            counts.forEach(c -> d.put(c.value(), c.count()));
        });
        send(ctx, 200, out);
    }

    private void compare(Context ctx) throws IOException {
        String ind = param(ctx, "indicator");
        if (ind == null) {
            throw new ApiError(400, "compare needs indicator= (a code like 1.1.1, or words of its text)");
        }
        ReportSearcher s = index.searcher();
        if (s == null) {
            throw new ApiError(404, "no index yet");
        }
        Filters f = filters(ctx);
        String code = Filters.NONE.withIndicator(ind).indicator();
        if (code == null || !code.matches("\\d+(\\.\\d+)*")) {
            SearchResult hit = s.search(new SearchRequest(ind, new Filters(f.office(), f.ministry(), f.fiscalYear(),
                    null, null, null, null), 1, false, true));
            if (hit.hits().isEmpty()) {
                throw new ApiError(404, "no indicator matches \"" + ind + "\"");
            }
            code = hit.hits().get(0).row().indicator();
        }
        Filters cf = new Filters(f.office(), f.ministry(), f.fiscalYear(), null, code, null, null);
        List<Comparison.Line> lines = Comparison.lines(s, cf);
        ObjectNode out = JSON.createObjectNode();
        out.put("indicator", code);
        List<StoredRow> rows = s.rows(null, cf);
        rows.stream().findFirst().ifPresent(r0 -> {
            out.put("text", r0.indicatorText());
            out.set("levels", r0.levels());
        });
        ArrayNode arr = out.putArray("lines");
        for (Comparison.Line l : lines) {
            ObjectNode n = arr.addObject();
            n.put("office", l.office()).put("fiscal_year", l.fiscalYear()).put("period", l.period())
                    .put("indicator", code).put("unit", l.unit());
            n.set("targets", l.targets());
            n.set("achievement", l.achievement());
            n.put("level", l.level()).putPOJO("score", l.score()).put("file", l.file());
            boolean reviewed = rows.stream().anyMatch(r -> java.util.Objects.equals(r.file(), l.file())
                    && r.row().path("reviewed").size() > 0);
            n.put("reviewed", reviewed);
        }
        ArrayNode trends = out.putArray("trends");
        for (Comparison.Trend t : Comparison.trends(lines)) {
            ObjectNode n = trends.addObject().put("office", t.office()).put("direction", t.direction());
            ArrayNode pts = n.putArray("points");
            t.points().forEach(p -> pts.addObject().put("fiscal_year", p.fiscalYear()).put("period", p.period())
                    .putPOJO("score", p.score()));
        }
        send(ctx, 200, out);
    }

    private void export(Context ctx, Exporter.Format f) throws IOException {
        ReportSearcher s = index.searcher();
        if (s == null) {
            throw new ApiError(404, "no index yet");
        }
        List<StoredRow> rows;
        try {
            rows = s.rows(param(ctx, "q"), filters(ctx));
        } catch (RuntimeException e) {
            throw new ApiError(400, "the query cannot be run: " + e.getMessage());
        }
        rows = new ArrayList<>(rows);
        rows.sort(Comparator.comparing(StoredRow::file, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(StoredRow::order));
        sendExport(ctx, rows, f, "export");
    }

    @Override
    public void close() throws Exception {
        if (app != null) {
            app.stop();
        }
        jobs.close();
        index.close();
        db.close();
    }
}
