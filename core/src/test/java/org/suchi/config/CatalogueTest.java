package org.suchi.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.model.Level;

class CatalogueTest {
    private final Catalogue cat = Catalogue.loadDefault();

    @Test
    void loadsTheThreeTemplates() {
        assertThat(cat.templates()).extracting(Catalogue.Template::id)
                .containsExactly("2021-22-ministry", "2023-24-field", "2023-24-ministry");
        assertThat(cat.byLetter("A").orElseThrow().id()).isEqualTo("2021-22-ministry");
        assertThat(cat.byLetter("b").orElseThrow().id()).isEqualTo("2023-24-ministry");
        assertThat(cat.byLetter("C").orElseThrow().id()).isEqualTo("2023-24-field");
        for (Catalogue.Template t : cat.templates()) {
            assertThat(t.totalWeight()).as(t.id()).isEqualTo(50);
            assertThat(t.sources()).as(t.id()).isNotEmpty().allMatch(s -> s.matches("\\d{3}_[0-9a-f]{16}\\.txt.*"));
        }
    }

    @Test
    void fiscalYearsShareTemplates() {
        assertThat(cat.find("2021-22", "ministry").orElseThrow().template()).isEqualTo("A");
        assertThat(cat.find("2022-23", "ministry").orElseThrow().template()).isEqualTo("A");
        assertThat(cat.find("2023-24", "ministry").orElseThrow().template()).isEqualTo("B");
        assertThat(cat.find("2024-25", "ministry").orElseThrow().template()).isEqualTo("B");
        assertThat(cat.find("2024-25", "field").orElseThrow().template()).isEqualTo("C");
        assertThat(cat.find("2021-22", "field")).isEmpty();
        assertThat(cat.find("2022-23", "field")).isEmpty(); // no seed of a field-office plan before 2023-24
        assertThat(cat.find("2023-24", "field").orElseThrow().template()).isEqualTo("C");
        assertThat(cat.forFiscalYear("2023-24")).hasSize(2);
    }

    @Test
    void levelsFollowThePlan() {
        assertThat(cat.template("2021-22-ministry").levels()).isEqualTo(Level.THREE);
        assertThat(cat.template("2021-22-ministry").levelKeys()).containsExactly("excellent", "good", "poor");
        assertThat(cat.template("2023-24-ministry").levels()).isEqualTo(Level.FIVE);
        assertThat(cat.template("2023-24-field").levels()).isEqualTo(Level.FIVE);
    }

    @Test
    void lookupByCode() {
        Catalogue.Template b = cat.template("2023-24-ministry");
        Catalogue.Indicator i = b.indicator("1.5.2").orElseThrow();
        assertThat(i.unit()).isEqualTo("date");
        assertThat(i.weight()).isEqualTo(3);
        assertThat(i.text()).isEqualTo("স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মপরিকল্পনা প্রণয়নকৃত");
        assertThat(i.targets()).containsEntry("excellent", "2024-03-25").containsEntry("poor", "2024-04-29");
        Catalogue.Entry e = b.entry("2.2.3").orElseThrow();
        assertThat(e.area().code()).isEqualTo("2");
        assertThat(e.area().weight()).isEqualTo(17);
        assertThat(e.activity().text()).isEqualTo("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন");
        assertThat(b.activity("1.3").orElseThrow().text()).isEqualTo("ইনোভেশন শোকেজিং");
        assertThat(b.area("1").orElseThrow().text()).startsWith("ই-গভর্ন্যান্স");
        assertThat(b.indicator("9.9.9")).isEmpty();
        assertThat(b.indicators()).hasSize(11);
        assertThat(b.indicator("1.1.1").orElseThrow().text("agency")).startsWith("দপ্তর/সংস্থা কর্তৃক");
        assertThat(b.indicator("1.4.1").orElseThrow().text("agency")).isEqualTo("ই-ফাইলে নোট নিষ্পত্তিকৃত");
    }

    @Test
    void fieldTemplateHasNoAreaColumn() {
        Catalogue.Template c = cat.template("2023-24-field");
        assertThat(c.areaColumn()).isFalse();
        assertThat(c.areas()).hasSize(6).allMatch(a -> a.text() == null && a.weight() == null);
        assertThat(c.indicators()).extracting(Catalogue.Indicator::code)
                .containsExactly("1.1.1", "2.1.1", "3.1.1", "4.1.1", "5.1.1", "5.1.2", "6.1.1");
        assertThat(cat.template("2021-22-ministry").indicators()).hasSize(13);
    }

    @Test
    void textsAreNfcAndFreeOfOcrNoise() {
        for (Catalogue.Template t : cat.templates()) {
            for (Catalogue.Entry e : t.entries()) {
                for (String s : List.of(e.activity().text(), e.indicator().text())) {
                    assertThat(java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC)).isTrue();
                    assertThat(s).doesNotContain("  ", "[", "]", "কতৃক", "নূনতম", "আটাবেজ");
                }
            }
        }
    }

    @Test
    void rejectsBrokenFiles(@TempDir Path dir) throws IOException {
        String good = Files.readString(ProjectPaths.configDir().resolve("catalogue/2023-24-field.json"));
        String badUnit = good.replace("\"unit\": \"percent\"", "\"unit\": \"ratio\"");
        assertThatThrownBy(() -> Catalogue.parse(in(badUnit), "x.json")).hasMessageContaining("unit ratio");
        String badCode = good.replace("\"code\": \"6.1.1\"", "\"code\": \"7.1.1\"");
        assertThatThrownBy(() -> Catalogue.parse(in(badCode), "x.json")).hasMessageContaining("7.1.1");
        String badKey = good.replace("\"excellent\": 2,", "\"exc\": 2,");
        assertThatThrownBy(() -> Catalogue.parse(in(badKey), "x.json")).hasMessageContaining("level keys");
        Files.writeString(dir.resolve("a.json"), good);
        Files.writeString(dir.resolve("b.json"), good);
        assertThatThrownBy(() -> Catalogue.load(dir)).hasMessageContaining("duplicate");
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
