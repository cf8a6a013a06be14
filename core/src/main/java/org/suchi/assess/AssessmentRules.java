package org.suchi.assess;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.suchi.config.ProjectPaths;

/**
 * The action-plan scoring rules ({@code config/assessment/rules.json}; format in {@code config/README.md}).
 *
 * @param id                 rule-set id written into every assessment ({@code "action-plan/1"})
 * @param name               what the rules are, in Bangla
 * @param notes              where the numbers come from
 * @param levelPercents      level key → percent of the weight earned at or beyond that level's target
 * @param better             unit → {@code higher}, {@code lower}, {@code earlier} or {@code later}
 * @param betweenLevels      {@code linear} (interpolate between two levels) or {@code step} (the lower level's percent)
 * @param belowLowestPercent what an achievement that misses every target earns (0)
 */
public record AssessmentRules(String id, String name, List<String> notes, Map<String, Integer> levelPercents,
                              Map<String, String> better, String betweenLevels, double belowLowestPercent) {
    /** Where the rules live, below the project folder; the jar carries a copy at the same path. */
    public static final String RESOURCE = "config/assessment/rules.json";
    public static final String LINEAR = "linear";
    public static final String STEP = "step";
    private static final Set<String> DIRECTIONS = Set.of("higher", "lower", "earlier", "later");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public AssessmentRules {
        require(id != null && !id.isBlank(), "id missing");
        require(levelPercents != null, "level_percents missing");
        require(better != null, "better missing");
        notes = notes == null ? List.of() : List.copyOf(notes);
        levelPercents = Collections.unmodifiableMap(new LinkedHashMap<>(levelPercents));
        better = Map.copyOf(better);
        require(!levelPercents.isEmpty(), "level_percents empty");
        for (var e : levelPercents.entrySet()) {
            require(e.getValue() != null && e.getValue() >= 0 && e.getValue() <= 100,
                    "level " + e.getKey() + ": percent must be 0..100");
        }
        require(levelPercents.values().stream().distinct().count() == levelPercents.size(),
                "two levels with the same percent");
        for (var e : better.entrySet()) {
            require(DIRECTIONS.contains(e.getValue()), "better." + e.getKey() + " must be one of " + DIRECTIONS);
        }
        require(LINEAR.equals(betweenLevels) || STEP.equals(betweenLevels), "between_levels must be linear or step");
        require(belowLowestPercent >= 0 && belowLowestPercent <= 100, "below_lowest_percent must be 0..100");
    }

    /** The same rules with another {@code between_levels}. */
    public AssessmentRules withBetweenLevels(String how) {
        return new AssessmentRules(id, name, notes, levelPercents, better, how, belowLowestPercent);
    }

    /** True when a larger value is better for {@code unit}; empty for a unit the rules do not name. */
    public Optional<Boolean> higherIsBetter(String unit) {
        String b = unit == null ? null : better.get(unit);
        if (b == null) return Optional.empty();
        return Optional.of(b.equals("higher") || b.equals("later"));
    }

    /** Reads and checks a rules file. */
    public static AssessmentRules load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    /** Parses and checks rules JSON; {@code name} is used in the error message. */
    public static AssessmentRules parse(InputStream in, String name) throws IOException {
        try {
            return MAPPER.readValue(in, AssessmentRules.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The project's rules: {@code config/assessment/rules.json} of the project folder ({@link ProjectPaths}), or
     * the copy inside the jar when no project folder is found.
     */
    public static AssessmentRules loadDefault() {
        Optional<Path> file = ProjectPaths.home().map(h -> h.resolve(RESOURCE)).filter(Files::isRegularFile);
        try {
            if (file.isPresent()) return load(file.get());
            try (InputStream in = AssessmentRules.class.getResourceAsStream("/" + RESOURCE)) {
                if (in == null) {
                    throw new IOException("no " + RESOURCE + " in the project folder or in the jar");
                }
                return parse(in, "classpath:" + RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the assessment rules: " + e.getMessage(), e);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException("assessment rules: " + message);
    }
}
