package org.suchi.image;

import static org.bytedeco.opencv.global.opencv_core.CV_32S;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Loading of the OpenCV natives and copying between {@link GrayImage} and {@link Mat}.
 *
 * <p>OpenCV is required: there is no pure-Java fallback. {@link #ensureLoaded()} throws an
 * {@link IllegalStateException} with a clear message when the natives cannot be loaded (wrong
 * platform, missing classifier jar, unwritable {@code ~/.javacpp} cache, ...).
 */
public final class OpenCvSupport {
    private static volatile boolean loaded;
    private static volatile Throwable failure;

    private OpenCvSupport() {}

    /** Loads the OpenCV natives once (2-4 s the first time in a JVM); throws if they cannot be loaded. */
    public static void ensureLoaded() {
        if (loaded) return;
        synchronized (OpenCvSupport.class) {
            if (loaded) return;
            if (failure == null) {
                try {
                    Loader.load(opencv_core.class);
                    Loader.load(opencv_imgproc.class);
                    loaded = true;
                    return;
                } catch (Throwable t) { // UnsatisfiedLinkError, ExceptionInInitializerError, NoClassDefFoundError
                    failure = t;
                }
            }
            throw new IllegalStateException("OpenCV natives (org.bytedeco:opencv linux-x86_64) could not be loaded on "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                    + "; the image and layout stages require OpenCV: " + failure, failure);
        }
    }

    /** A new 8-bit single-channel Mat holding a copy of {@code img}. The caller closes it. */
    public static Mat toMat(GrayImage img) {
        ensureLoaded();
        Mat m = new Mat(img.height(), img.width(), CV_8UC1);
        m.data().put(img.pixels(), 0, img.pixels().length);
        return m;
    }

    /** A new 8-bit single-channel Mat holding a copy of a row-major byte buffer. The caller closes it. */
    public static Mat toMat(byte[] pixels, int width, int height) {
        ensureLoaded();
        if (pixels.length != (long) width * height) throw new IllegalArgumentException("pixel count mismatch");
        Mat m = new Mat(height, width, CV_8UC1);
        m.data().put(pixels, 0, pixels.length);
        return m;
    }

    /** The pixels of an 8-bit single-channel Mat, copied into a new row-major array. */
    public static byte[] bytes(Mat m) {
        if (m.type() != CV_8UC1) throw new IllegalArgumentException("expected CV_8UC1, got type " + m.type());
        int w = m.cols(), h = m.rows();
        byte[] out = new byte[w * h];
        if (m.isContinuous()) {
            m.data().get(out, 0, out.length);
        } else {
            BytePointer p = m.data();
            long step = m.step();
            for (int y = 0; y < h; y++) {
                p.position(y * step).get(out, y * w, w);
            }
            p.position(0);
        }
        return out;
    }

    /**
     * {@code img} resampled to {@code width} × {@code height}: area averaging when shrinking (no
     * aliasing of thin strokes), bicubic when enlarging. Tens of times faster than Java2D.
     */
    public static GrayImage resize(GrayImage img, int width, int height) {
        boolean shrink = (long) width * height < (long) img.width() * img.height();
        try (Mat src = toMat(img); Mat dst = new Mat(); Size size = new Size(width, height)) {
            opencv_imgproc.resize(src, dst, size, 0, 0,
                    shrink ? opencv_imgproc.INTER_AREA : opencv_imgproc.INTER_CUBIC);
            return toGray(dst);
        }
    }

    /** A copy of an 8-bit single-channel Mat as a {@link GrayImage}. */
    public static GrayImage toGray(Mat m) {
        return new GrayImage(m.cols(), m.rows(), bytes(m));
    }

    /** A new Mat holding the bitwise inverse of {@code src} (ink mask from a 0-ink binary and vice versa). */
    public static Mat invert(Mat src) {
        Mat dst = new Mat();
        opencv_core.bitwise_not(src, dst);
        return dst;
    }

    /** {@code src} morphologically transformed ({@code op} = MORPH_OPEN, MORPH_CLOSE, ...) by a kw x kh rectangle; a new Mat. */
    public static Mat morph(Mat src, int op, int kw, int kh) {
        Mat dst = new Mat();
        try (Size size = new Size(Math.max(1, kw), Math.max(1, kh));
             Mat k = opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_RECT, size)) {
            opencv_imgproc.morphologyEx(src, dst, op, k);
        }
        return dst;
    }

    /** Connected components (8-connected) of the non-zero pixels of an 8-bit mask, without the background. */
    public static Components components(Mat mask) {
        try (Mat labels = new Mat(); Mat stats = new Mat(); Mat centroids = new Mat()) {
            int n = opencv_imgproc.connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
            int[] s = new int[n * 5];
            double[] c = new double[n * 2];
            if (n > 0) {
                try (IntIndexer si = stats.createIndexer(); DoubleIndexer ci = centroids.createIndexer()) {
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < 5; j++) s[i * 5 + j] = si.get(i, j);
                        c[i * 2] = ci.get(i, 0);
                        c[i * 2 + 1] = ci.get(i, 1);
                    }
                }
            }
            return new Components(Math.max(0, n - 1), s, c);
        }
    }

    /**
     * The label image (8-connected, 0 = background, components numbered from 1 in the order of
     * {@link #components}) of an 8-bit mask, row-major.
     */
    public static int[] labels(Mat mask) {
        try (Mat labels = new Mat()) {
            opencv_imgproc.connectedComponents(mask, labels, 8, CV_32S);
            int[] out = new int[mask.rows() * mask.cols()];
            try (IntPointer p = new IntPointer(labels.data())) {
                p.get(out, 0, out.length);
            }
            return out;
        }
    }

    /**
     * Bounding boxes, areas and centroids of connected components; component {@code i} is 0-based
     * here (OpenCV's background label 0 is skipped).
     */
    public static final class Components {
        private final int count;
        private final int[] stats;
        private final double[] centroids;

        Components(int count, int[] stats, double[] centroids) {
            this.count = count;
            this.stats = stats;
            this.centroids = centroids;
        }

        public int count() { return count; }
        public int x(int i) { return stats[(i + 1) * 5]; }
        public int y(int i) { return stats[(i + 1) * 5 + 1]; }
        public int width(int i) { return stats[(i + 1) * 5 + 2]; }
        public int height(int i) { return stats[(i + 1) * 5 + 3]; }
        public int area(int i) { return stats[(i + 1) * 5 + 4]; }
        public double centerX(int i) { return centroids[(i + 1) * 2]; }
        public double centerY(int i) { return centroids[(i + 1) * 2 + 1]; }
        public Rect box(int i) { return new Rect(x(i), y(i), width(i), height(i)); }
    }
}
