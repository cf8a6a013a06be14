package org.suchi.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.suchi.config.ProjectPaths;

/** Inputs for the bulk tests: the project's sample reports and broken files made on the spot. */
final class BulkFixtures {
    private BulkFixtures() {}

    static Path sample(String name) {
        return ProjectPaths.home().orElseThrow().resolve("samples").resolve(name);
    }

    static Path copy(String sample, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(sample(sample), to);
    }

    /** The first {@code fraction} of a sample's bytes. */
    static Path truncated(String sample, double fraction, Path to) throws IOException {
        byte[] all = Files.readAllBytes(sample(sample));
        Files.createDirectories(to.getParent());
        return Files.write(to, Arrays.copyOf(all, (int) (all.length * fraction)));
    }

    /** A one-page PDF that needs a user password to open. */
    static Path encrypted(Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            d.protect(p);
            d.save(to.toFile());
        }
        return to;
    }

    /** Every file under {@code dir} (relative path with /) and its bytes as text. */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** A print stream that keeps what is printed. */
    static final class Capture {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
