package org.suchi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.suchi.bulk.Journal;
import org.suchi.index.ReportFile;
import org.suchi.ingest.DocumentOpener;

/**
 * The reports of a data folder: every report/1 JSON file below DIR (what {@code suchi ingest --out DIR} wrote, and
 * uploads), by sha256, and the original input of each (found through DIR's journal under the source folders given to
 * {@code serve --source}, or in DIR/uploads), checked by its sha256. The JSON files are only read, never rewritten.
 */
public final class ReportStore {
    private static final ObjectMapper JSON = ReportFile.MAPPER;

    private final Path dir;
    private final List<Path> sources;
    private final Map<String, Path> bySha = new ConcurrentHashMap<>();
    private final Map<String, Path> inputs = new ConcurrentHashMap<>();
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(long modified, JsonNode root) {}

    /** A report of the folder, as listed. */
    public record Entry(String sha256, Path json) {}

    public ReportStore(Path dir, List<Path> sources) {
        this.dir = dir.toAbsolutePath().normalize();
        List<Path> s = new ArrayList<>();
        sources.forEach(p -> s.add(p.toAbsolutePath().normalize()));
        s.add(uploads());
        this.sources = List.copyOf(s);
    }

    public Path dir() {
        return dir;
    }

    public Path uploads() {
        return dir.resolve("uploads");
    }

    /** Reads every report JSON below DIR again (skips the index, uploads and dot folders). */
    public synchronized int rescan() throws IOException {
        Map<String, Path> found = new LinkedHashMap<>();
        Path index = dir.resolve("index");
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                if (!d.equals(dir) && (d.equals(index) || d.equals(uploads()) || d.getFileName().toString().startsWith("."))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                String n = f.getFileName().toString();
                if (a.isRegularFile() && n.endsWith(".json") && !n.equals(Users.FILE) && !n.startsWith("_")
                        && !n.startsWith(".") && !n.endsWith(".manifest.json") && !n.endsWith(".layout.json")) {
                    try {
                        JsonNode root = read(f);
                        if ("report/1".equals(root.path("schema").asText())) {
                            String sha = root.path("source").path("sha256").asText("").toLowerCase(java.util.Locale.ROOT);
                            if (sha.matches("[0-9a-f]{64}")) {
                                found.putIfAbsent(sha, f);
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        // not a report: ignored here, `suchi index` names such files
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        bySha.clear();
        bySha.putAll(found);
        return found.size();
    }

    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        bySha.forEach((k, v) -> out.add(new Entry(k, v)));
        out.sort(Comparator.comparing(e -> e.json().toString()));
        return out;
    }

    /** The path of a report's JSON, or empty. */
    public Optional<Path> path(String sha256) {
        return Optional.ofNullable(bySha.get(sha256));
    }

    /** Registers a report written while the server runs (an upload). */
    public void add(String sha256, Path json) {
        bySha.put(sha256, json.toAbsolutePath().normalize());
    }

    /** The report as written by the extractor (no corrections), or empty when unknown. */
    public Optional<JsonNode> original(String sha256) throws IOException {
        Path p = bySha.get(sha256);
        return p == null ? Optional.empty() : Optional.of(read(p));
    }

    private JsonNode read(Path p) throws IOException {
        long m = Files.getLastModifiedTime(p).toMillis();
        Cached c = cache.get(p);
        if (c != null && c.modified == m) {
            return c.root;
        }
        JsonNode root = JSON.readTree(p.toFile());
        if (cache.size() > 256) {
            cache.clear();
        }
        cache.put(p, new Cached(m, root));
        return root;
    }

    /** The original input file (PDF or image) of a report, or empty when it cannot be found. */
    public Optional<Path> input(String sha256) throws IOException {
        Path known = inputs.get(sha256);
        if (known != null && Files.isRegularFile(known)) {
            return Optional.of(known);
        }
        List<String> names = new ArrayList<>();
        for (Path journal : journals()) {
            try (BufferedReader r = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    try {
                        Journal.Done d = JSON.readValue(line, Journal.Done.class);
                        if (sha256.equals(d.sha256()) && d.input() != null) {
                            names.add(d.input());
                        }
                    } catch (IOException e) {
                        // a torn last line after a crash
                    }
                }
            }
        }
        original(sha256).ifPresent(r -> {
            String f = r.path("source").path("file").asText("");
            if (!f.isEmpty()) {
                names.add(f);
            }
        });
        for (String name : names) {
            for (Path src : sources) {
                for (Path cand : new Path[] {src.resolve(name), src.getParent() == null ? null : src.getParent().resolve(name),
                        Files.isRegularFile(src) ? src : null}) {
                    if (cand != null && cand.normalize().startsWith(cand.getRoot()) && Files.isRegularFile(cand)
                            && sha256.equals(DocumentOpener.sha256(cand))) {
                        inputs.put(sha256, cand);
                        return Optional.of(cand);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private List<Path> journals() throws IOException {
        List<Path> out = new ArrayList<>();
        try (var s = Files.walk(dir, 3)) {
            s.filter(p -> p.getFileName().toString().equals(Journal.DONE_FILE)).forEach(out::add);
        }
        return out;
    }
}
