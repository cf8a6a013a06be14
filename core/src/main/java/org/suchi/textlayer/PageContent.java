package org.suchi.textlayer;

import java.util.List;

/**
 * What a PDF page draws, read from its content stream without rendering it.
 *
 * @param page          1-based page number
 * @param width         page width in pixels at {@code dpi}
 * @param height        page height in pixels at {@code dpi}
 * @param glyphs        every shown glyph, in content-stream order
 * @param rulings       horizontal and vertical lines and thin rectangles
 * @param imageCoverage share of the page area covered by drawn images (0..1; a scan is about 1)
 * @param rotation      the page's /Rotate (0, 90, 180, 270)
 */
public record PageContent(int page, int width, int height, int dpi, List<Glyph> glyphs, List<Ruling> rulings,
                          double imageCoverage, int rotation) {
    public PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }
}
