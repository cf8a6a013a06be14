package org.suchi.ocr;

import java.util.ArrayList;
import java.util.List;
import org.suchi.image.GrayImage;
import org.suchi.image.LocalBinarise;
import org.suchi.image.OpenCvSupport;
import org.suchi.image.Rect;
import org.suchi.ocr.glyph.GlyphReader;
import org.suchi.reading.OcrText;
import org.suchi.reading.Reread;

/**
 * Second readings of a value line whose first reading was weak ({@link WeakValue}): the same ink read by
 * Tesseract enlarged (small type at 150 dpi has an x-height of a few pixels, below what its model was trained
 * on), and by Tesseract and the glyph reader on the line binarised on its own histogram (Otsu and a stricter
 * threshold), without ink that reaches the padding around the line (ruling remnants, stamp and scribble
 * strokes). Nothing here chooses: the readings go to assembly, where the field's constraints choose.
 * Not thread-safe only through the engine it is given.
 */
public final class SecondReader {
    /** The line height (pixels) the enlarged reading aims at; Tesseract reads digits best around 30-40 px. */
    static final int TARGET_HEIGHT = 40;
    static final int MAX_SCALE = 4;

    private final GlyphReader glyphs;

    public SecondReader(GlyphReader glyphs) {
        this.glyphs = glyphs;
    }

    /** The factor a line {@code height} pixels high is enlarged by: 2 to 4. */
    static int scale(int height) {
        return Math.max(2, Math.min(MAX_SCALE, (int) Math.ceil(TARGET_HEIGHT / (double) Math.max(1, height))));
    }

    /**
     * Reads line {@code band} of crop {@code gray} again; {@code region} is the band with its padding (clipped to
     * the crop). Empty readings are kept: a reading of nothing is evidence too.
     */
    public List<Reread> read(GrayImage gray, Rect band, Rect region, OcrEngine engine) {
        List<Reread> out = new ArrayList<>();
        Rect r = region.clip(gray.width(), gray.height());
        if (r.width() < 3 || r.height() < 3) return out;
        GrayImage crop = gray.crop(r);
        int s = scale(band.height());
        out.add(tesseract(engine, enlarge(crop, s), "Tesseract \u00d7" + s));

        int otsu = LocalBinarise.otsu(crop);
        // drop ink touching the padding's border, on the sides where the crop was not cut by the cell
        boolean left = band.x() > r.x(), top = band.y() > r.y(), right = band.right() < r.right(), bottom = band.bottom() < r.bottom();
        GrayImage own = LocalBinarise.dropBorderInk(LocalBinarise.threshold(crop, otsu), left, top, right, bottom);
        GrayImage thin = LocalBinarise.dropBorderInk(LocalBinarise.threshold(crop, LocalBinarise.thin(crop, otsu)),
                left, top, right, bottom);
        Rect local = new Rect(0, 0, crop.width(), crop.height());
        GlyphReader.Reading g1 = glyphs.read(own, local);
        out.add(new Reread(g1.text(), g1.confidence(), "glyphs, line's own threshold"));
        GlyphReader.Reading g2 = glyphs.read(thin, local);
        out.add(new Reread(g2.text(), g2.confidence(), "glyphs, stricter threshold"));
        out.add(tesseract(engine, enlarge(own, s), "Tesseract \u00d7" + s + ", line's own threshold"));
        return out;
    }

    private static GrayImage enlarge(GrayImage img, int s) {
        return OpenCvSupport.resize(img, img.width() * s, img.height() * s);
    }

    private static Reread tesseract(OcrEngine engine, GrayImage img, String how) {
        Rect all = new Rect(0, 0, img.width(), img.height());
        OcrText t = engine.read(img, all, ReadMode.VALUE);
        if (t.text().isBlank()) t = engine.read(img, all, ReadMode.VALUE_WORD);
        return new Reread(t.text().replace('\n', ' ').replace(" ", "").strip(), t.confidence(), how);
    }
}
