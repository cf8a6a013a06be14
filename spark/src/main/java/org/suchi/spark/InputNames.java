package org.suchi.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.suchi.bulk.InputFile;
import org.suchi.bulk.Inputs;

/**
 * The names {@code ingest} gives its inputs ({@link Inputs#find}: the report's path in the output folder and the
 * input's name in the journal), computed from file lists that Spark's binaryFile source made, so that they hold
 * for files on any Hadoop file system. The same rules, step by step: a folder's files in sorted order (by their
 * path's bytes, as {@code Files.walk(...).sorted()}), only the report extensions, the source folder's name first
 * when there are several sources, {@code NAME.EXT.json} where two files of a folder share a name, numbered
 * suffixes for any clash left. {@code InputNamesTest} checks them against {@link Inputs#find} on the same tree.
 */
public final class InputNames {
    private InputNames() {}

    /**
     * One source as given.
     *
     * @param folder true for a folder (walked), false for a file given by name
     * @param name   the folder's own name (the last path element) or the file's name
     * @param files  for a folder, its files' paths relative to it with {@code /}; for a file, empty
     * @param ids    for a folder, each file's id (e.g. its URI) in the order of {@code files}; for a file, its id
     */
    public record Source(boolean folder, String name, List<String> files, List<String> ids) {}

    /** An input file named as {@code ingest} names it: {@code id} is the caller's id for the file. */
    public record Named(String id, String name, String output) {}

    /** @param ignored files of the folders that are not report files by their extension */
    public record Result(List<Named> files, int ignored) {}

    public static Result name(List<Source> sources) {
        List<String[]> raw = new ArrayList<>(); // {key, key with the source prefix}
        List<String> ids = new ArrayList<>();
        int ignored = 0;
        Map<String, Integer> prefixes = new HashMap<>();
        for (Source src : sources) {
            if (src.folder()) {
                String prefix = "";
                if (sources.size() > 1) {
                    String name = src.name() == null || src.name().isEmpty() ? "root" : src.name();
                    int n = prefixes.merge(name, 1, Integer::sum);
                    prefix = (n > 1 ? name + "-" + n : name) + "/";
                }
                Integer[] order = new Integer[src.files().size()];
                for (int i = 0; i < order.length; i++) order[i] = i;
                Arrays.sort(order, Comparator.comparing(i -> src.files().get(i), InputNames::compareBytes));
                for (int i : order) {
                    String key = src.files().get(i);
                    if (!Inputs.EXTENSIONS.contains(extension(key))) {
                        ignored++;
                        continue;
                    }
                    ids.add(src.ids().get(i));
                    raw.add(new String[] {key, prefix + key});
                }
            } else {
                ids.add(src.ids().get(0));
                raw.add(new String[] {src.name(), src.name()});
            }
        }
        List<String> names = Inputs.outputNames(raw.stream().map(r -> r[1]).toList());
        List<Named> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) out.add(new Named(ids.get(i), raw.get(i)[1], names.get(i)));
        return new Result(out, ignored);
    }

    /** The order of {@code UnixPath.compareTo}: the paths' bytes, unsigned. */
    static int compareBytes(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return Arrays.compareUnsigned(x, y);
    }

    static String extension(String relPath) {
        String f = relPath.substring(relPath.lastIndexOf('/') + 1);
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** Only to show the correspondence in tests: an {@link InputFile}'s two names. */
    static Named of(InputFile f) {
        return new Named(f.path().toAbsolutePath().normalize().toString(), f.name(), f.output());
    }
}
