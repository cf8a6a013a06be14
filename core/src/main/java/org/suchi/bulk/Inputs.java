package org.suchi.bulk;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The files under the sources, and where each one's report goes. The output folder mirrors each
 * source folder: {@code SRC/a/b/r.pdf} gives {@code OUT/a/b/r.json}. With several sources each
 * folder source gets its own subfolder named after it ({@code OUT/SRCNAME/a/b/r.json}); a file given
 * by name goes to {@code OUT/r.json}. Files of one folder with the same name but another extension
 * ({@code r.pdf}, {@code r.png}) give {@code r.pdf.json} and {@code r.png.json}; any clash left gets a
 * numbered suffix ({@code r-2.json}), in sorted order, so names are the same on every run over the
 * same files.
 */
public final class Inputs {
    /** Extensions of the report files picked up in folders (files named on the command line are always tried). */
    public static final Set<String> EXTENSIONS = Set.of("pdf", "png", "jpg", "jpeg", "tif", "tiff");

    private Inputs() {}

    /**
     * @param files      the inputs in a stable order (a FIFO, device or dangling link named like a report
     *                   file is one: it is refused, and counted, when its turn comes)
     * @param ignored    files in the folders that are not report files by their extension
     * @param unreadable folders (or entries) that could not be listed, with the reason
     */
    public record Found(List<InputFile> files, int ignored, Map<Path, String> unreadable) {
        public Found(List<InputFile> files, int ignored) {
            this(files, ignored, Map.of());
        }
    }

    public static Found find(List<Path> sources, Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        List<String[]> raw = new ArrayList<>(); // {path relative to its source, the same with the source prefix}
        List<Path> paths = new ArrayList<>();
        int ignored = 0;
        Map<Path, String> unreadable = new LinkedHashMap<>();
        Map<String, Integer> prefixes = new HashMap<>();
        for (Path src : sources) {
            if (Files.isDirectory(src)) {
                String prefix = "";
                if (sources.size() > 1) {
                    String name = src.toAbsolutePath().normalize().getFileName() == null ? "root"
                            : src.toAbsolutePath().normalize().getFileName().toString();
                    int n = prefixes.merge(name, 1, Integer::sum);
                    prefix = (n > 1 ? name + "-" + n : name) + "/";
                }
                List<Path> found = walk(src, out, unreadable);
                for (Path f : found) {
                    if (!EXTENSIONS.contains(extension(f))) {
                        ignored++;
                        continue;
                    }
                    String key = slashes(src.relativize(f));
                    paths.add(f);
                    raw.add(new String[] {key, prefix + key});
                }
            } else {
                paths.add(src);
                String name = src.getFileName().toString();
                raw.add(new String[] {name, name});
            }
        }
        return new Found(name(paths, raw), ignored, unreadable);
    }

    private static List<InputFile> name(List<Path> paths, List<String[]> raw) {
        List<String> shown = raw.stream().map(r -> r[1]).toList();
        List<String> names = outputNames(shown);
        List<InputFile> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) out.add(new InputFile(paths.get(i), shown.get(i), names.get(i)));
        return out;
    }

    /**
     * The output file name of each input, by its shown name ({@code SRC-folder/relative/path}, or the file's own
     * name): {@code NAME.json}; {@code NAME.EXT.json} where two inputs share NAME; {@code -2}, {@code -3} … after
     * the name where they would still clash. The one naming rule of {@code ingest} and {@code spark-ingest}.
     */
    public static List<String> outputNames(List<String> shown) {
        Map<String, Integer> stems = new HashMap<>();
        for (String r : shown) stems.merge(stem(r), 1, Integer::sum);
        Map<String, Integer> used = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (String r : shown) {
            String base = stems.get(stem(r)) == 1 ? stem(r) : r;
            int n = used.merge(base, 1, Integer::sum);
            out.add((n > 1 ? base + "-" + n : base) + ".json");
        }
        return out;
    }

    /**
     * Every entry below {@code src} that is not a folder (regular files, links, FIFOs, devices: the
     * guard decides later), outside the output folder and not hidden, sorted. Symbolic links to folders
     * are not followed (no loops). A folder that cannot be listed is noted in {@code unreadable} and
     * the walk goes on.
     */
    private static List<Path> walk(Path src, Path outDir, Map<Path, String> unreadable) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(src, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(src) && dir.toAbsolutePath().normalize().startsWith(outDir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (!f.toAbsolutePath().normalize().startsWith(outDir) && !f.getFileName().toString().startsWith(".")) {
                        found.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    unreadable.put(f, org.suchi.io.AtomicFile.reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.put(src, org.suchi.io.AtomicFile.reason(e));
        }
        found.sort(null);
        return found;
    }

    static String extension(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** {@code a/b/r.pdf} → {@code a/b/r}. */
    static String stem(String relPath) {
        int slash = relPath.lastIndexOf('/');
        int dot = relPath.lastIndexOf('.');
        return dot > slash + 1 ? relPath.substring(0, dot) : relPath;
    }

    private static String slashes(Path rel) {
        return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    }
}
