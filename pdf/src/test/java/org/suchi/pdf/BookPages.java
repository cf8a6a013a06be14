package org.suchi.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A small set of Bangla "book pages" with exact transcriptions, for the CER comparison of issue 15 (the project
 * has no real book scans, and the tools module's generator draws reports and cover letters, no running text):
 * running paragraphs made of the Bangla sentences in config/ (catalogue indicators, office names), drawn with
 * Java2D in three fonts at 300 dpi. {@code java … BookPages CONFIG_DIR OUT_DIR N}: OUT/book-NN.png and .txt.
 */
public final class BookPages {
    private BookPages() {}

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]), out = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.walk(config)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                collect(new ObjectMapper().readTree(f.toFile()), words);
            }
        }
        Random rnd = new Random(15);
        for (int i = 1; i <= n; i++) {
            List<String> page = new ArrayList<>(words);
            Collections.shuffle(page, rnd);
            BanglaPage.Drawn d = BanglaPage.draw(page, BanglaPage.font(i - 1), 12, 300);
            String name = String.format("book-%02d", i);
            d.png(out.resolve(name + ".png"), 300);
            Files.writeString(out.resolve(name + ".txt"), d.text() + "\n", StandardCharsets.UTF_8);
            System.out.println(name + ": " + d.lines().size() + " lines, font " + BanglaPage.font(i - 1).getFileName());
        }
    }

    /** Every word (without Latin letters) of every string value that is mostly Bangla. */
    private static void collect(JsonNode node, List<String> words) {
        if (node.isTextual()) {
            String t = node.asText();
            long bangla = t.codePoints().filter(c -> c >= 0x0980 && c <= 0x09FF).count();
            if (bangla > 0.6 * t.replace(" ", "").length()) {
                for (String w : t.split("\\s+")) {
                    if (!w.isBlank() && w.chars().noneMatch(c -> c < 0x80 && Character.isLetter(c))) words.add(w);
                }
            }
        } else {
            node.forEach(c -> collect(c, words));
        }
    }
}
