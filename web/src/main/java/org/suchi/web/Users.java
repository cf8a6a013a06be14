package org.suchi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The users file of a data folder ({@code DIR/users.json}): name, role and a bcrypt hash of the password (Spring
 * Security's BCryptPasswordEncoder). Read on every sign-in, so users added while the server runs can sign in at once.
 * The file is replaced atomically and readable by its owner only.
 */
public final class Users {
    public static final String FILE = "users.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A hash to compare against when the user does not exist, so that unknown names take as long as bad passwords. */
    private static final String DUMMY = new BCryptPasswordEncoder(10).encode("no such user");

    private final Path file;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);

    /** One user. */
    public record User(String name, Role role, String hash) {}

    public Users(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    public synchronized Map<String, User> all() throws IOException {
        Map<String, User> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        JsonNode root = JSON.readTree(file.toFile());
        for (JsonNode u : root.path("users")) {
            out.put(u.path("name").asText(), new User(u.path("name").asText(), Role.parse(u.path("role").asText()),
                    u.path("hash").asText()));
        }
        return out;
    }

    /** Adds the user or replaces their role and password. */
    public synchronized void put(String name, Role role, String password) throws IOException {
        if (name == null || !name.matches("[\\p{L}\\p{M}\\p{N}._@-]{1,64}")) {
            throw new IllegalArgumentException("a user name is 1-64 letters, digits or . _ @ -");
        }
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("a password has at least 8 characters");
        }
        Map<String, User> users = all();
        users.put(name, new User(name, role, bcrypt.encode(password)));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("users");
        users.values().forEach(u -> arr.addObject().put("name", u.name()).put("role", u.role().id()).put("hash", u.hash()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".users", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The user when name and password match. */
    public Optional<User> check(String name, String password) throws IOException {
        User u = name == null ? null : all().get(name);
        if (u == null || password == null) {
            bcrypt.matches(password == null ? "" : password, DUMMY);
            return Optional.empty();
        }
        return bcrypt.matches(password, u.hash()) ? Optional.of(u) : Optional.empty();
    }
}
