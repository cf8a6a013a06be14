package org.suchi.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Random;

/**
 * Makes a clean rendered page look scanned: rotation, paper tone and uneven lighting, blur, Gaussian noise, specks,
 * a dark scanner edge; then gray, color or bilevel. JPEG artefacts come from the writer ({@link Params#quality()}).
 * Deterministic for a given {@link Random}.
 */
public final class ScanSimulator {
    private ScanSimulator() {}

    /** Scan settings of one document (all pages). {@code mode}: gray, color or bilevel. */
    public record Params(int dpi, boolean clean, double angle, double blur, double noise, double paper,
                         double tintR, double tintG, double tintB, double gradient, double gradientAngle, int quality,
                         boolean edge, int edgeSide, double edgeWidth, String mode, boolean seal, boolean scribble,
                         double specks, double resample) {

        public Params(int dpi, boolean clean, double angle, double blur, double noise, double paper,
                      double tintR, double tintG, double tintB, double gradient, double gradientAngle, int quality,
                      boolean edge, int edgeSide, double edgeWidth, String mode, boolean seal, boolean scribble,
                      double specks) {
            this(dpi, clean, angle, blur, noise, paper, tintR, tintG, tintB, gradient, gradientAngle, quality, edge,
                    edgeSide, edgeWidth, mode, seal, scribble, specks, 1.0);
        }

        /**
         * Harsher settings (issue 12): JPEG quality 30-84, bilevel on a third of lossless pages (G4 in TIFF), colour
         * on half of the others, more blur and noise, a dark scanner edge on 40 %, stamps on half and scribbles on
         * 60 % of documents, and on 45 % a resampling (the page scanned at 50-85 % of its resolution, then scaled
         * back up, as scanners and copiers do).
         */
        public static Params harsh(Random r, int dpi, boolean losslessFormat, boolean allowColor) {
            double angle = Math.round((r.nextDouble() * 2 - 1) * 2.0 * 100) / 100.0;
            double blur = round3((0.3 + r.nextDouble() * 0.6) * dpi / 200.0);
            double noise = round3(3 + r.nextDouble() * 9);
            double paper = round3(0.82 + r.nextDouble() * 0.14);
            double warm = r.nextDouble() * 0.08;
            String mode = losslessFormat && r.nextDouble() < 0.33 ? "bilevel"
                    : r.nextDouble() < 0.5 && allowColor ? "color" : "gray";
            double resample = r.nextDouble() < 0.45 ? round3(0.5 + r.nextDouble() * 0.35) : 1.0;
            return new Params(dpi, false, angle, blur, noise, paper, 1.0, round3(1 - warm * 0.4), round3(1 - warm),
                    round3(r.nextDouble() * 0.15), r.nextInt(360), 30 + r.nextInt(55), r.nextDouble() < 0.4,
                    r.nextInt(4), round3(0.005 + r.nextDouble() * 0.025), mode, r.nextDouble() < 0.5,
                    r.nextDouble() < 0.6, round3(r.nextDouble() * 1.5e-4), resample);
        }

        /** No degradation at all: white paper, gray, lossless where the format allows. */
        public static Params clean(int dpi) {
            return new Params(dpi, true, 0, 0, 0, 1, 1, 1, 1, 0, 0, 92, false, 0, 0, "gray", false, false, 0);
        }

        /** Random settings within the ranges of the dev corpus. Bilevel only where the format is lossless. */
        public static Params random(Random r, int dpi, boolean losslessFormat) {
            return random(r, dpi, losslessFormat, true);
        }

        /** As {@link #random(Random, int, boolean)}; {@code allowColor} false keeps pages gray (PNG stays small). */
        public static Params random(Random r, int dpi, boolean losslessFormat, boolean allowColor) {
            double angle = Math.round((r.nextDouble() * 2 - 1) * (r.nextDouble() < 0.85 ? 1.6 : 2.0) * 100) / 100.0;
            double blur = round3((0.3 + r.nextDouble() * 0.45) * dpi / 200.0);
            double noise = round3(2.5 + r.nextDouble() * 6.5);
            double paper = round3(0.86 + r.nextDouble() * 0.1);
            double warm = r.nextDouble() * 0.05;
            String mode = losslessFormat && r.nextDouble() < 0.12 ? "bilevel"
                    : r.nextDouble() < 0.4 && allowColor ? "color" : "gray";
            return new Params(dpi, false, angle, blur, noise, paper, 1.0, round3(1 - warm * 0.4), round3(1 - warm),
                    round3(r.nextDouble() * 0.12), r.nextInt(360), 55 + r.nextInt(30), r.nextDouble() < 0.15,
                    r.nextInt(4), round3(0.005 + r.nextDouble() * 0.015), mode, r.nextDouble() < 0.25,
                    r.nextDouble() < 0.35, round3(r.nextDouble() * 6e-5));
        }

        private static double round3(double d) {
            return Math.round(d * 1000) / 1000.0;
        }
    }

    /** Degrades a clean RGB page. Returns TYPE_BYTE_GRAY, TYPE_INT_RGB or TYPE_BYTE_BINARY. */
    public static BufferedImage apply(BufferedImage page, Params p, Random r) {
        int w = page.getWidth();
        int h = page.getHeight();
        if (p.clean()) {
            return toGray(page);
        }
        BufferedImage src = page;
        if (p.angle() != 0) {
            BufferedImage rot = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rot.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(p.angle()), w / 2.0, h / 2.0);
            g.drawImage(page, 0, 0, null);
            g.dispose();
            src = rot;
        }
        boolean color = "color".equals(p.mode());
        int nc = color ? 3 : 1;
        int[] rgb = ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
        float[][] ch = new float[nc][w * h];
        for (int i = 0; i < rgb.length; i++) {
            int v = rgb[i];
            float rr = ((v >> 16) & 255) / 255f;
            float gg = ((v >> 8) & 255) / 255f;
            float bb = (v & 255) / 255f;
            if (color) {
                ch[0][i] = rr;
                ch[1][i] = gg;
                ch[2][i] = bb;
            } else {
                ch[0][i] = 0.299f * rr + 0.587f * gg + 0.114f * bb;
            }
        }
        // paper tone and lighting gradient: white becomes paper, black stays nearly black
        double[] tint = color ? new double[] {p.tintR(), p.tintG(), p.tintB()} : new double[] {1};
        double ga = Math.toRadians(p.gradientAngle());
        double gx = Math.cos(ga);
        double gy = Math.sin(ga);
        double span = Math.abs(gx) * w + Math.abs(gy) * h;
        double off = Math.min(0, gx * w) + Math.min(0, gy * h);
        float ink = 0.06f;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double t = (gx * x + gy * y - off) / span;
                double light = 1 - p.gradient() * t;
                int i = y * w + x;
                for (int c = 0; c < nc; c++) {
                    double paper = p.paper() * tint[c] * light;
                    ch[c][i] = (float) (ink + (paper - ink) * ch[c][i]);
                }
            }
        }
        if (p.blur() > 0.05) {
            for (int c = 0; c < nc; c++) {
                blur(ch[c], w, h, p.blur());
            }
        }
        if (p.resample() > 0 && p.resample() < 0.999) {
            for (int c = 0; c < nc; c++) {
                ch[c] = resample(ch[c], w, h, p.resample());
            }
        }
        // noise (the same grain in every channel, as a scanner's sensor noise mostly is)
        float sigma = (float) (p.noise() / 255.0);
        for (int i = 0; i < w * h; i++) {
            float n = (float) r.nextGaussian() * sigma;
            for (int c = 0; c < nc; c++) {
                ch[c][i] += n;
            }
        }
        int specks = (int) (w * h * p.specks());
        for (int k = 0; k < specks; k++) {
            int x = r.nextInt(w);
            int y = r.nextInt(h);
            int rad = 1 + r.nextInt(Math.max(1, p.dpi() / 150));
            float v = 0.1f + r.nextFloat() * 0.4f;
            for (int dy = -rad; dy <= rad; dy++) {
                for (int dx = -rad; dx <= rad; dx++) {
                    int xx = x + dx;
                    int yy = y + dy;
                    if (xx >= 0 && yy >= 0 && xx < w && yy < h && dx * dx + dy * dy <= rad * rad) {
                        for (int c = 0; c < nc; c++) {
                            ch[c][yy * w + xx] = Math.min(ch[c][yy * w + xx], v);
                        }
                    }
                }
            }
        }
        if (p.edge()) {
            int ew = (int) Math.max(2, p.edgeWidth() * Math.max(w, h));
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int d = switch (p.edgeSide()) {
                        case 0 -> y;
                        case 1 -> w - 1 - x;
                        case 2 -> h - 1 - y;
                        default -> x;
                    };
                    if (d < ew * 2) {
                        float f = d < ew ? 0.2f : 0.2f + 0.8f * (d - ew) / (float) ew;
                        for (int c = 0; c < nc; c++) {
                            ch[c][y * w + x] *= f;
                        }
                    }
                }
            }
        }
        if ("bilevel".equals(p.mode())) {
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
            var raster = out.getRaster();
            float thr = (float) (p.paper() * 0.55);
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    row[x] = ch[0][y * w + x] > thr ? 1 : 0;
                }
                raster.setSamples(0, y, w, 1, 0, row);
            }
            return out;
        }
        if (color) {
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            int[] o = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < o.length; i++) {
                o[i] = (q(ch[0][i]) << 16) | (q(ch[1][i]) << 8) | q(ch[2][i]);
            }
            return out;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < o.length; i++) {
            o[i] = (byte) q(ch[0][i]);
        }
        return out;
    }

    private static int q(float v) {
        int i = Math.round(v * 255);
        return i < 0 ? 0 : Math.min(255, i);
    }

    static BufferedImage toGray(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        int[] rgb = ((DataBufferInt) page.getRaster().getDataBuffer()).getData();
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < o.length; i++) {
            int v = rgb[i];
            o[i] = (byte) Math.round(0.299f * ((v >> 16) & 255) + 0.587f * ((v >> 8) & 255) + 0.114f * (v & 255));
        }
        return out;
    }

    /** The channel scaled down by {@code f} (box average) and back up to w x h (bilinear): detail lost as in a low-resolution scan. */
    static float[] resample(float[] a, int w, int h, double f) {
        int sw = Math.max(1, (int) Math.round(w * f)), sh = Math.max(1, (int) Math.round(h * f));
        float[] small = new float[sw * sh];
        double sx = w / (double) sw, sy = h / (double) sh;
        for (int y = 0; y < sh; y++) {
            int y0 = (int) (y * sy), y1 = Math.max(y0 + 1, Math.min(h, (int) ((y + 1) * sy)));
            for (int x = 0; x < sw; x++) {
                int x0 = (int) (x * sx), x1 = Math.max(x0 + 1, Math.min(w, (int) ((x + 1) * sx)));
                float sum = 0;
                for (int yy = y0; yy < y1; yy++) for (int xx = x0; xx < x1; xx++) sum += a[yy * w + xx];
                small[y * sw + x] = sum / ((y1 - y0) * (x1 - x0));
            }
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            double fy = Math.max(0, (y + 0.5) / sy - 0.5);
            int y0 = Math.min(sh - 1, (int) fy), y1 = Math.min(sh - 1, y0 + 1);
            float ty = (float) (fy - y0);
            for (int x = 0; x < w; x++) {
                double fx = Math.max(0, (x + 0.5) / sx - 0.5);
                int x0 = Math.min(sw - 1, (int) fx), x1 = Math.min(sw - 1, x0 + 1);
                float tx = (float) (fx - x0);
                float top = small[y0 * sw + x0] * (1 - tx) + small[y0 * sw + x1] * tx;
                float bot = small[y1 * sw + x0] * (1 - tx) + small[y1 * sw + x1] * tx;
                out[y * w + x] = top * (1 - ty) + bot * ty;
            }
        }
        return out;
    }

    /** Separable Gaussian blur in place. */
    static void blur(float[] a, int w, int h, double sigma) {
        int rad = Math.max(1, (int) Math.ceil(sigma * 3));
        float[] k = new float[2 * rad + 1];
        float sum = 0;
        for (int i = -rad; i <= rad; i++) {
            k[i + rad] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
            sum += k[i + rad];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        float[] tmp = new float[a.length];
        for (int y = 0; y < h; y++) {
            int base = y * w;
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int i = -rad; i <= rad; i++) {
                    int xx = Math.min(w - 1, Math.max(0, x + i));
                    s += k[i + rad] * a[base + xx];
                }
                tmp[base + x] = s;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int i = -rad; i <= rad; i++) {
                    int yy = Math.min(h - 1, Math.max(0, y + i));
                    s += k[i + rad] * tmp[yy * w + x];
                }
                a[y * w + x] = s;
            }
        }
    }
}
