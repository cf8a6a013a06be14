package org.suchi.normalise;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Reads the tab-separated test tables in {@code src/test/resources/seeds-strings/}: '#' lines are comments. */
final class Tsv {
    private Tsv() {}

    static List<String[]> rows(String name) {
        try (InputStream in = Tsv.class.getResourceAsStream("/seeds-strings/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].replace("\\n", "\n");
                out.add(cols);
            }
            if (out.isEmpty()) throw new IllegalStateException("empty table " + name);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> args(String name) {
        return rows(name).stream().map(r -> Arguments.of((Object[]) Arrays.copyOf(r, r.length, Object[].class)));
    }

    /** A whole resource file's lines. */
    static List<String> lines(String name) {
        try (InputStream in = Tsv.class.getResourceAsStream("/seeds-strings/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
