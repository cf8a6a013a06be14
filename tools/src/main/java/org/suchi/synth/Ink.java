package org.suchi.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.util.Random;

/** Hand-made marks drawn over a page: signature scribbles and round office seals (in points). */
final class Ink {
    private Ink() {}

    static final Color BLUE_INK = new Color(24, 36, 128);
    static final Color BLACK_INK = new Color(28, 28, 34);

    /** A signature scribble inside {@code box}: a few loops and a flourish. */
    static void scribble(Graphics2D g, Random r, Rectangle2D box, Color ink) {
        Graphics2D h = (Graphics2D) g.create();
        h.setColor(ink);
        h.setStroke(new BasicStroke(0.7f + r.nextFloat() * 0.7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double x = box.getX();
        double y = box.getY() + box.getHeight() * (0.45 + r.nextDouble() * 0.2);
        double w = box.getWidth();
        double hh = box.getHeight();
        GeneralPath p = new GeneralPath();
        p.moveTo(x, y);
        int loops = 3 + r.nextInt(4);
        double step = w / loops;
        for (int i = 0; i < loops; i++) {
            double x0 = x + i * step;
            p.curveTo(x0 + step * 0.3, y - hh * (0.3 + r.nextDouble() * 0.5),
                    x0 + step * (0.6 + r.nextDouble() * 0.4), y + hh * (0.1 + r.nextDouble() * 0.4),
                    x0 + step, y + hh * (r.nextDouble() - 0.5) * 0.3);
        }
        p.curveTo(x + w * 0.8, y + hh * 0.45, x + w * 0.3, y + hh * 0.35, x - w * 0.05, y + hh * 0.25);
        h.draw(p);
        h.dispose();
    }

    /** A round seal: two rings, the office's words around the upper ring and a line across the middle. */
    static void seal(Graphics2D g, Random r, double cx, double cy, double rad, Color ink, Font font, String text) {
        Graphics2D h = (Graphics2D) g.create();
        h.setColor(new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 170 + r.nextInt(70)));
        h.rotate(Math.toRadians(r.nextInt(40) - 20), cx, cy);
        h.setStroke(new BasicStroke((float) (rad * 0.05)));
        h.draw(new Ellipse2D.Double(cx - rad, cy - rad, 2 * rad, 2 * rad));
        h.setStroke(new BasicStroke((float) (rad * 0.025)));
        double ri = rad * 0.72;
        h.draw(new Ellipse2D.Double(cx - ri, cy - ri, 2 * ri, 2 * ri));
        Font f = font.deriveFont((float) (rad * 0.19));
        String[] words = text.split("\\s+");
        double arc = Math.PI * 1.1;
        double start = -Math.PI / 2 - arc / 2;
        double rr = rad * 0.8;
        for (int i = 0; i < words.length; i++) {
            double a = words.length == 1 ? -Math.PI / 2 : start + arc * i / (words.length - 1);
            AffineTransform at = h.getTransform();
            h.translate(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
            h.rotate(a + Math.PI / 2);
            TextLayout tl = new TextLayout(words[i], f, h.getFontRenderContext());
            tl.draw(h, (float) (-tl.getAdvance() / 2), (float) (tl.getAscent() / 2));
            h.setTransform(at);
        }
        h.draw(new java.awt.geom.Line2D.Double(cx - ri * 0.8, cy + rad * 0.08, cx + ri * 0.8, cy + rad * 0.08));
        h.dispose();
    }
}
