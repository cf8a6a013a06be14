package org.suchi.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.suchi.normalise.BanglaText;
import org.suchi.normalise.Dates;
import org.suchi.normalise.Fuzzy;
import org.suchi.normalise.Numbers;
import org.suchi.normalise.Parsed;
import org.suchi.normalise.Units;

/**
 * The catalogue holds what the reference seeds print ({@code src/test/resources/seeds/catalogue.tsv}): every seed
 * indicator is in its template with the printed weight, unit and অসাধারণ target, and a text within OCR noise of the
 * printed one; where the catalogue departs from the print, the template's notes say so.
 */
class CatalogueSeedsTest {
    private static final Catalogue CAT = Catalogue.loadDefault();

    static List<String[]> table() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = CatalogueSeedsTest.class.getResourceAsStream("/seeds/catalogue.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                assertThat(c).as(line).hasSize(8);
                out.add(c);
            }
        }
        return out;
    }

    static Stream<Arguments> rows() throws IOException {
        return table().stream().map(c -> Arguments.of(c[0] + " " + c[1], c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void seedIndicatorIsInTheCatalogue(String name, String[] c) {
        Catalogue.Template t = CAT.template(c[0]);
        Catalogue.Indicator i = t.indicator(c[1]).orElseThrow(() -> new AssertionError(name + " not in the catalogue"));
        assertThat(t.sources()).as("sources").anyMatch(s -> s.startsWith(c[2]));
        String bracketed = "[" + BanglaText.toBanglaDigits(c[1]) + "]";

        assertThat(i.weight()).as("weight").isEqualTo(Numbers.parse(c[5]).value());
        assertThat(i.unit()).as("unit").isEqualTo(c[7]);
        Parsed<String> printed = Units.parse(c[4]);
        if (!c[7].equals(printed.value())) {
            assertThat(t.notes()).as("a note on the unit of " + bracketed).anyMatch(n -> n.contains(bracketed));
        }
        Object excellent = i.targets().get("excellent");
        if (i.unit().equals("date")) {
            LocalDate d = Dates.parseCell(c[6]).value();
            assertThat(excellent).as("excellent target").isEqualTo(d.toString());
        } else {
            assertThat(excellent).as("excellent target").isEqualTo(Numbers.parse(c[6]).value());
        }
        String seedText = BanglaText.cleanOcr(c[3]);
        String catText = i.altTexts().values().stream()
                .min((a, b) -> Fuzzy.distance(seedText, a) - Fuzzy.distance(seedText, b))
                .filter(a -> Fuzzy.distance(seedText, a) < Fuzzy.distance(seedText, i.text())).orElse(i.text());
        double cer = (double) Fuzzy.distance(seedText, catText) / catText.length();
        assertThat(cer).as("text\n  seed: " + seedText + "\n  cat:  " + catText).isLessThanOrEqualTo(0.08);
    }

    @Test
    void everyIndicatorOfTheSeededTemplatesIsInTheTable() throws IOException {
        List<String> seen = table().stream().map(c -> c[0] + " " + c[1]).toList();
        for (Catalogue.Template t : CAT.templates()) {
            for (Catalogue.Indicator i : t.indicators()) {
                assertThat(seen).as("seed row for " + t.id() + " " + i.code()).contains(t.id() + " " + i.code());
            }
        }
    }
}
