package org.suchi.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The mapping of boxes on a read (turned, deskewed) page back to fractions of the original page image. */
class PageGeometryTest {

    static Stream<Arguments> geometries() {
        return Stream.of(
                Arguments.of(3508, 2480, 0, 0.0),
                Arguments.of(3508, 2480, 0, 1.7),
                Arguments.of(2480, 3508, 0, -4.9),
                Arguments.of(2480, 3508, 90, 0.0),
                Arguments.of(3508, 2480, 90, 2.3),
                Arguments.of(3508, 2480, 180, -0.6),
                Arguments.of(2480, 3508, 270, 0.0),
                Arguments.of(2480, 3508, 270, -1.2));
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void pointsRoundTrip(int w, int h, int rotation, double skew) {
        PageGeometry g = new PageGeometry(w, h, rotation, skew);
        for (double[] f : new double[][] {{0.1, 0.2}, {0.5, 0.5}, {0.93, 0.07}, {0.0, 1.0}}) {
            double[] p = g.pointFromSource(f[0], f[1]);
            double[] back = g.pointToSource(p[0], p[1]);
            assertThat(back[0]).isCloseTo(f[0], within(1e-9));
            assertThat(back[1]).isCloseTo(f[1], within(1e-9));
        }
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void boxesRoundTripAndContainTheOriginal(int w, int h, int rotation, double skew) {
        PageGeometry g = new PageGeometry(w, h, rotation, skew);
        List<Double> box = List.of(0.4123, 0.3187, 0.4682, 0.3411);
        Rect onPage = g.fromSource(box);
        List<Double> back = g.toSource(onPage);
        // the bounding box of the mapped corners contains the original box (rounded outward) ...
        assertThat(back.get(0)).isLessThanOrEqualTo(box.get(0));
        assertThat(back.get(1)).isLessThanOrEqualTo(box.get(1));
        assertThat(back.get(2)).isGreaterThanOrEqualTo(box.get(2));
        assertThat(back.get(3)).isGreaterThanOrEqualTo(box.get(3));
        // ... and grows by no more than the rotation itself makes it (twice: there and back) plus a pixel
        double grow = 2 * Math.sin(Math.toRadians(Math.abs(skew))) * 0.06 + 2.0 / Math.min(w, h);
        assertThat(box.get(0) - back.get(0)).isLessThan(grow);
        assertThat(box.get(1) - back.get(1)).isLessThan(grow);
        assertThat(back.get(2) - box.get(2)).isLessThan(grow);
        assertThat(back.get(3) - box.get(3)).isLessThan(grow);
    }

    /** Where the read page's top-left corner lies on the original, for each quarter turn. */
    static Stream<Arguments> corners() {
        return Stream.of(
                Arguments.of(0, 0.0, 0.0),
                Arguments.of(90, 0.0, 1.0),   // the original lay turned counter-clockwise: its page top is at the left
                Arguments.of(180, 1.0, 1.0),
                Arguments.of(270, 1.0, 0.0));
    }

    @ParameterizedTest
    @MethodSource("corners")
    void quarterTurnsMoveTheTopLeftCorner(int rotation, double fx, double fy) {
        PageGeometry g = new PageGeometry(300, 200, rotation, 0);
        double[] f = g.pointToSource(0, 0);
        assertThat(f[0]).isCloseTo(fx, within(1e-12));
        assertThat(f[1]).isCloseTo(fy, within(1e-12));
        assertThat(g.sourceWidth()).isEqualTo(rotation % 180 == 0 ? 300 : 200);
    }

    @Test
    void deskewTurnsBackAboutTheCentre() {
        // the scan was turned 2° counter-clockwise: a point right of the centre on the read page lay higher on it
        PageGeometry g = new PageGeometry(2000, 1000, 0, 2.0);
        double[] f = g.pointToSource(1500, 500);
        assertThat(f[1] * 1000).isCloseTo(500 - 500 * Math.sin(Math.toRadians(2)), within(1e-6));
        assertThat(g.pointToSource(1000, 500)).containsExactly(0.5, 0.5);
    }

    @Test
    void boxesAreRoundedOutwardToFourDecimalsAndKeptOnThePage() {
        PageGeometry g = PageGeometry.upright(3000, 2000);
        assertThat(g.toSource(new Rect(1, 1, 2998, 1998))).containsExactly(0.0003, 0.0005, 0.9997, 0.9995);
        assertThat(g.toSource(new Rect(-10, -10, 3100, 2100))).containsExactly(0.0, 0.0, 1.0, 1.0);
        assertThat(new PageGeometry(3000, 2000, 0, 3).toSource(new Rect(0, 0, 3000, 2000))).containsExactly(0.0, 0.0, 1.0, 1.0);
    }

    @Test
    void rejectsImpossibleGeometry() {
        assertThatThrownBy(() -> new PageGeometry(100, 100, 45, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageGeometry(0, 100, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
