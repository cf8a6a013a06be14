package org.suchi.tools;

import java.util.List;
import org.suchi.cli.ToolCommands;
import org.suchi.synth.SynthCommand;
import org.suchi.tools.bench.BenchIndexCommand;

/**
 * The tools module's commands on {@code suchi}'s command line ({@code ./suchi synth}, {@code ./suchi bench-index}, {@code ./suchi evidence-check}),
 * registered in {@code META-INF/services}. The launcher puts this module's jar on the class path for them only.
 * The other tools have a {@code main} of their own: {@link org.suchi.ocr.glyph.DigitModelBuilder} (trains {@code models/glyph/digits.bin}),
 * {@link LayoutDebug} (draws the layout found on a page), {@link TextLayerBench} (text layer against OCR).
 */
public final class Tools implements ToolCommands {
    @Override
    public List<Object> commands() {
        return List.of(new SynthCommand(), new BenchIndexCommand(), new EvidenceCheckCommand());
    }
}
