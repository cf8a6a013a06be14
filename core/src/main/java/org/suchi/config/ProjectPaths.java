package org.suchi.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the project folder that holds {@code config/} (the catalogue, office lists) and {@code models/}.
 *
 * <p>Looked up in this order: the system property {@code suchi.home}, the environment variable
 * {@code SUCHI_HOME}, then the current directory and its parents, then the folder of the running jar
 * (or classes folder) and its parents. The {@code ./suchi} launcher sets {@code -Dsuchi.home}.
 */
public final class ProjectPaths {
    /** System property naming the project folder. */
    public static final String HOME_PROPERTY = "suchi.home";
    /** Environment variable naming the project folder. */
    public static final String HOME_ENV = "SUCHI_HOME";

    private ProjectPaths() {}

    /** The project folder, or empty when none of the places above has {@code config/catalogue}. */
    public static Optional<Path> home() {
        List<Path> starts = new ArrayList<>();
        String prop = System.getProperty(HOME_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            Path p = Paths.get(prop).toAbsolutePath().normalize();
            return isHome(p) ? Optional.of(p) : Optional.empty();
        }
        String env = System.getenv(HOME_ENV);
        if (env != null && !env.isBlank()) {
            Path p = Paths.get(env).toAbsolutePath().normalize();
            if (isHome(p)) {
                return Optional.of(p);
            }
        }
        starts.add(Paths.get("").toAbsolutePath());
        codeLocation().ifPresent(starts::add);
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                if (isHome(p)) {
                    return Optional.of(p.normalize());
                }
            }
        }
        return Optional.empty();
    }

    /** The project's {@code config/} folder; fails with a clear message when it cannot be found. */
    public static Path configDir() {
        return home().map(h -> h.resolve("config")).orElseThrow(() -> new IllegalStateException(
                "cannot find the Suchi project folder (with config/catalogue/): run from inside the project, "
                        + "or set -D" + HOME_PROPERTY + "=DIR or " + HOME_ENV + "=DIR"));
    }

    private static boolean isHome(Path p) {
        return Files.isDirectory(p.resolve("config").resolve("catalogue"));
    }

    private static Optional<Path> codeLocation() {
        try {
            var src = ProjectPaths.class.getProtectionDomain().getCodeSource();
            if (src == null || src.getLocation() == null) {
                return Optional.empty();
            }
            return Optional.of(Paths.get(src.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
