package org.suchi.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.suchi.normalise.BanglaText;

/**
 * The words and names Bangladesh office names are made of: divisions, districts and upazilas, ministries and
 * divisions, departments and agencies, field-office names and office-kind words ({@code config/directory/*.json};
 * where each list comes from is in each file's {@code source} and in config/README.md). A reporting office read
 * by OCR is checked word by word against it ({@link org.suchi.normalise.OfficeWords}).
 *
 * <p>File format: {@code {"id": "...", "source": "...", "licence": "...", "lists": {"name": ["…", …], …}}}.
 * Lists named {@code ministries}, {@code agencies} and {@code field_offices} hold whole names; every list adds
 * its names' words to the vocabulary.
 */
public final class NameDirectory {
    /** Where the jar carries a copy of {@code config/directory}, for a run outside the project folder. */
    public static final String RESOURCE = "config/directory";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** One file of the directory. */
    public record Source(String id, String source, String licence, Map<String, List<String>> lists) {
        public Source {
            if (id == null || id.isBlank()) throw new IllegalArgumentException("a directory file needs an id");
            if (source == null || source.isBlank()) throw new IllegalArgumentException(id + ": a directory file names its source");
            if (lists == null || lists.isEmpty()) throw new IllegalArgumentException(id + ": no lists");
            for (Map.Entry<String, List<String>> e : lists.entrySet()) {
                for (String s : e.getValue()) {
                    if (s == null || s.isBlank()) throw new IllegalArgumentException(id + "." + e.getKey() + ": an empty name");
                }
            }
        }
    }

    private static final Set<String> NAME_LISTS = Set.of("ministries", "agencies", "field_offices");
    private static final Set<String> PLACE_LISTS = Set.of("divisions", "districts", "upazilas", "place_variants");

    private final List<Source> sources;
    private final Set<String> words;      // keys (BanglaText.key) of every word
    private final Set<String> names;      // keys of whole names (ministries, agencies, field offices)
    private final Set<String> places;     // keys of place names (divisions, districts, upazilas, variants)

    private NameDirectory(List<Source> sources) {
        this.sources = List.copyOf(sources);
        Set<String> w = new LinkedHashSet<>();
        Set<String> n = new LinkedHashSet<>();
        Set<String> p = new LinkedHashSet<>();
        for (Source s : sources) {
            for (Map.Entry<String, List<String>> e : s.lists().entrySet()) {
                for (String name : e.getValue()) {
                    w.addAll(words(name));
                    if (NAME_LISTS.contains(e.getKey())) n.add(String.join(" ", words(name)));
                    if (PLACE_LISTS.contains(e.getKey())) p.add(String.join(" ", words(name)));
                }
            }
        }
        this.words = Collections.unmodifiableSet(w);
        this.names = Collections.unmodifiableSet(n);
        this.places = Collections.unmodifiableSet(p);
    }

    /** A directory of the given lists (tests, or a caller's own data). */
    public static NameDirectory of(Map<String, List<String>> lists) {
        return new NameDirectory(List.of(new Source("inline", "given", null, lists)));
    }

    /** The words of a name as keys: {@link BanglaText#key}, split at spaces and punctuation (a hyphen joins). */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String t : BanglaText.key(name).split("[\\s,;:।()\\[\\]/.]+")) {
            String w = t.replaceAll("^-+|-+$", "");
            if (w.isEmpty()) continue;
            out.add(w);
            if (w.contains("-")) for (String part : w.split("-+")) if (!part.isEmpty()) out.add(part);
        }
        return out;
    }

    /** True when {@code word} (any form; compared by key) is a word of the directory. */
    public boolean hasWord(String word) {
        return words.contains(BanglaText.key(word));
    }

    /** Every word of the directory, as keys. */
    public Set<String> words() {
        return words;
    }

    /** True when {@code line} is exactly a whole name of the directory (a ministry, an agency, a field office). */
    public boolean isName(String line) {
        return names.contains(String.join(" ", words(line)));
    }

    /** True when {@code text} is exactly a place name of the directory (a division, district, upazila). */
    public boolean isPlace(String text) {
        return places.contains(String.join(" ", words(text)));
    }

    /** Whole names (keys of their words joined by one space). */
    public Set<String> names() {
        return names;
    }

    public List<Source> sources() {
        return sources;
    }

    /** Loads every {@code *.json} of {@code dir}, in file-name order. */
    public static NameDirectory load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("no directory files (*.json) in " + dir);
        List<Source> out = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                out.add(MAPPER.readValue(in, Source.class));
            } catch (IOException | IllegalArgumentException e) {
                throw new IOException(f.getFileName() + ": " + e.getMessage(), e);
            }
        }
        return new NameDirectory(out);
    }

    /** {@code config/directory} of the project (see {@link ProjectPaths}), or outside it the copy inside the jar. */
    public static NameDirectory loadDefault() {
        return ConfigFolder.load("directory", "the office-name directory", NameDirectory::load);
    }

    @Override
    public String toString() {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (Source s : sources) n.put(s.id(), s.lists().values().stream().mapToInt(List::size).sum());
        return "NameDirectory" + n + ", " + words.size() + " words";
    }
}
