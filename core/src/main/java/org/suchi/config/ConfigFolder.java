package org.suchi.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A folder of {@code config/} read from the project (see {@link ProjectPaths}), or, outside the project folder, the
 * copy inside the jar (resource {@code config/NAME}).
 */
final class ConfigFolder {
    private ConfigFolder() {}

    /** Reads a folder. */
    interface Reader<T> {
        T read(Path dir) throws IOException;
    }

    /**
     * @param name   the folder under {@code config/} ("catalogue", "directory")
     * @param what   what it holds, for error messages ("the catalogue")
     */
    static <T> T load(String name, String what, Reader<T> reader) {
        Path dir;
        try {
            dir = ProjectPaths.configDir().resolve(name);
        } catch (IllegalStateException noProject) {
            return bundled("config/" + name, what, reader, noProject);
        }
        try {
            return reader.read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static <T> T bundled(String resource, String what, Reader<T> reader, IllegalStateException noProject) {
        URL url = ConfigFolder.class.getResource("/" + resource);
        if (url == null) throw noProject;
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return reader.read(Path.of(uri));
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return reader.read(fs.getPath("/" + resource));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot read " + what + " inside the jar: " + e.getMessage(), e));
        }
    }
}
