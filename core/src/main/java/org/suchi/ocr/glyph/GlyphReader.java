package org.suchi.ocr.glyph;

import java.util.ArrayList;
import java.util.List;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;
import org.suchi.ocr.glyph.DigitClassifier.Prediction;

/**
 * Reads one text line of a value cell (Bangla digits and {@code / - . %}) glyph by glyph: an OCR independent of
 * Tesseract for the short values it drops or garbles. Glyphs too wide for one symbol (touching digits) are
 * cut where that reads better. Thread-safe.
 */
public final class GlyphReader {
    /**
     * What a line read as.
     *
     * @param text             Bangla digits and separators, left to right; empty when the line has no glyph
     * @param confidence       the lowest glyph confidence (0 when the text is empty)
     * @param glyphConfidences one confidence (0..1) per character of {@code text}
     */
    public record Reading(String text, double confidence, List<Double> glyphConfidences) {
        public Reading {
            glyphConfidences = List.copyOf(glyphConfidences);
        }
    }

    /** Glyphs at least this many line heights wide may be two touching glyphs. */
    private static final double SPLIT_WIDTH = 0.9;
    /** How many times a glyph may be cut (three touching glyphs need two cuts). */
    private static final int MAX_CUTS = 2;
    /** Only glyphs read with less confidence than this are tried cut. */
    private static final double CUT_BELOW = 0.5;
    /** A cut must lower the mean glyph distance to at most this part of the uncut glyph's distance. */
    private static final double CUT_GAIN = 0.8;

    private final GlyphSegmenter segmenter = new GlyphSegmenter();
    private final DigitClassifier classifier;

    public GlyphReader(DigitModel model) {
        this.classifier = new DigitClassifier(model);
    }

    /** Reads the line {@code band} of a binary image (0 = ink, 255 = paper). */
    public Reading read(GrayImage binary, Rect band) {
        List<Prediction> predictions = new ArrayList<>();
        for (Glyph g : segmenter.segment(binary, band)) predictions.addAll(best(g, MAX_CUTS));
        StringBuilder text = new StringBuilder();
        List<Double> conf = new ArrayList<>();
        for (Prediction p : predictions) {
            text.append(p.symbol());
            conf.add(p.confidence());
        }
        double min = conf.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        return new Reading(text.toString(), min, conf);
    }

    /** The glyph read whole, or cut in two (recursively) when the parts fit their symbols much better. */
    private List<Prediction> best(Glyph g, int cuts) {
        Prediction whole = classifier.classify(g);
        List<Prediction> best = List.of(whole);
        if (cuts == 0 || g.kind() != Glyph.Kind.INK || whole.confidence() >= CUT_BELOW) return best;
        double bestDistance = whole.distance() * CUT_GAIN;
        for (List<Glyph> parts : segmenter.splits(g, SPLIT_WIDTH)) {
            List<Prediction> read = new ArrayList<>(best(parts.get(0), cuts - 1));
            read.addAll(best(parts.get(1), cuts - 1));
            double mean = read.stream().mapToDouble(Prediction::distance).average().orElse(Double.MAX_VALUE);
            if (mean < bestDistance) {
                bestDistance = mean;
                best = read;
            }
        }
        return best;
    }
}
