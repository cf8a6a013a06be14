package org.suchi.reading;

/**
 * Another reading of a text line than the one kept: another reader, scale or binarisation of the same ink.
 * The choice between readings is made later, where the field's constraints are known (unit, level order,
 * fiscal year).
 *
 * @param text       what this reading read (spaces removed), possibly empty
 * @param confidence the reader's confidence 0..1
 * @param how        which treatment and reader made it, for warnings ("Tesseract ×3", "glyphs, Otsu")
 */
public record Reread(String text, double confidence, String how) {
    public Reread {
        text = text == null ? "" : text;
    }
}
