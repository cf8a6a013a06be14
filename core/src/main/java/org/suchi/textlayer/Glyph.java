package org.suchi.textlayer;

/**
 * One shown glyph of a PDF text layer, in page pixels at the page's dpi (origin top left).
 *
 * @param text      the Unicode text the PDF maps the glyph to (may be empty, or a whole cluster)
 * @param x         left edge
 * @param baseline  baseline y
 * @param width     advance width
 * @param height    glyph height above the baseline
 * @param font      the font's name without subset prefix ("" when unnamed)
 * @param invisible true when drawn in text render mode 3 (neither filled nor stroked: an OCR layer)
 */
public record Glyph(String text, double x, double baseline, double width, double height, String font, boolean invisible) {
    public double right() { return x + width; }
    public double top() { return baseline - height; }
    public double centerX() { return x + width / 2; }
    public double centerY() { return baseline - height / 2; }
}
