package org.suchi.synth;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Writes page images as an image-only PDF, PNG, JPEG or (multi-page) TIFF. Byte-for-byte deterministic. */
final class Output {
    private Output() {}

    /** An image-only PDF: one image per page (JPEG at {@code quality}, or lossless when quality is 0). */
    static void pdf(List<BufferedImage> pages, int dpi, int quality, String id, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : pages) {
                float w = img.getWidth() * 72f / dpi;
                float h = img.getHeight() * 72f / dpi;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject x = quality > 0 && img.getType() != BufferedImage.TYPE_BYTE_BINARY
                        ? JPEGFactory.createFromImage(doc, img, quality / 100f, dpi)
                        : LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, w, h);
                }
            }
            doc.getDocumentInformation().setProducer("Suchi synth");
            byte[] digest = sha256(id.getBytes(StandardCharsets.UTF_8));
            byte[] half = java.util.Arrays.copyOf(digest, 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(half));
            ids.add(new COSString(half));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.save(out);
            }
        }
    }

    static void png(BufferedImage img, int dpi, Path file) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        IIOMetadata md = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), p);
        String fmt = "javax_imageio_png_1.0";
        Element root = (Element) md.getAsTree(fmt);
        Element phys = new javax.imageio.metadata.IIOMetadataNode("pHYs");
        String ppm = Integer.toString((int) Math.round(dpi / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", ppm);
        phys.setAttribute("pixelsPerUnitYAxis", ppm);
        phys.setAttribute("unitSpecifier", "meter");
        root.appendChild(phys);
        md.setFromTree(fmt, root);
        write(w, p, List.of(img), List.of(md), file);
    }

    static void jpeg(BufferedImage img, int dpi, int quality, Path file) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality / 100f);
        IIOMetadata md = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), p);
        String fmt = "javax_imageio_jpeg_image_1.0";
        Node root = md.getAsTree(fmt);
        Node jfif = find(root, "app0JFIF");
        if (jfif instanceof Element e) {
            e.setAttribute("resUnits", "1");
            e.setAttribute("Xdensity", Integer.toString(dpi));
            e.setAttribute("Ydensity", Integer.toString(dpi));
            md.setFromTree(fmt, root);
        }
        write(w, p, List.of(img), List.of(md), file);
    }

    /** Multi-page TIFF: JPEG-compressed for gray/color pages, CCITT T.6 for bilevel, Deflate when quality is 0. */
    static void tiff(List<BufferedImage> pages, int dpi, int quality, Path file) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
        java.util.List<IIOMetadata> mds = new java.util.ArrayList<>();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        BufferedImage first = pages.get(0);
        if (first.getType() == BufferedImage.TYPE_BYTE_BINARY) {
            p.setCompressionType("CCITT T.6");
        } else if (quality > 0) {
            p.setCompressionType("JPEG");
            p.setCompressionQuality(quality / 100f);
        } else {
            p.setCompressionType("Deflate");
        }
        for (BufferedImage img : pages) {
            IIOMetadata md = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), p);
            TIFFDirectory dir = TIFFDirectory.createFromMetadata(md);
            BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
            long[][] res = {{dpi, 1}};
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, res));
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, res));
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                    BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
            mds.add(dir.getAsMetadata());
        }
        write(w, p, pages, mds, file);
    }

    private static void write(ImageWriter w, ImageWriteParam p, List<BufferedImage> imgs, List<IIOMetadata> mds,
                              Path file) throws IOException {
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            w.setOutput(out);
            if (imgs.size() == 1) {
                w.write(null, new IIOImage(imgs.get(0), null, mds.get(0)), p);
            } else {
                w.prepareWriteSequence(null);
                for (int i = 0; i < imgs.size(); i++) {
                    w.writeToSequence(new IIOImage(imgs.get(i), null, mds.get(i)), p);
                }
                w.endWriteSequence();
            }
        } finally {
            w.dispose();
        }
    }

    private static Node find(Node n, String name) {
        if (name.equals(n.getNodeName())) {
            return n;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node f = find(c, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(Path file) throws IOException {
        return HexFormat.of().formatHex(sha256(Files.readAllBytes(file)));
    }
}
