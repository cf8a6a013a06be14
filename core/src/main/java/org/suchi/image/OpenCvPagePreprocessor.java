package org.suchi.image;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_CLOSE;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point2f;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * The image stage on OpenCV: a raw grey scan becomes an upright, deskewed, cleaned page.
 *
 * <ol>
 *   <li><b>Dark scanner edges</b> (a dark band along a page border, the scanner bed around a
 *       rotated sheet) are found on the raw image ({@link DarkEdges}) and painted paper-white.</li>
 *   <li><b>Background flattening</b>: the paper tone is estimated at ~50 dpi by a grey-level closing
 *       with a ~3.5 mm square (which erases text, rulings and thin strokes but keeps the paper, its
 *       lighting gradient and large tinted areas such as shaded header cells), scaled back up, and
 *       the page is divided by it. Paper becomes white everywhere, ink keeps its contrast.</li>
 *   <li><b>Binarisation</b>: Otsu on the flattened page (after a light blur against scan noise),
 *       with the threshold kept within sane limits so that an almost empty page does not turn its
 *       paper noise into ink.</li>
 *   <li><b>Orientation</b> (0/90/180/270) from the position of the Bangla headline in each word
 *       ({@link OrientationDetector}).</li>
 *   <li><b>Deskew</b>: projection-profile search on horizontal structure (rulings, headlines)
 *       ({@link SkewEstimator}); grey and binary are rotated by the same angle with white fill
 *       (the binary is recomputed from the rotated grey).</li>
 * </ol>
 *
 * <p>Stamps and signatures are <em>not</em> erased from the page: they are grey ink like the text.
 * They cannot create or break rulings in {@code org.suchi.layout.RulingLayoutAnalyzer} (which only
 * accepts long straight thin strokes that join other rulings), and {@link CellCleaner} removes them
 * from single cell crops.
 *
 * <p>Thread-safe and stateless apart from its options; every native buffer is released before
 * {@link #prepare} returns.
 */
public final class OpenCvPagePreprocessor implements PagePreprocessor {

    /**
     * @param removeDarkEdges   paint dark bands along the page borders white
     * @param detectOrientation detect and undo quarter turns
     * @param deskew            detect and undo small rotations
     * @param maxSkewDegrees    the largest small rotation searched for (either way)
     */
    public record Options(boolean removeDarkEdges, boolean detectOrientation, boolean deskew, double maxSkewDegrees) {
        public Options {
            if (!(maxSkewDegrees > 0 && maxSkewDegrees <= 20)) throw new IllegalArgumentException("maxSkewDegrees " + maxSkewDegrees);
        }

        public static Options defaults() {
            return new Options(true, true, true, 5.0);
        }
    }

    /** Rotations below this are not applied (interpolation would only blur the page). */
    static final double MIN_APPLIED_SKEW = 0.03;

    private final Options options;

    public OpenCvPagePreprocessor() {
        this(Options.defaults());
    }

    /** @throws IllegalStateException if the OpenCV natives cannot be loaded */
    public OpenCvPagePreprocessor(Options options) {
        this.options = java.util.Objects.requireNonNull(options);
        OpenCvSupport.ensureLoaded();
    }

    public Options options() {
        return options;
    }

    /**
     * @param dpi resolution of {@code raw}; when it is not plausible (below 50 or above 1200) it is
     *            guessed from the page size, assuming A4
     */
    @Override
    public PreparedPage prepare(int page, GrayImage raw, int dpi) {
        int res = effectiveDpi(raw.width(), raw.height(), dpi);
        try (PointerScope scope = new PointerScope()) {
            int w = raw.width(), h = raw.height();
            byte[] px = raw.pixels().clone();
            DarkEdges edges = null;
            if (options.removeDarkEdges()) {
                int paper = paperLevel(px, w, h);
                edges = DarkEdges.find(px, w, h, paper, res);
                if (edges.isEmpty()) edges = null;
                else edges.fillWithLocalPaper(px, (byte) paper);
            }
            Mat flat;
            try (Mat gray = OpenCvSupport.toMat(px, w, h)) {
                flat = flatten(gray, res);
            }
            if (edges != null) {
                byte[] f = OpenCvSupport.bytes(flat);
                edges.fill(f, (byte) 255);
                flat.close();
                flat = OpenCvSupport.toMat(f, w, h);
            }
            Mat bin = binarize(flat, res);

            // orientation and skew are measured at ~150 dpi: as exact, much cheaper
            int f = res >= 250 ? 2 : 1;
            Mat probe = f > 1 ? reduceBinary(bin, f) : null; // null: probe the binary itself
            int rotation = 0;
            if (options.detectOrientation()) {
                rotation = OrientationDetector.detect(probe != null ? probe : bin, res / f).rotation();
                if (rotation != 0) {
                    flat = replace(flat, quarterTurn(flat, rotation));
                    bin = replace(bin, quarterTurn(bin, rotation));
                    if (probe != null) probe = replace(probe, quarterTurn(probe, rotation));
                }
            }
            double skew = 0;
            if (options.deskew()) {
                skew = SkewEstimator.estimate(probe != null ? probe : bin, res / f, options.maxSkewDegrees());
                if (Math.abs(skew) >= MIN_APPLIED_SKEW) {
                    flat = replace(flat, rotate(flat, skew));
                    bin = replace(bin, binarize(flat, res));
                } else {
                    skew = 0;
                }
            }
            if (probe != null) probe.close();
            GrayImage outGray = OpenCvSupport.toGray(flat);
            GrayImage outBin = OpenCvSupport.toGray(bin);
            flat.close();
            bin.close();
            return new PreparedPage(page, outGray, outBin, res, skew, rotation);
        }
    }

    /** The dpi to work with: {@code dpi} if plausible, else guessed from the size of an A4 page. */
    static int effectiveDpi(int w, int h, int dpi) {
        if (dpi >= 50 && dpi <= 1200) return dpi;
        return Math.max(72, (int) Math.round(Math.max(w, h) / 11.69));
    }

    /** A robust paper grey level: the 80th percentile of a sample of the central part of the page. */
    static int paperLevel(byte[] px, int w, int h) {
        int[] hist = new int[256];
        int n = 0;
        for (int y = h / 8; y < h - h / 8; y += 3) {
            for (int x = w / 8; x < w - w / 8; x += 3) {
                hist[px[y * w + x] & 0xff]++;
                n++;
            }
        }
        int acc = 0;
        for (int v = 0; v < 256; v++) {
            acc += hist[v];
            if (acc >= 0.8 * n) return Math.max(v, 64);
        }
        return 255;
    }

    /** Divides the page by an estimate of its paper tone (see the class comment). */
    static Mat flatten(Mat gray, int dpi) {
        int w = gray.cols(), h = gray.rows();
        int f = Math.max(1, (int) Math.round(dpi / 50.0));
        int sw = Math.max(1, w / f), sh = Math.max(1, h / f);
        int k = Math.max(3, (int) Math.round(dpi / (double) f * 0.14)) | 1;
        Mat flat = new Mat();
        try (Mat small = new Mat(); Mat bgUp = new Mat(); Size ss = new Size(sw, sh); Size fs = new Size(w, h)) {
            opencv_imgproc.resize(gray, small, ss, 0, 0, INTER_AREA);
            try (Mat bg = OpenCvSupport.morph(small, MORPH_CLOSE, k, k); Mat bgSmooth = new Mat(); Size b = new Size(3, 3)) {
                opencv_imgproc.blur(bg, bgSmooth, b);
                opencv_imgproc.resize(bgSmooth, bgUp, fs, 0, 0, INTER_LINEAR);
            }
            opencv_core.divide(gray, bgUp, flat, 255.0, -1);
        }
        return flat;
    }

    /**
     * Otsu on the flattened page (after a light blur against scan noise at 180 dpi and more), the
     * threshold kept within [110, 215] so that an almost empty page does not turn its paper noise
     * into ink. Stroke weight stays close to the print (OCR and glyph segmentation use it); faint
     * rulings may drop out here, the layout stage looks for those in the grey page itself.
     * 0 ink, 255 paper.
     */
    static Mat binarize(Mat flat, int dpi) {
        Mat bin = new Mat();
        try (Mat smooth = new Mat(); Size k = new Size(3, 3)) {
            if (dpi >= 180) opencv_imgproc.GaussianBlur(flat, smooth, k, 0);
            else flat.copyTo(smooth);
            double t = opencv_imgproc.threshold(smooth, bin, 0, 255, opencv_imgproc.THRESH_BINARY | opencv_imgproc.THRESH_OTSU);
            double clamped = Math.max(110, Math.min(215, t));
            if (clamped != t) opencv_imgproc.threshold(smooth, bin, clamped, 255, opencv_imgproc.THRESH_BINARY);
        }
        return bin;
    }

    /** Closes {@code old} and returns {@code replacement}. */
    private static Mat replace(Mat old, Mat replacement) {
        old.close();
        return replacement;
    }

    /** A binary page shrunk by {@code f}: a pixel is ink when at least about a third of its block is (thin rulings survive). */
    static Mat reduceBinary(Mat bin, int f) {
        Mat out = new Mat();
        try (Mat small = new Mat(); Size s = new Size(Math.max(1, bin.cols() / f), Math.max(1, bin.rows() / f))) {
            opencv_imgproc.resize(bin, small, s, 0, 0, INTER_AREA);
            opencv_imgproc.threshold(small, out, 170, 255, opencv_imgproc.THRESH_BINARY);
        }
        return out;
    }

    /** Undoes a quarter turn: {@code rotation} is how far the raw page is turned counter-clockwise. */
    static Mat quarterTurn(Mat src, int rotation) {
        Mat dst = new Mat();
        switch (rotation) {
            case 90 -> opencv_core.rotate(src, dst, opencv_core.ROTATE_90_CLOCKWISE);
            case 180 -> opencv_core.rotate(src, dst, opencv_core.ROTATE_180);
            case 270 -> opencv_core.rotate(src, dst, opencv_core.ROTATE_90_COUNTERCLOCKWISE);
            default -> src.copyTo(dst);
        }
        return dst;
    }

    /** Undoes a small rotation: {@code skewDegrees} counter-clockwise in the scan, so turn clockwise. White fill. */
    static Mat rotate(Mat src, double skewDegrees) {
        Mat dst = new Mat();
        try (Point2f c = new Point2f(src.cols() / 2f, src.rows() / 2f);
             Mat m = opencv_imgproc.getRotationMatrix2D(c, -skewDegrees, 1.0);
             Size s = new Size(src.cols(), src.rows());
             Scalar white = new Scalar(255.0)) {
            opencv_imgproc.warpAffine(src, dst, m, s, INTER_LINEAR, opencv_core.BORDER_CONSTANT, white);
        }
        return dst;
    }
}
