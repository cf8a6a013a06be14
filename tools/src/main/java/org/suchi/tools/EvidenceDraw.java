package org.suchi.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.suchi.extract.ReportJson;
import org.suchi.ingest.DocumentOpener;
import org.suchi.ingest.IngestSettings;
import org.suchi.ingest.OpenedDocument;
import org.suchi.model.Evidence;
import org.suchi.model.Report;
import org.suchi.model.Row;

/**
 * Dev tool: draws the evidence boxes of a report over one of its pages (the page as ingest renders it, at
 * 100 dpi), coloured by how the value was read (ocr blue, text-layer green, catalogue orange, derived red),
 * so evidence can be eyeballed.
 *
 * <pre>
 * java -cp cli/target/suchi.jar:tools/target/suchi-tools.jar org.suchi.tools.EvidenceDraw INPUT REPORT.json PAGE out.png
 * </pre>
 */
public final class EvidenceDraw {
    private EvidenceDraw() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Report r = ReportJson.read(Path.of(args[1]));
        int page = Integer.parseInt(args[2]);
        BufferedImage img;
        try (OpenedDocument doc = new DocumentOpener(new IngestSettings(100, IngestSettings.DEFAULT.maxPixels())).open(input)) {
            img = doc.page(page).image().toBufferedImage();
        }
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.setStroke(new BasicStroke(1.5f));
        draw(g, r.document().evidence(), page, out.getWidth(), out.getHeight());
        for (Row row : r.rows()) draw(g, row.evidence(), page, out.getWidth(), out.getHeight());
        g.dispose();
        ImageIO.write(out, "png", new File(args[3]));
    }

    private static void draw(Graphics2D g, Map<String, Evidence> ev, int page, int w, int h) {
        for (Evidence e : ev.values()) {
            if (e.page() != page) continue;
            g.setColor(switch (e.how()) {
                case Evidence.TEXT_LAYER -> new Color(0, 150, 0);
                case Evidence.CATALOGUE -> new Color(230, 130, 0);
                case Evidence.DERIVED -> Color.RED;
                default -> Color.BLUE;
            });
            int x0 = (int) Math.round(e.x0() * w), y0 = (int) Math.round(e.y0() * h);
            g.drawRect(x0, y0, (int) Math.round(e.x1() * w) - x0, (int) Math.round(e.y1() * h) - y0);
        }
    }
}
