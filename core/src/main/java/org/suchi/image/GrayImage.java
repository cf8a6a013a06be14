package org.suchi.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Objects;

/**
 * An 8-bit grey image, row-major, 0 = black, 255 = white. Treated as immutable: no stage writes
 * into another stage's pixels (copy first). Pure Java so that stages and tests need no native code.
 */
public final class GrayImage {
    private final int width;
    private final int height;
    private final byte[] pixels;

    public GrayImage(int width, int height, byte[] pixels) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("empty image " + width + "x" + height);
        if (pixels.length != (long) width * height) throw new IllegalArgumentException("pixel count mismatch");
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    public int width() { return width; }
    public int height() { return height; }

    /** The pixel buffer itself (not a copy): read it, never write it. */
    public byte[] pixels() { return pixels; }

    public int get(int x, int y) { return pixels[y * width + x] & 0xff; }

    public GrayImage crop(Rect r) {
        Rect c = r.clip(width, height);
        if (c.width() == 0 || c.height() == 0) throw new IllegalArgumentException("crop outside image: " + r);
        byte[] out = new byte[c.width() * c.height()];
        for (int y = 0; y < c.height(); y++) {
            System.arraycopy(pixels, (c.y() + y) * width + c.x(), out, y * c.width(), c.width());
        }
        return new GrayImage(c.width(), c.height(), out);
    }

    public static GrayImage of(BufferedImage img) {
        Objects.requireNonNull(img);
        BufferedImage g = img;
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            g = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var gr = g.createGraphics();
            gr.setColor(java.awt.Color.WHITE);
            gr.fillRect(0, 0, img.getWidth(), img.getHeight());
            gr.drawImage(img, 0, 0, null);
            gr.dispose();
        }
        byte[] data = ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
        byte[] copy = data.length == img.getWidth() * img.getHeight() ? data.clone() : null;
        if (copy == null) { // non-contiguous raster: read row by row
            copy = new byte[img.getWidth() * img.getHeight()];
            g.getRaster().getDataElements(0, 0, img.getWidth(), img.getHeight(), copy);
        }
        return new GrayImage(img.getWidth(), img.getHeight(), copy);
    }

    public BufferedImage toBufferedImage() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setDataElements(0, 0, width, height, pixels);
        return out;
    }
}
