package org.suchi.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harsher generator variants of issue 12: other fonts, small type, poor scans. */
class HarshVariantsTest {
    @Test
    void everyInstalledBanglaFaceIsFoundAndTheClassicThreeStayTheDefault() {
        Fonts f = Fonts.find();
        // the launcher's test path installs fonts-beng-extra and fonts-freefont-ttf
        assertThat(f.allNames()).contains(Fonts.LOHIT, Fonts.NOTO_SERIF, Fonts.NOTO_SANS, "Mukti", "Ani", "Jamrul",
                "Likhan", "Mitra", "FreeSerif", "FreeSans");
        assertThat(f.names()).containsExactly(Fonts.LOHIT, Fonts.NOTO_SERIF, Fonts.NOTO_SANS);
        // every face draws Bangla: the glyph of ক is there
        for (String n : f.allNames()) assertThat(f.regular(n, 9).canDisplay('ক')).as(n).isTrue();
    }

    @Test
    void harshScanSettingsCoverTheRanges() {
        Random r = new Random(3);
        Set<String> modes = new HashSet<>();
        int lowQuality = 0, resampled = 0, edges = 0, seals = 0;
        for (int i = 0; i < 400; i++) {
            ScanSimulator.Params p = ScanSimulator.Params.harsh(r, 150, true, true);
            assertThat(p.quality()).isBetween(30, 84);
            assertThat(p.resample()).isBetween(0.5, 1.0);
            modes.add(p.mode());
            if (p.quality() < 45) lowQuality++;
            if (p.resample() < 1) resampled++;
            if (p.edge()) edges++;
            if (p.seal()) seals++;
        }
        assertThat(modes).containsExactlyInAnyOrder("gray", "color", "bilevel");
        assertThat(lowQuality).isGreaterThan(50);
        assertThat(resampled).isBetween(120, 240);
        assertThat(edges).isBetween(120, 200);
        assertThat(seals).isBetween(160, 240);
        // lossy formats never get bilevel pages
        for (int i = 0; i < 100; i++) assertThat(ScanSimulator.Params.harsh(r, 200, false, true).mode()).isNotEqualTo("bilevel");
    }

    @Test
    void resamplingKeepsTheSizeAndTheToneButLosesDetail() {
        int w = 60, h = 40;
        float[] a = new float[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) a[y * w + x] = (x % 2 == 0) ? 0f : 1f; // 1-px stripes
        float[] b = ScanSimulator.resample(a, w, h, 0.5);
        assertThat(b).hasSize(w * h);
        double meanA = 0, meanB = 0, contrastB = 0;
        for (int i = 0; i < a.length; i++) {
            meanA += a[i];
            meanB += b[i];
        }
        meanA /= a.length;
        meanB /= b.length;
        for (float v : b) contrastB = Math.max(contrastB, Math.abs(v - meanB));
        assertThat(meanB).isCloseTo(meanA, org.assertj.core.data.Offset.offset(0.02));
        assertThat(contrastB).as("1-px stripes are gone at half resolution").isLessThan(0.1);
    }

    @Test
    void harshDocumentsUseSmallTypeAndTheManifestSaysHow(@TempDir Path dir) throws IOException {
        Generator g = Generator.createDefault();
        Generator.Options o = Generator.Options.of(Generator.Format.TIF, false).withHarsh(true).withDpi(72)
                .withTemplate("C").withCover(false);
        List<GeneratedDocument> docs = g.generate(dir, 2, 12, o);
        JsonNode m = new ObjectMapper().readTree(Files.readString(dir.resolve("synth.manifest.json")));
        assertThat(m.get("options").get("harsh").asBoolean()).isTrue();
        for (GeneratedDocument d : docs) {
            assertThat(d.fontSize()).isBetween(5.6f, 10f);
            assertThat(d.scan().quality()).isBetween(30, 84);
            assertThat(Files.size(d.input())).isPositive();
        }
        assertThat(m.get("documents").get(0).get("scan").has("resample")).isTrue();
        // the planner of the harsh set draws from every face, not only the classic three
        Set<String> faces = new HashSet<>();
        for (int i = 0; i < 60; i++) faces.add(g.plan("x", Generator.docSeed(7, i), null, null).look().font());
        assertThat(faces).containsOnly(Fonts.LOHIT, Fonts.NOTO_SERIF, Fonts.NOTO_SANS);
        Planner harsh = new Planner(g.catalogue(), OfficeDirectory.loadDefault(), Fonts.find().allNames(), 8f, 2f);
        Set<String> hf = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            DocPlan p = harsh.plan("x", Generator.docSeed(7, i), new Planner.Constraints(null, false, null));
            hf.add(p.look().font());
            assertThat(p.look().fontSize()).isBetween(8f, 10f);
        }
        assertThat(hf.size()).isGreaterThan(6);
    }
}
