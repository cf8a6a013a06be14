package org.suchi.synth;

import picocli.CommandLine;

/**
 * Runs the generator on its own: {@code java -cp suchi.jar org.suchi.synth.SynthMain --out DIR --count N --seed S
 * [--format pdf|png|jpg|tif|mixed] [--clean]}. The options are those of {@link SynthCommand} ({@code --help}).
 */
public final class SynthMain {
    private SynthMain() {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new SynthCommand()).execute(args));
    }
}
