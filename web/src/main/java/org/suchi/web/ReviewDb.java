package org.suchi.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The review database of a data folder ({@code DIR/suchi.db}, SQLite through sqlite-jdbc, schema by Flyway migrations
 * in {@code db/migration}). WAL journal with {@code synchronous=FULL}: an event is on disk when {@link #append} returns,
 * so a killed server loses no acknowledged correction. One connection, used under this object's lock.
 */
public final class ReviewDb implements AutoCloseable {
    public static final String FILE = "suchi.db";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connection c;

    /** One line of the audit trail. {@code row} is null for a document field. */
    public record Event(long id, String item, String sha256, Integer row, String indicator, String field, String action,
                        JsonNode oldValue, JsonNode newValue, String typed, String note, String user, String at) {}

    /** A signed-in user of a session. */
    public record Session(String user, Role role) {}

    public ReviewDb(Path dataDir) throws SQLException {
        String url = "jdbc:sqlite:" + dataDir.resolve(FILE).toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        this.c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=5000");
        }
    }

    public synchronized Event append(String item, String sha256, Integer row, String indicator, String field,
                                     String action, JsonNode oldValue, JsonNode newValue, String typed, String note,
                                     String user) throws SQLException {
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO review_event (item, sha256, row_index, indicator, "
                + "field, action, old_value, new_value, typed, note, user_name, at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, item);
            p.setString(2, sha256);
            if (row == null) {
                p.setNull(3, java.sql.Types.INTEGER);
            } else {
                p.setInt(3, row);
            }
            p.setString(4, indicator);
            p.setString(5, field);
            p.setString(6, action);
            p.setString(7, json(oldValue));
            p.setString(8, json(newValue));
            p.setString(9, typed);
            p.setString(10, note);
            p.setString(11, user);
            p.setString(12, at);
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                return new Event(k.getLong(1), item, sha256, row, indicator, field, action, oldValue, newValue, typed,
                        note, user, at);
            }
        }
    }

    /** Every event of a report, oldest first. */
    public synchronized List<Event> events(String sha256) throws SQLException {
        return query("SELECT * FROM review_event WHERE sha256 = ? ORDER BY id", sha256);
    }

    /** Every event of an item, oldest first. */
    public synchronized List<Event> itemEvents(String item) throws SQLException {
        return query("SELECT * FROM review_event WHERE item = ? ORDER BY id", item);
    }

    /** The items that have at least one event. */
    public synchronized java.util.Set<String> settledItems() throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT item FROM review_event")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** The reports that have events. */
    public synchronized List<String> reviewedReports() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT sha256 FROM review_event")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private List<Event> query(String sql, String arg) throws SQLException {
        List<Event> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    int row = r.getInt("row_index");
                    out.add(new Event(r.getLong("id"), r.getString("item"), r.getString("sha256"),
                            r.wasNull() ? null : row, r.getString("indicator"), r.getString("field"),
                            r.getString("action"), node(r.getString("old_value")), node(r.getString("new_value")),
                            r.getString("typed"), r.getString("note"), r.getString("user_name"), r.getString("at")));
                }
            }
        }
        return out;
    }

    /** Starts a session; returns the cookie's token (only its hash is stored). */
    public synchronized String newSession(String user, Role role, Duration ttl) throws SQLException {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Instant now = Instant.now();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO session VALUES (?,?,?,?,?)")) {
            p.setString(1, hash(token));
            p.setString(2, user);
            p.setString(3, role.id());
            p.setString(4, now.toString());
            p.setString(5, now.plus(ttl).toString());
            p.executeUpdate();
        }
        return token;
    }

    public synchronized Optional<Session> session(String token) throws SQLException {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT user_name, role, expires FROM session WHERE token_hash = ?")) {
            p.setString(1, hash(token));
            try (ResultSet r = p.executeQuery()) {
                if (!r.next() || Instant.parse(r.getString(3)).isBefore(Instant.now())) {
                    return Optional.empty();
                }
                return Optional.of(new Session(r.getString(1), Role.parse(r.getString(2))));
            }
        }
    }

    public synchronized void endSession(String token) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM session WHERE token_hash = ?")) {
            p.setString(1, hash(token));
            p.executeUpdate();
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(JsonNode n) {
        try {
            return n == null ? null : JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode node(String s) {
        try {
            return s == null ? null : JSON.readTree(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        c.close();
    }
}
