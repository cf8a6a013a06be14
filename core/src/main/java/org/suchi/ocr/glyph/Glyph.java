package org.suchi.ocr.glyph;

import org.suchi.image.GrayImage;
import org.suchi.image.Rect;

/**
 * One glyph of a value line, as cut by {@link GlyphSegmenter}.
 *
 * @param box  the glyph's ink box in page coordinates
 * @param kind what its size and place on the line suggest
 * @param ink  the glyph's own ink inside {@code box} (0 = ink, 255 = paper; ink of neighbours is left out)
 * @param line the reference box of the line body (the digits' common top and bottom) the glyph was measured against
 */
public record Glyph(Rect box, Kind kind, GrayImage ink, Rect line) {
    /** What the segmenter made of a glyph's geometry. */
    public enum Kind {
        /** A full-size glyph: a digit, '/', '%' or anything else. */
        INK,
        /** Thin, short and flat, at mid height: a '-' candidate. */
        DASH,
        /** Small and round near the baseline: a '.' candidate. */
        DOT
    }
}
