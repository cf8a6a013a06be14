package org.suchi.ocr.glyph;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Makes {@code models/glyph/digits.bin}: renders random values ({@link ValueSampler}) in the training fonts
 * with scan-like augmentation ({@link ValueRenderer}), cuts them with {@link GlyphSegmenter} (values whose
 * glyph count does not match their length are skipped), and keeps per symbol the k-means centres of the
 * glyphs' features. Deterministic: the same fonts give the same bytes.
 *
 * <p>Usage: {@code DigitModelBuilder [OUT]} (default {@code models/glyph/digits.bin}); the fonts are looked
 * up under {@code /usr/share/fonts} or the folders of the system property {@code suchi.glyph.fonts}.
 */
public final class DigitModelBuilder {
    /** A font file and the Debian package that installs it. */
    record FontFile(String file, String debianPackage) {}

    /** The fonts the model learns from. */
    static final List<FontFile> TRAINING_FONTS = List.of(
            new FontFile("Lohit-Bengali.ttf", "fonts-lohit-beng-bengali"),
            new FontFile("NotoSansBengali-Regular.ttf", "fonts-noto-core"),
            new FontFile("NotoSansBengali-Bold.ttf", "fonts-noto-core"),
            new FontFile("NotoSerifBengali-Regular.ttf", "fonts-noto-core"),
            new FontFile("NotoSerifBengali-Bold.ttf", "fonts-noto-core"),
            new FontFile("Mukti.ttf", "fonts-beng-extra"),
            new FontFile("Muktibold.ttf", "fonts-beng-extra"),
            new FontFile("Ani.ttf", "fonts-beng-extra"),
            new FontFile("LikhanNormal.ttf", "fonts-beng-extra"),
            new FontFile("FreeSans.ttf", "fonts-freefont-ttf"),
            new FontFile("FreeSerif.ttf", "fonts-freefont-ttf"));
    /** Fonts kept out of training so that tests can measure the model on a face it never saw. */
    static final List<FontFile> HELD_OUT_FONTS = List.of(new FontFile("JamrulNormal.ttf", "fonts-beng-extra"));

    static final ValueRenderer.Augment AUGMENT =
            new ValueRenderer.Augment(18, 46, 0.4, 2.0, 0.12, 0.15, 1.0, 12, 0.3, 0.7, 0.2, 3);
    /** Weights of the feature blocks: shape, directions, geometry, kind. */
    static final float[] BLOCK_WEIGHTS = {1f, 8f, 5f, 4f};
    static final int VALUES = 9000;
    static final int PROTOTYPES_PER_SYMBOL = 70;
    static final long SEED = 16_05_2024L;

    /** A glyph's features and the index of its symbol in {@link DigitModel#SYMBOLS}. */
    record Labelled(float[] features, int label) {}

    private DigitModelBuilder() {}

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : DigitModel.PROJECT_FILE.toString());
        List<Font> fonts = TRAINING_FONTS.stream().map(f -> load(f).orElseThrow(() -> new IllegalStateException(
                "font " + f.file() + " is missing: apt-get install " + f.debianPackage()))).toList();
        long t0 = System.nanoTime();
        DigitModel model = build(fonts);
        model.write(out);
        System.out.printf("wrote %s: %d prototypes, %d bytes, %.1f s%n", out, model.size(),
                out.toFile().length(), (System.nanoTime() - t0) / 1e9);
    }

    static DigitModel build(List<Font> fonts) {
        List<Labelled> glyphs = glyphs(fonts, AUGMENT, VALUES, SEED);
        int n = DigitModel.SYMBOLS.length();
        List<float[][]> centres = IntStream.range(0, n).parallel().mapToObj(s -> {
            List<float[]> mine = glyphs.stream().filter(g -> g.label() == s).map(Labelled::features).toList();
            return Prototypes.kMeans(mine, PROTOTYPES_PER_SYMBOL, BLOCK_WEIGHTS, SEED + s, 20);
        }).toList();
        List<byte[]> protos = new ArrayList<>();
        List<Byte> labels = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            for (float[] c : centres.get(s)) {
                protos.add(DigitModel.quantize(c));
                labels.add((byte) s);
            }
        }
        byte[] l = new byte[labels.size()];
        for (int i = 0; i < l.length; i++) l[i] = labels.get(i);
        return new DigitModel(BLOCK_WEIGHTS, l, protos.toArray(byte[][]::new));
    }

    /**
     * The labelled glyphs of {@code count} random values, value i drawn in font {@code i % fonts.size()} with a
     * generator seeded from {@code seed} and i (so the result does not depend on threads).
     */
    static List<Labelled> glyphs(List<Font> fonts, ValueRenderer.Augment augment, int count, long seed) {
        GlyphSegmenter segmenter = new GlyphSegmenter();
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            Random rnd = new Random(seed * 1_000_003L + i);
            String text = ValueSampler.next(rnd);
            ValueRenderer.Sample s = ValueRenderer.render(text, fonts.get(i % fonts.size()), augment, rnd);
            List<Glyph> gs = segmenter.segment(s.binary(), s.band());
            List<Labelled> out = new ArrayList<>();
            if (gs.size() != text.length()) return out;
            for (int k = 0; k < gs.size(); k++) {
                out.add(new Labelled(GlyphFeatures.of(gs.get(k)), DigitModel.SYMBOLS.indexOf(text.charAt(k))));
            }
            return out;
        }).flatMap(List::stream).toList();
    }

    /** A font file found under the font folders, loaded at 1 px; empty when it is not installed. */
    static Optional<Font> load(FontFile f) {
        String prop = System.getProperty("suchi.glyph.fonts");
        List<Path> dirs = prop == null || prop.isBlank() ? List.of(Path.of("/usr/share/fonts"))
                : Stream.of(prop.split(java.io.File.pathSeparator)).map(Path::of).toList();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                Optional<Path> hit = files.filter(p -> p.getFileName().toString().equals(f.file())).sorted().findFirst();
                if (hit.isPresent()) return Optional.of(Font.createFont(Font.TRUETYPE_FONT, hit.get().toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bad font " + f.file(), e);
            }
        }
        return Optional.empty();
    }
}
