package org.suchi.cli.index;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output and error as UTF-8 (Bangla text prints right whatever the platform's default charset). */
public final class Console {
    private Console() {}

    public static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    public static PrintStream err() {
        return new PrintStream(System.err, true, StandardCharsets.UTF_8);
    }
}
