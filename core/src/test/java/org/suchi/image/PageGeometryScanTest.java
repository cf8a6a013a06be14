package org.suchi.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A box found on a prepared page maps back to where it is on the original scan, through the real image
 * stage: a scan at 150–300 dpi, turned by a quarter turn and/or skewed, is resampled to 300 dpi (as ingest
 * does) and prepared (orientation, deskew); a solid marker printed on the page is found on the prepared
 * page and, mapped back with {@link PreparedPage#geometry()}, lands on the marker found on the original.
 * Needs the OpenCV natives (fails, never skips, without them).
 */
class PageGeometryScanTest {
    static OpenCvPagePreprocessor pre;

    @BeforeAll
    static void setUp() {
        pre = new OpenCvPagePreprocessor();
    }

    static Stream<Arguments> scans() {
        return Stream.of(
                Arguments.of(300, 0, 0.0),
                Arguments.of(200, 0, 1.6),
                Arguments.of(150, 0, -2.2),
                Arguments.of(150, 90, 0.0),
                Arguments.of(200, 270, 1.2),
                Arguments.of(150, 180, -0.9));
    }

    @ParameterizedTest(name = "{0} dpi, turned {1}, skewed {2}")
    @MethodSource("scans")
    void markerBoxRoundTrips(int dpi, int turn, double skew) {
        BufferedImage page = OpenCvPagePreprocessorTest.tablePage(dpi);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        // small enough to survive background flattening (which erases dark areas wider than ~3.5 mm)
        g.fillRect((int) (9.2 * dpi), (int) (0.45 * dpi), (int) (0.1 * dpi), (int) (0.07 * dpi));
        g.dispose();
        GrayImage scan = TestPages.rotate(TestPages.turn(GrayImage.of(page), turn), skew);
        // ingest: to the working resolution
        GrayImage at300 = dpi == 300 ? scan
                : OpenCvSupport.resize(scan, (int) Math.round(scan.width() * 300.0 / dpi), (int) Math.round(scan.height() * 300.0 / dpi));
        PreparedPage p = pre.prepare(1, at300, 300);
        assertThat(p.rotation()).isEqualTo(turn);

        List<Double> expected = fractions(marker(scan, dpi / 50), scan.width(), scan.height());
        List<Double> mapped = p.geometry().toSource(marker(p.gray(), 6));
        double tol = 0.004 + Math.sin(Math.toRadians(Math.abs(skew))) * 0.01;
        for (int i = 0; i < 4; i++) assertThat(mapped.get(i)).as("coordinate %d of %s vs %s", i, mapped, expected)
                .isCloseTo(expected.get(i), within(tol));
    }

    /** The bounding box of the pixels around which a (2r+1)² square is all dark: only a solid marker has such. */
    static Rect marker(GrayImage img, int r) {
        int w = img.width(), h = img.height();
        byte[] px = img.pixels();
        // a summed-area table of dark pixels
        int[] sat = new int[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            int row = 0;
            for (int x = 0; x < w; x++) {
                row += (px[y * w + x] & 0xff) < 110 ? 1 : 0;
                sat[(y + 1) * (w + 1) + x + 1] = sat[y * (w + 1) + x + 1] + row;
            }
        }
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1, n = (2 * r + 1) * (2 * r + 1);
        for (int y = r; y < h - r; y++) {
            for (int x = r; x < w - r; x++) {
                int a = sat[(y - r) * (w + 1) + x - r], b = sat[(y - r) * (w + 1) + x + r + 1];
                int c = sat[(y + r + 1) * (w + 1) + x - r], d = sat[(y + r + 1) * (w + 1) + x + r + 1];
                if (d - b - c + a == n) {
                    x0 = Math.min(x0, x - r);
                    y0 = Math.min(y0, y - r);
                    x1 = Math.max(x1, x + r + 1);
                    y1 = Math.max(y1, y + r + 1);
                }
            }
        }
        assertThat(x1).as("marker found").isPositive();
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }

    static List<Double> fractions(Rect r, int w, int h) {
        return List.of(r.x() / (double) w, r.y() / (double) h, r.right() / (double) w, r.bottom() / (double) h);
    }
}
