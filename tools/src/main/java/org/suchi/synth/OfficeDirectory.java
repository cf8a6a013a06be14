package org.suchi.synth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.suchi.config.ProjectPaths;

/** Office names, people and places for the generator: {@code config/synth/offices.json}. */
public record OfficeDirectory(
        List<Named> ministries,
        List<Named> divisions,
        List<Named> agencies,
        List<Named> districtOffices,
        List<Named> upazilaOffices,
        List<String> districts,
        List<Upazila> upazilas,
        List<String> names,
        List<String> designations,
        List<String> sections) {

    /** An office; {@code ministry} is its parent (null for ministries), {@code web} its site (may be null). */
    public record Named(String name, String ministry, String web) {}

    public record Upazila(String name, String district) {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static OfficeDirectory load(Path file) {
        try {
            OfficeDirectory d = MAPPER.readValue(file.toFile(), OfficeDirectory.class);
            if (d.ministries().isEmpty() || d.districts().isEmpty() || d.names().isEmpty()) {
                throw new IOException("empty lists");
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read office list " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code config/synth/offices.json} of the project. */
    public static OfficeDirectory loadDefault() {
        return load(ProjectPaths.configDir().resolve("synth").resolve("offices.json"));
    }
}
