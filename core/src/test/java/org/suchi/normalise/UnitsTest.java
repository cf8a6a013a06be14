package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitsTest {

    static Stream<Arguments> table() {
        return Tsv.args("units.tsv");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("table")
    void units(String source, String cell, String expected) {
        switch (expected) {
            case "EMPTY" -> assertThat(Units.parse(cell).isEmpty()).isTrue();
            case "FAIL" -> {
                Parsed<String> p = Units.parse(cell);
                assertThat(p.value()).isNull();
                assertThat(p.problem()).contains("unknown unit");
            }
            default -> {
                List<String> units = Units.parseAll(cell).stream().map(Parsed::value).toList();
                assertThat(String.join("+", units)).isEqualTo(expected);
                if (!expected.contains("+")) assertThat(Units.parse(cell).value()).isEqualTo(expected);
            }
        }
    }
}
