package org.suchi.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.Suchi;
import org.suchi.eval.EvidenceCheck;



import org.suchi.model.Evidence;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.normalise.BanglaText;
import org.suchi.normalise.Fuzzy;


/**
 * Evidence on generated scans: the generator knows where it drew every table cell ({@link GeneratedDocument#boxes()},
 * pixels of the page before the simulated scan rotated it). Each extracted value's evidence box, on the
 * original page, must contain that cell's text area turned as the scan turned it, and be no larger than the
 * cell with its rules; the check runs through ingest (resampling), the image stage (deskew) and OCR.
 * Needs Tesseract and OpenCV; fails when they are missing.
 */
class EvidenceBoxesTest {
    private static Suchi suchi;
    private static Generator generator;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        suchi = Suchi.open();
        generator = Generator.createDefault();
    }

    @AfterAll
    static void tearDown() {
        suchi.close();
    }

    /** Generator columns and the evidence key of the row the box names. */
    private static final Map<String, String> KEYS = Map.of(
            "indicator", "indicator.text", "unit", "unit", "weight", "weight", "achievement", "achievement",
            "progress", "progress", "reported_score", "reported_score", "activity", "activity.text", "area", "area.text");

    /** How far (fraction of the page) the evidence box may reach beyond the text area: the cell's padding and rules. */
    static final double SLACK = 0.03;
    /** Rounding and resampling: a few pixels. */
    static final double EPS = 0.002;

    @Test
    void everyValueBoxHoldsTheCellTheGeneratorDrew() throws Exception {
        int checked = 0;
        List<String> bad = new ArrayList<>();
        // a skewed multi-page PDF, a TIFF and a JPEG (resampled from 150–300 dpi to 300)
        Generator.Options[] options = {
                Generator.Options.of(Generator.Format.PDF, false).withManifest(false),
                Generator.Options.of(Generator.Format.TIF, false).withManifest(false).withDpi(200),
                Generator.Options.of(Generator.Format.JPG, false).withManifest(false).withDpi(150)};
        for (int i = 0; i < options.length; i++) {
            GeneratedDocument g = generator.generateOne(dir, "ev-" + i, Generator.docSeed(20261206L, i), options[i]);
            Report r = suchi.extract(g.input());
            EvidenceCheck.Result ec = new EvidenceCheck().add(g.name(), r).result();
            assertThat(ec.problems()).as(g.name() + " evidence").isEmpty();
            assertThat(ec.values()).isPositive();
            Set<String> split = new HashSet<>();
            for (GeneratedDocument.Box b : g.boxes()) if (b.continued()) split.add(b.indicator());
            int w = Math.round(TableComposer.PAGE_W * g.scan().dpi() / 72f), h = Math.round(TableComposer.PAGE_H * g.scan().dpi() / 72f);
            for (GeneratedDocument.Box b : g.boxes()) {
                String key = b.column().startsWith("targets.") ? b.column() : KEYS.get(b.column());
                if (key == null || b.indicator() == null || split.contains(b.indicator())) continue;
                Row row = r.rows().stream().filter(x -> b.indicator().equals(x.indicator().code())).findFirst().orElse(null);
                if (row == null) continue; // a row the extractor lost is the accuracy tests' business
                Evidence e = row.evidence().get(key);
                // a null value (an empty cell) has no evidence; a derived value points at what it was computed from
                if (e == null || e.how().equals(Evidence.DERIVED)) continue;
                // a value read wrong (a stacked row's lines given to its neighbour) points where it was read, not
                // where the generator put the right one: only values read right are held to the generator's cells
                if (!readRight(g, row, key, r)) continue;
                checked++;
                if (CARRIED.contains(key)) {
                    // an area or activity is read where it is printed, in the first cell of its group, and carried
                    // down: its box is one of the column's cells on that page
                    boolean some = g.boxes().stream().anyMatch(o -> o.column().equals(b.column()) && o.page() + 1 == e.page()
                            && fits(e, turned(o.rect(), g.scan().angle(), w, h)) == null);
                    if (!some) bad.add(g.name() + " [" + b.indicator() + "] " + key + " " + e.box() + ": no " + b.column() + " cell there");
                    continue;
                }
                List<Double> cell = turned(b.rect(), g.scan().angle(), w, h);
                String where = g.name() + " [" + b.indicator() + "] " + key + " " + e.box() + " vs cell " + cell;
                if (e.page() != b.page() + 1) bad.add(where + ": page " + e.page() + " instead of " + (b.page() + 1));
                else if (fits(e, cell) != null) bad.add(where + ": " + fits(e, cell));
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(bad).isEmpty();
    }

    /** Whether the row's value at {@code key} is the generator's (texts: within 15 % edits, as OCR reads them). */
    static boolean readRight(GeneratedDocument g, Row row, String key, Report r) {
        Row truth = g.report().rows().stream().filter(x -> row.indicator().code().equals(x.indicator().code())).findFirst().orElse(null);
        if (truth == null) return false;
        Object want = EvidenceCheck.values(truth, g.report().levels()).get(key);
        Object got = EvidenceCheck.values(row, r.levels()).get(key);
        if (want == null || got == null) return false;
        if (want instanceof Number a && got instanceof Number b) return a.doubleValue() == b.doubleValue();
        String x = BanglaText.normalize(want.toString()), y = BanglaText.normalize(got.toString());
        return Fuzzy.distance(x, y) <= 0.15 * Math.max(x.length(), 1);
    }

    private static final Set<String> CARRIED = Set.of("area.text", "activity.text");

    /** Null when the evidence box holds the cell's text area and reaches no further than its padding and rules, else why not. */
    static String fits(Evidence e, List<Double> cell) {
        if (!(e.x0() <= cell.get(0) + EPS && e.y0() <= cell.get(1) + EPS && e.x1() >= cell.get(2) - EPS
                && e.y1() >= cell.get(3) - EPS)) return "does not contain the cell's text area";
        if (!(e.x0() >= cell.get(0) - SLACK && e.y0() >= cell.get(1) - SLACK && e.x1() <= cell.get(2) + SLACK
                && e.y1() <= cell.get(3) + SLACK)) return "reaches beyond the cell";
        return null;
    }

    /**
     * The generator's box (pixels of the page before the scan turned it about its centre by {@code angle}
     * degrees, clockwise as Java2D turns) as fractions of the scanned page: the bounding box of its turned corners.
     */
    static List<Double> turned(Rectangle r, double angle, int w, int h) {
        double a = Math.toRadians(angle), cos = Math.cos(a), sin = Math.sin(a);
        double cx = w / 2.0, cy = h / 2.0;
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (double[] p : new double[][] {{r.x, r.y}, {r.x + r.width, r.y}, {r.x, r.y + r.height}, {r.x + r.width, r.y + r.height}}) {
            double x = cx + cos * (p[0] - cx) - sin * (p[1] - cy), y = cy + sin * (p[0] - cx) + cos * (p[1] - cy);
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x);
            y1 = Math.max(y1, y);
        }
        return List.of(x0 / w, y0 / h, x1 / w, y1 / h);
    }
}
