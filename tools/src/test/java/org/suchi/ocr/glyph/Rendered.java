package org.suchi.ocr.glyph;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.util.Optional;
import java.util.Random;

/** Test helpers: fonts by file name (tests are skipped when one is not installed) and scored readings. */
final class Rendered {
    /** Held-out conditions: other seeds, sizes and noise than {@link DigitModelBuilder#AUGMENT}. */
    static final ValueRenderer.Augment HELD_OUT =
            new ValueRenderer.Augment(17, 50, 0.3, 1.5, 0.04, 0.08, 0.9, 10, 0.38, 0.62, 0.1, 2);
    /** Clean renderings for segmentation tests. */
    static final ValueRenderer.Augment CLEAN =
            new ValueRenderer.Augment(36, 36, 0, 0, 0, 0, 0.4, 0, 0.5, 0.5, 0, 0);

    private Rendered() {}

    static Font font(String file) {
        Optional<Font> f = DigitModelBuilder.load(new DigitModelBuilder.FontFile(file, ""));
        // in CI a missing font is a failure (./suchi installs the packages); by hand the case is skipped
        if (System.getenv("CI") != null && f.isEmpty()) {
            throw new AssertionError("font " + file + " is not installed (./suchi installs fonts-beng-extra, fonts-freefont-ttf)");
        }
        assumeTrue(f.isPresent(), "font " + file + " is not installed");
        return f.get();
    }

    static ValueRenderer.Sample render(String text, String fontFile, ValueRenderer.Augment a, long seed) {
        return ValueRenderer.render(text, font(fontFile), a, new Random(seed));
    }

    /** Levenshtein distance: wrong, missing and extra glyphs each count once. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(cur[j - 1], prev[j]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
