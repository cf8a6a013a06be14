package org.suchi.ocr.glyph;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.suchi.config.ProjectPaths;

/**
 * Prototype glyphs of the value alphabet ({@link #SYMBOLS}) for {@link DigitClassifier}: feature vectors
 * quantised to bytes, each with its symbol, and the weight of each feature block in the distance.
 * Made by {@code org.suchi.ocr.glyph.DigitModelBuilder} (tools module); stored gzipped in {@code models/glyph/digits.bin}. Immutable.
 */
public final class DigitModel {
    /** The symbols the model knows: the ten Bangla digits, then '/', '-', '.', '%'. */
    public static final String SYMBOLS = "০১২৩৪৫৬৭৮৯/-.%";
    /** The classpath resource the model is loaded from. */
    public static final String RESOURCE = "/models/glyph/digits.bin";
    /** The model file inside the project folder. */
    public static final Path PROJECT_FILE = Path.of("models", "glyph", "digits.bin");

    private static final int MAGIC = 0x53474C59; // "SGLY"
    private static final int VERSION = 1;

    private final float[] blockWeights;
    private final byte[] labels;
    private final byte[][] prototypes;

    DigitModel(float[] blockWeights, byte[] labels, byte[][] prototypes) {
        if (blockWeights.length != GlyphFeatures.BLOCKS.length - 1) throw new IllegalArgumentException("block weights");
        if (labels.length != prototypes.length) throw new IllegalArgumentException("one label per prototype");
        for (byte[] p : prototypes) {
            if (p.length != GlyphFeatures.LENGTH) throw new IllegalArgumentException("prototype length " + p.length);
        }
        for (byte l : labels) {
            if (l < 0 || l >= SYMBOLS.length()) throw new IllegalArgumentException("label " + l);
        }
        this.blockWeights = blockWeights.clone();
        this.labels = labels.clone();
        this.prototypes = prototypes.clone();
    }

    /**
     * The model from the classpath resource {@link #RESOURCE}, else from {@link #PROJECT_FILE} in the project
     * folder ({@link ProjectPaths#home()}).
     *
     * @throws IllegalStateException when neither exists or the file is damaged
     */
    public static DigitModel load() {
        try (InputStream in = DigitModel.class.getResourceAsStream(RESOURCE)) {
            if (in != null) return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the glyph model resource " + RESOURCE, e);
        }
        Optional<Path> file = ProjectPaths.home().map(h -> h.resolve(PROJECT_FILE)).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            throw new IllegalStateException("no glyph model: neither the resource " + RESOURCE + " nor "
                    + PROJECT_FILE + " in the project folder; make it with org.suchi.ocr.glyph.DigitModelBuilder");
        }
        try (InputStream in = Files.newInputStream(file.get())) {
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the glyph model " + file.get(), e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static DigitModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        if (d.readInt() != MAGIC) throw new IOException("not a glyph model");
        int version = d.readInt();
        if (version != VERSION) throw new IOException("glyph model version " + version + ", expected " + VERSION);
        if (!d.readUTF().equals(SYMBOLS)) throw new IOException("glyph model has other symbols");
        int length = d.readInt(), blocks = d.readInt();
        if (length != GlyphFeatures.LENGTH || blocks != GlyphFeatures.BLOCKS.length - 1) {
            throw new IOException("glyph model has other features (" + length + " values, " + blocks + " blocks)");
        }
        float[] weights = new float[blocks];
        for (int i = 0; i < blocks; i++) weights[i] = d.readFloat();
        int n = d.readInt();
        byte[] labels = new byte[n];
        d.readFully(labels);
        byte[][] protos = new byte[n][length];
        for (byte[] p : protos) d.readFully(p);
        try {
            return new DigitModel(weights, labels, protos);
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged glyph model: " + e.getMessage(), e);
        }
    }

    /** Writes the model gzipped; the same model always gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeUTF(SYMBOLS);
        d.writeInt(GlyphFeatures.LENGTH);
        d.writeInt(blockWeights.length);
        for (float w : blockWeights) d.writeFloat(w);
        d.writeInt(labels.length);
        d.write(labels);
        for (byte[] p : prototypes) d.write(p);
        d.flush();
        gz.finish();
    }

    /** Writes the model to a file, creating its folder. */
    public void write(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of prototypes. */
    public int size() {
        return labels.length;
    }

    float blockWeight(int block) { return blockWeights[block]; }
    int label(int i) { return labels[i]; }
    byte[] prototype(int i) { return prototypes[i]; }

    /** A feature vector (values 0..1) as bytes. */
    static byte[] quantize(float[] f) {
        byte[] q = new byte[f.length];
        for (int i = 0; i < f.length; i++) q[i] = (byte) Math.round(Math.max(0, Math.min(1, f[i])) * 255);
        return q;
    }
}
