package org.suchi.tools;

import org.suchi.layout.Cell;
import org.suchi.layout.Grid;
import org.suchi.layout.PageLayout;
import org.suchi.layout.RulingLayoutAnalyzer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.suchi.image.GrayImage;
import org.suchi.image.OpenCvPagePreprocessor;
import org.suchi.image.PreparedPage;
import org.suchi.image.Rect;
import org.w3c.dom.NodeList;

/**
 * Dev tool: draws the detected table grids over a page so layouts can be eyeballed.
 *
 * <pre>
 * java -cp ... org.suchi.tools.LayoutDebug page.png out.png [--dpi 200] [--page 2]
 * java -cp ... org.suchi.tools.LayoutDebug scan.pdf out.png --page 2
 * </pre>
 *
 * Reads PNG, JPEG or (multi-page) TIFF through ImageIO, or renders a PDF page with PDFBox;
 * {@code --page} is 1-based (TIFF or PDF page). Without {@code --dpi} the resolution comes from the
 * image metadata (a PDF is rendered at the resolution of its embedded scan), else from the size of
 * an A4 page. The page is prepared with {@link OpenCvPagePreprocessor} and analysed with
 * {@link RulingLayoutAnalyzer}; the overlay is drawn on the prepared grey page: table bounds in
 * blue, row/column lines thin grey, single cells' boxes green, merged cells' boxes red with their
 * span. A summary (skew, rotation, timings, grid sizes, merged cells) goes to standard output.
 */
public final class LayoutDebug {
    private LayoutDebug() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LayoutDebug <image.png|jpg|tif|pdf> <out.png> [--dpi N] [--page N]");
            System.exit(2);
        }
        int dpi = -1, pageNo = 1;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dpi" -> dpi = Integer.parseInt(args[i + 1]);
                case "--page" -> pageNo = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        BufferedImage img;
        if (args[0].toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
                if (dpi <= 0) dpi = embeddedImageDpi(doc.getPage(pageNo - 1));
                img = new PDFRenderer(doc).renderImageWithDPI(pageNo - 1, dpi, ImageType.GRAY);
            }
        } else try (ImageInputStream in = ImageIO.createImageInputStream(new File(args[0]))) {
            if (in == null) throw new IOException("cannot open " + args[0]);
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException("no image reader for " + args[0]);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                img = reader.read(pageNo - 1);
                if (dpi <= 0) dpi = metadataDpi(reader.getImageMetadata(pageNo - 1));
            } finally {
                reader.dispose();
            }
        }
        GrayImage raw = GrayImage.of(img);
        long t0 = System.nanoTime();
        OpenCvPagePreprocessor pre = new OpenCvPagePreprocessor();
        RulingLayoutAnalyzer analyzer = new RulingLayoutAnalyzer();
        long t1 = System.nanoTime();
        PreparedPage page = pre.prepare(pageNo, raw, dpi);
        long t2 = System.nanoTime();
        PageLayout layout = analyzer.analyze(page);
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s page %d: %dx%d dpi %d, skew %.3f deg, rotation %d, load %d ms, prepare %d ms, layout %d ms, %d table(s)%n",
                args[0], pageNo, raw.width(), raw.height(), page.dpi(), page.skewDegrees(), page.rotation(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, layout.tables().size());
        for (Grid g : layout.tables()) System.out.print(describe(g));
        ImageIO.write(draw(page, layout), "png", new File(args[1]));
    }

    /** A text summary of a grid: size, line positions, merged cells. */
    public static String describe(Grid g) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "  table %s: %d rows x %d cols, %d cells%n", g.bounds(), g.rows(), g.cols(), g.cells().size()));
        sb.append("    rowLines ").append(g.rowLines()).append('\n');
        sb.append("    colLines ").append(g.colLines()).append('\n');
        for (Cell c : g.cells()) {
            if (c.rowSpan() > 1 || c.colSpan() > 1) {
                sb.append(String.format(Locale.ROOT, "    merged r%d c%d span %dx%d%n", c.row(), c.col(), c.rowSpan(), c.colSpan()));
            }
        }
        return sb.toString();
    }

    /** The prepared grey page in colour with the grids drawn over it. */
    public static BufferedImage draw(PreparedPage page, PageLayout layout) {
        GrayImage gray = page.gray();
        BufferedImage out = new BufferedImage(gray.width(), gray.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(gray.toBufferedImage(), 0, 0, null);
        float unit = Math.max(1f, page.dpi() / 100f);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(9 * unit)));
        for (Grid grid : layout.tables()) {
            g.setColor(new Color(160, 160, 160));
            g.setStroke(new BasicStroke(1f));
            Rect b = grid.bounds();
            for (int y : grid.rowLines()) g.drawLine(b.x() - 10, y, b.right() + 10, y);
            for (int x : grid.colLines()) g.drawLine(x, b.y() - 10, x, b.bottom() + 10);
            g.setColor(Color.BLUE);
            g.setStroke(new BasicStroke(unit));
            g.drawRect(b.x() - 4, b.y() - 4, b.width() + 8, b.height() + 8);
            for (Cell c : grid.cells()) {
                boolean merged = c.rowSpan() > 1 || c.colSpan() > 1;
                g.setColor(merged ? new Color(220, 0, 0) : new Color(0, 170, 0));
                Rect r = c.box();
                g.drawRect(r.x(), r.y(), Math.max(0, r.width() - 1), Math.max(0, r.height() - 1));
                if (merged) g.drawString(c.rowSpan() + "x" + c.colSpan(), r.x() + 3, r.bottom() - 4);
            }
        }
        g.dispose();
        return out;
    }

    /** The resolution of the largest image drawn on a PDF page (a scan), or 200. */
    static int embeddedImageDpi(PDPage page) throws IOException {
        int best = -1, bestW = 0;
        PDResources res = page.getResources();
        if (res != null) {
            for (COSName name : res.getXObjectNames()) {
                if (res.getXObject(name) instanceof PDImageXObject im && im.getWidth() > bestW) {
                    bestW = im.getWidth();
                    float pageW = page.getCropBox().getWidth();
                    // the image may be drawn rotated relative to the page: match the longer sides
                    float side = Math.max(pageW, page.getCropBox().getHeight());
                    best = (int) Math.round(Math.max(im.getWidth(), im.getHeight()) * 72.0 / side);
                }
            }
        }
        return best >= 50 && best <= 1200 ? best : 200;
    }

    /** Resolution from standard ImageIO metadata (pixel size in mm), or -1. */
    static int metadataDpi(IIOMetadata md) {
        if (md == null || !md.isStandardMetadataFormatSupported()) return -1;
        IIOMetadataNode root = (IIOMetadataNode) md.getAsTree("javax_imageio_1.0");
        NodeList l = root.getElementsByTagName("HorizontalPixelSize");
        if (l.getLength() == 0) return -1;
        try {
            double mm = Double.parseDouble(((IIOMetadataNode) l.item(0)).getAttribute("value"));
            if (mm <= 0) return -1;
            int dpi = (int) Math.round(25.4 / mm);
            return dpi >= 50 && dpi <= 1200 ? dpi : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
