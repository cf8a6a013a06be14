package org.suchi.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

/** The expectations of the normalisers' table-driven tests: {@code EMPTY}, {@code FAIL}, or a value to check. */
final class Expect {
    private Expect() {}

    /**
     * {@code EMPTY}: nothing was there to parse; {@code FAIL}: no value, and a problem that says why; anything
     * else is handed to {@code value}, which checks the parsed value against it.
     */
    static void parsed(Parsed<?> p, String expected, Consumer<String> value) {
        switch (expected) {
            case "EMPTY" -> assertThat(p.isEmpty()).as(p.toString()).isTrue();
            case "FAIL" -> {
                assertThat(p.value()).as(p.toString()).isNull();
                assertThat(p.problem()).as(p.toString()).isNotBlank();
            }
            default -> value.accept(expected);
        }
    }
}
