package org.suchi.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of Bangla text drawn with Java2D (HarfBuzz shaping) in a system font, with the text it holds: the test
 * inputs whose transcription is known exactly. Not a report: a letter or a book page.
 */
final class BanglaPage {
    static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSerifBengali-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/lohit-bengali/Lohit-Bengali.ttf"));

    private BanglaPage() {}

    /** The first font of {@link #FONTS} present (the launcher's test packages install them). */
    static Path font(int i) {
        Path p = FONTS.get(i % FONTS.size());
        if (!Files.isRegularFile(p)) throw new IllegalStateException("missing font " + p + " (apt-get install fonts-noto-core fonts-lohit-beng-bengali)");
        return p;
    }

    /**
     * Draws {@code words} as left-aligned paragraph lines on an A4 page at {@code dpi}, {@code points} high,
     * and returns the image with the lines as drawn.
     */
    static Drawn draw(List<String> words, Path fontFile, float points, int dpi) throws Exception {
        int w = (int) Math.round(8.27 * dpi), h = (int) Math.round(11.69 * dpi);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile()).deriveFont(points * dpi / 72f);
        g.setFont(font);
        FontRenderContext frc = g.getFontRenderContext();
        int margin = dpi, lineHeight = Math.round(points * dpi / 72f * 1.9f);
        int y = margin + lineHeight;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (font.getStringBounds(next, frc).getWidth() > w - 2 * margin && line.length() > 0) {
                if (y > h - margin) break;
                g.drawString(line.toString(), margin, y);
                lines.add(line.toString());
                y += lineHeight;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (line.length() > 0 && y <= h - margin) {
            g.drawString(line.toString(), margin, y);
            lines.add(line.toString());
        }
        g.dispose();
        return new Drawn(img, lines);
    }

    record Drawn(BufferedImage image, List<String> lines) {
        String text() {
            return String.join("\n", lines);
        }

        void png(Path file, int dpi) throws Exception {
            javax.imageio.ImageWriter wr = javax.imageio.ImageIO.getImageWritersByFormatName("png").next();
            javax.imageio.ImageWriteParam p = wr.getDefaultWriteParam();
            javax.imageio.metadata.IIOMetadata meta = wr.getDefaultImageMetadata(
                    javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image), p);
            javax.imageio.metadata.IIOMetadataNode dim = new javax.imageio.metadata.IIOMetadataNode("Dimension");
            for (String n : List.of("HorizontalPixelSize", "VerticalPixelSize")) {
                javax.imageio.metadata.IIOMetadataNode px = new javax.imageio.metadata.IIOMetadataNode(n);
                px.setAttribute("value", Double.toString(25.4 / dpi));
                dim.appendChild(px);
            }
            javax.imageio.metadata.IIOMetadataNode root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_1.0");
            root.appendChild(dim);
            meta.mergeTree("javax_imageio_1.0", root);
            try (javax.imageio.stream.ImageOutputStream out = javax.imageio.ImageIO.createImageOutputStream(file.toFile())) {
                wr.setOutput(out);
                wr.write(new javax.imageio.IIOImage(image, null, meta));
            }
            wr.dispose();
        }

        void jpeg(Path file) throws Exception {
            javax.imageio.ImageIO.write(image, "jpg", new File(file.toString()));
        }
    }
}
