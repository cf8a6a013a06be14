package org.suchi.synth;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.model.Row;

@Tag("slow")
class GeneratorTest {
    static final ObjectMapper M = new ObjectMapper();
    static Generator gen;
    static List<GeneratedDocument> docs;
    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() throws IOException {
        gen = Generator.createDefault();
        docs = new ArrayList<>();
        // a small mixed set at low resolution: every template and format, with and without scan simulation
        Generator.Options o = Generator.Options.of(Generator.Format.MIXED, false).withDpi(72);
        docs.addAll(gen.generate(dir.resolve("mixed"), 12, 5, o));
        docs.addAll(gen.generate(dir.resolve("a"), 2, 9, Generator.Options.of(Generator.Format.TIF, false)
                .withDpi(72).withTemplate("A").withCover(true)));
        docs.addAll(gen.generate(dir.resolve("b"), 2, 9, Generator.Options.of(Generator.Format.PDF, true)
                .withDpi(72).withTemplate("B")));
    }

    @Test
    void sameSeedSameBytes(@TempDir Path other) throws IOException {
        Generator.Options o = Generator.Options.of(Generator.Format.MIXED, false).withDpi(72);
        List<GeneratedDocument> again = gen.generate(other, 4, 5, o);
        for (int i = 0; i < again.size(); i++) {
            GeneratedDocument a = docs.get(i);
            GeneratedDocument b = again.get(i);
            assertThat(Files.readString(b.expected())).isEqualTo(Files.readString(a.expected()));
            assertThat(Files.readAllBytes(b.input())).isEqualTo(Files.readAllBytes(a.input()));
        }
        List<GeneratedDocument> otherSeed = gen.generate(other.resolve("x"), 1, 6, o);
        assertThat(otherSeed.get(0).json()).isNotEqualTo(docs.get(0).json());
    }

    @Test
    void coversTemplatesFormatsAndVariants() {
        assertThat(docs).extracting(d -> d.plan().template().template()).contains("A", "B", "C");
        assertThat(docs).extracting(GeneratedDocument::format)
                .contains(Generator.Format.PDF, Generator.Format.TIF);
        assertThat(docs).anyMatch(d -> d.plan().cover() != null);
        assertThat(docs).anyMatch(d -> d.plan().cover() == null);
        assertThat(docs).anyMatch(d -> d.pages() > 1);
    }

    @Test
    void jsonHasTheReport1Shape() throws IOException {
        for (GeneratedDocument d : docs) {
            JsonNode r = M.readTree(Files.readString(d.expected()));
            String n = d.name();
            assertThat(fields(r)).as(n).containsExactly("schema", "source", "document", "levels", "rows");
            assertThat(r.get("schema").asText()).isEqualTo("report/1");
            assertThat(fields(r.get("source"))).containsExactly("file", "sha256", "pages", "kind");
            assertThat(fields(r.get("document"))).containsExactly("title", "office", "ministry", "fiscal_year",
                    "period", "memo_number", "memo_date");
            JsonNode doc = r.get("document");
            assertThat(doc.get("fiscal_year").asText()).matches("20\\d\\d-\\d\\d");
            assertThat(doc.get("period").asText()).isIn("Q1", "Q2", "Q3", "Q4", "H1", "annual");
            assertThat(doc.get("office").asText()).isNotBlank();
            if (d.plan().cover() == null) {
                assertThat(doc.get("memo_number").isNull()).isTrue();
                assertThat(doc.get("memo_date").isNull()).isTrue();
            } else {
                assertThat(doc.get("memo_number").asText()).matches("[0-9]+(\\.[0-9]+)+(-[0-9]+)?");
                if (!doc.get("memo_date").isNull()) {
                    LocalDate.parse(doc.get("memo_date").asText());
                }
            }
            List<String> keys = new ArrayList<>();
            for (JsonNode l : r.get("levels")) {
                assertThat(fields(l)).containsExactly("key", "label", "percent");
                keys.add(l.get("key").asText());
            }
            assertThat(keys).isIn(List.of("excellent", "very_good", "good", "fair", "poor"),
                    List.of("excellent", "good", "poor"));
            assertThat(r.get("rows").size()).isEqualTo(d.plan().template().indicators().size());
            for (JsonNode row : r.get("rows")) {
                assertThat(fields(row)).as(n).containsExactly("area", "activity", "indicator", "unit", "weight",
                        "targets", "achievement", "progress", "reported_score");
                assertThat(fields(row.get("area"))).containsExactly("code", "text", "weight");
                assertThat(row.at("/indicator/code").asText()).matches("\\d+\\.\\d+\\.\\d+");
                assertThat(row.at("/activity/code").asText()).matches("\\d+\\.\\d+");
                assertThat(row.at("/area/code").asText()).matches("\\d+");
                assertThat(row.get("unit").asText()).isIn("date", "count", "percent");
                assertThat(row.get("weight").isInt()).isTrue();
                assertThat(fields(row.get("targets"))).containsExactlyElementsOf(keys);
                if (!d.plan().template().areaColumn()) {
                    assertThat(row.at("/area/text").isNull()).isTrue();
                    assertThat(row.at("/area/weight").isNull()).isTrue();
                } else {
                    assertThat(row.at("/area/weight").isInt()).isTrue();
                }
                if (!d.plan().look().scoreColumn()) {
                    assertThat(row.get("reported_score").isNull()).isTrue();
                }
                JsonNode p = row.get("progress");
                assertThat(p.isNull() || !p.asText().isBlank()).isTrue();
            }
        }
    }

    @Test
    void targetsFollowTheLevelOrder() {
        for (GeneratedDocument d : docs) {
            for (Row row : d.report().rows()) {
                List<Object> vs = row.targets().values().stream().filter(v -> v != null).toList();
                assertThat(vs).as(d.name() + " " + row.indicator().code()).isNotEmpty();
                for (int i = 1; i < vs.size(); i++) {
                    if ("date".equals(row.unit())) {
                        assertThat(LocalDate.parse((String) vs.get(i))).isAfter(LocalDate.parse((String) vs.get(i - 1)));
                    } else {
                        assertThat(((Number) vs.get(i)).doubleValue()).isLessThan(((Number) vs.get(i - 1)).doubleValue());
                    }
                }
                if ("date".equals(row.unit())) {
                    int fy = Integer.parseInt(d.report().document().fiscalYear().substring(0, 4));
                    for (Object v : vs) {
                        LocalDate t = LocalDate.parse((String) v);
                        assertThat(t).isAfter(LocalDate.of(fy, 7, 1)).isBefore(LocalDate.of(fy + 1, 8, 1));
                    }
                }
            }
        }
    }

    @Test
    void statedAchievementsAppearInTheProgressText() {
        for (GeneratedDocument d : docs) {
            if (d.plan().look().achvColumn()) {
                continue;
            }
            for (Row row : d.report().rows()) {
                Object a = row.achievement();
                if (a == null) {
                    continue;
                }
                String p = row.progress();
                assertThat(p).as(d.name() + " " + row.indicator().code()).isNotNull();
                switch (row.unit()) {
                    case "count" -> {
                        int n = (Integer) a;
                        assertThat(p.contains(Bangla.digits(n)) || n == 1 && p.contains("একটি")).as(p).isTrue();
                    }
                    case "percent" -> assertThat(p).contains(Bangla.digits((Integer) a) + "%");
                    default -> {
                        LocalDate ld = LocalDate.parse((String) a);
                        boolean any = false;
                        for (Bangla.DateStyle s : Bangla.DateStyle.values()) {
                            any |= p.contains(s.format(ld));
                        }
                        assertThat(any).as(p).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void sourceMatchesTheWrittenFile() throws IOException {
        for (GeneratedDocument d : docs) {
            var s = d.report().source();
            assertThat(s.file()).isEqualTo(d.input().getFileName().toString());
            assertThat(s.sha256()).isEqualTo(Output.sha256Hex(d.input()));
            assertThat(s.pages()).as(d.name()).isEqualTo(countPages(d.input())).isEqualTo(d.pages());
            assertThat(s.kind()).isEqualTo(d.format() == Generator.Format.PDF ? "scanned-pdf" : "image");
            if (d.format() == Generator.Format.PNG || d.format() == Generator.Format.JPG) {
                assertThat(d.pages()).isEqualTo(1);
                assertThat(d.plan().template().template()).isEqualTo("C");
            }
            for (Row row : d.report().rows()) {
                assertThat(row.page()).isBetween(1, d.pages());
            }
        }
    }

    @Test
    void threeLevelPlansUseExcellentGoodPoor() {
        GeneratedDocument a = docs.stream().filter(d -> d.plan().template().template().equals("A")).findFirst()
                .orElseThrow();
        assertThat(a.report().levels()).extracting(l -> l.key() + l.percent())
                .containsExactly("excellent100", "good80", "poor60");
        assertThat(a.report().levels().get(2).label()).isEqualTo("চলতি মান");
        assertThat(a.report().document().fiscalYear()).isIn("2021-22", "2022-23");
    }

    @Test
    void renderedCellsHoldInk(@TempDir Path png) throws IOException {
        List<GeneratedDocument> clean = gen.generate(png, 2, 11, Generator.Options.of(Generator.Format.PNG, true)
                .withDpi(100));
        for (GeneratedDocument d : clean) {
            BufferedImage img = ImageIO.read(d.input().toFile());
            assertThat(d.boxes()).isNotEmpty();
            Set<String> indicators = new java.util.HashSet<>();
            for (GeneratedDocument.Box b : d.boxes()) {
                if (b.continued() || b.indicator() == null) {
                    continue;
                }
                Rectangle r = b.rect().intersection(new Rectangle(0, 0, img.getWidth(), img.getHeight()));
                int dark = 0;
                for (int y = r.y; y < r.y + r.height; y++) {
                    for (int x = r.x; x < r.x + r.width; x++) {
                        if ((img.getRGB(x, y) & 0xff) < 200) {
                            dark++;
                        }
                    }
                }
                if (!b.column().equals("indicator") && !b.column().startsWith("targets.")) {
                    continue;
                }
                Object target = b.column().startsWith("targets.") ? d.report().rows().stream()
                        .filter(rw -> rw.indicator().code().equals(b.indicator())).findFirst().orElseThrow()
                        .targets().get(b.column().substring(8)) : "text";
                if (target != null) {
                    assertThat(dark).as(d.name() + " " + b.indicator() + " " + b.column()).isGreaterThan(8);
                }
                if (b.column().equals("indicator")) {
                    indicators.add(b.indicator());
                    assertThat(dark / (double) (r.width * r.height)).isGreaterThan(0.01);
                }
            }
            assertThat(indicators).hasSize(d.report().rows().size());
            assertThat(d.boxes()).anyMatch(b -> b.column().equals("header"));
            assertThat(d.boxes()).anyMatch(b -> b.column().equals("activity"));
            assertThat(d.boxes()).anyMatch(b -> b.column().equals("progress"));
        }
    }

    @Test
    void singlePageFormatsRefuseCoverLetters(@TempDir Path t) {
        assertThatThrownBy(() -> gen.generate(t, 1, 1, Generator.Options.of(Generator.Format.JPG, true)
                .withCover(true))).isInstanceOf(IllegalArgumentException.class);
    }

    static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static int countPages(Path f) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                return doc.getNumberOfPages();
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            Iterator<ImageReader> it = ImageIO.getImageReaders(in);
            ImageReader r = it.next();
            r.setInput(in);
            return r.getNumImages(true);
        }
    }
}
