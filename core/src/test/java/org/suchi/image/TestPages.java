package org.suchi.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Synthetic page images for the image and layout tests, drawn with Java2D (independent of OpenCV,
 * so OpenCV is not tested against itself). Bangla text is shaped by Java2D (HarfBuzz).
 */
public final class TestPages {
    private TestPages() {}

    /** Sentences of an office letter: many words with a long headline (matra). */
    public static final List<String> BANGLA_LINES = List.of(
            "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা বাস্তবায়ন অগ্রগতি প্রতিবেদন প্রেরণ",
            "উপর্যুক্ত বিষয়ের প্রেক্ষিতে জানানো যাচ্ছে যে এই দপ্তরের ত্রৈমাসিক প্রতিবেদন",
            "সংযুক্ত করে সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলো",
            "সেবা সহজিকরণ ডিজিটাইজেশনের মাধ্যমে উদ্ভাবনী ধারণা বাস্তবায়ন করা হয়েছে",
            "তথ্য বাতায়ন হালনাগাদকরণ এবং প্রশিক্ষণ কর্মশালা আয়োজনের প্রস্তুতি চলছে",
            "আওতাধীন দপ্তর সংস্থার অংশগ্রহণে উদ্ভাবনী উদ্যোগ প্রদর্শনী আয়োজিত হয়েছে");

    public static final List<String> BANGLA_WORDS = List.of(
            "কর্মসম্পাদন", "সূচক", "বাস্তবায়ন", "সংখ্যা", "তারিখ", "প্রতিবেদন", "হালনাগাদকরণ",
            "উদ্ভাবনী", "ধারণা", "প্রশিক্ষণ", "কর্মশালা", "আয়োজিত", "সেবা", "সহজিকরণ");

    private static Font bangla;

    /** A Bangla font of {@code pt} points at {@code dpi}; fails (never skips) when none is installed. */
    public static synchronized Font banglaFont(double pt, int dpi) {
        if (bangla == null) bangla = loadBangla();
        return bangla.deriveFont((float) (pt * dpi / 72.0));
    }

    private static Font loadBangla() {
        for (String path : List.of("/usr/share/fonts/truetype/lohit-bengali/Lohit-Bengali.ttf",
                "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf",
                "/usr/share/fonts/truetype/noto/NotoSerifBengali-Regular.ttf")) {
            File f = new File(path);
            if (!f.isFile()) continue;
            try {
                return Font.createFont(Font.TRUETYPE_FONT, f);
            } catch (FontFormatException | IOException e) {
                // try the next one
            }
        }
        List<String> families = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String name : List.of("Lohit Bengali", "Noto Sans Bengali", "Noto Serif Bengali")) {
            if (families.contains(name)) return new Font(name, Font.PLAIN, 12);
        }
        throw new IllegalStateException("no Bangla font installed (fonts-lohit-beng-bengali or fonts-noto); the tests need one");
    }

    /** A white grey page. */
    public static BufferedImage page(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    /** Graphics for drawing black antialiased text and shapes. */
    public static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        return g;
    }

    /** A portrait cover letter: lines of Bangla text, no table. */
    public static BufferedImage letter(int dpi) {
        int w = (int) Math.round(8.27 * dpi), h = (int) Math.round(11.69 * dpi);
        BufferedImage img = page(w, h);
        Graphics2D g = graphics(img);
        g.setFont(banglaFont(12, dpi));
        int y = (int) (1.2 * dpi);
        int lineH = (int) Math.round(12 * 1.9 * dpi / 72.0);
        for (int i = 0; i < 22; i++) {
            g.drawString(BANGLA_LINES.get(i % BANGLA_LINES.size()), (int) (0.9 * dpi), y);
            y += lineH;
            if (i % 6 == 5) y += lineH; // paragraph gap
        }
        g.dispose();
        return img;
    }

    /** The image turned counter-clockwise by {@code degrees} about its centre, same size, white fill. */
    public static GrayImage rotate(GrayImage src, double degrees) {
        BufferedImage in = src.toBufferedImage();
        BufferedImage out = page(src.width(), src.height());
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        // screen coordinates (y down): a negative angle turns counter-clockwise as seen
        g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(-degrees), src.width() / 2.0, src.height() / 2.0));
        g.drawImage(in, 0, 0, null);
        g.dispose();
        return GrayImage.of(out);
    }

    /** The image turned counter-clockwise by a quarter turn multiple (90, 180, 270); the size swaps for 90/270. */
    public static GrayImage turn(GrayImage src, int ccwDegrees) {
        int w = src.width(), h = src.height();
        int q = ((ccwDegrees / 90) % 4 + 4) % 4;
        int ow = q % 2 == 0 ? w : h, oh = q % 2 == 0 ? h : w;
        byte[] out = new byte[w * h];
        byte[] in = src.pixels();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx, ny;
                switch (q) {
                    case 1 -> { nx = y; ny = w - 1 - x; }          // counter-clockwise
                    case 2 -> { nx = w - 1 - x; ny = h - 1 - y; }
                    case 3 -> { nx = h - 1 - y; ny = x; }          // clockwise
                    default -> { nx = x; ny = y; }
                }
                out[ny * ow + nx] = in[y * w + x];
            }
        }
        return new GrayImage(ow, oh, out);
    }

    /**
     * A scan of the page: paper darkened by a lighting gradient from {@code paperFrom} to
     * {@code paperTo} grey (left to right), ink kept dark, Gaussian noise of {@code noise} grey levels.
     */
    public static GrayImage scan(GrayImage src, int paperFrom, int paperTo, double noise, long seed) {
        Random rnd = new Random(seed);
        int w = src.width(), h = src.height();
        byte[] in = src.pixels(), out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double paper = paperFrom + (paperTo - paperFrom) * (x + 0.5 * y) / (w + 0.5 * h);
                double v = (in[y * w + x] & 0xff) / 255.0; // 1 paper, 0 ink
                double g = 25 + v * (paper - 25) + rnd.nextGaussian() * noise;
                out[y * w + x] = (byte) Math.max(0, Math.min(255, Math.round(g)));
            }
        }
        return new GrayImage(w, h, out);
    }

    /** Number of ink (0) pixels of a binary image inside {@code r}. */
    public static int ink(GrayImage binary, Rect r) {
        Rect c = r.clip(binary.width(), binary.height());
        int n = 0;
        for (int y = c.y(); y < c.bottom(); y++) {
            for (int x = c.x(); x < c.right(); x++) if (binary.get(x, y) < 128) n++;
        }
        return n;
    }
}
