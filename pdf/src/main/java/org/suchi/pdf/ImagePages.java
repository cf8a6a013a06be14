package org.suchi.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.suchi.ingest.InputFormat;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The page images of a PNG, JPEG or TIFF input as PDF image XObjects, never re-encoded lossily:
 * <ul>
 *   <li>JPEG: the file's own bytes as a {@code DCTDecode} stream;</li>
 *   <li>PNG: its compressed image data passed through ({@code FlateDecode} with the PNG predictors; PDFBox falls
 *       back to a lossless re-compression of the same pixels when the PNG cannot be passed through);</li>
 *   <li>TIFF, per page: CCITT G3/G4 data passed through ({@code CCITTFaxDecode}); a JPEG-compressed page in
 *       one strip passed through as a {@code DCTDecode} stream (its {@code JPEGTables} merged in); anything else
 *       decoded and stored losslessly ({@code FlateDecode}): the same pixels.</li>
 * </ul>
 * The resolution is the image's own when its metadata gives a plausible one, else the A4 guess the core
 * makes ({@code org.suchi.ingest}), so the page has the scan's physical size.
 */
final class ImagePages implements AutoCloseable {
    /** One page: the image and its size in points. */
    record Page(PDImageXObject image, int pixelWidth, int pixelHeight, double widthPt, double heightPt, String how) {}

    private final Path file;
    private final InputFormat format;
    private final byte[] bytes;
    private final ImageInputStream stream;
    private final ImageReader reader;

    ImagePages(Path file, InputFormat format) throws IOException {
        this.file = file;
        this.format = format;
        this.bytes = Files.readAllBytes(file);
        this.stream = ImageIO.createImageInputStream(file.toFile());
        Iterator<ImageReader> it = ImageIO.getImageReaders(stream);
        if (!it.hasNext()) throw new IOException("no decoder for " + file);
        this.reader = it.next();
        reader.setInput(stream, false, true);
    }

    int pageCount() throws IOException {
        return format == InputFormat.TIFF ? reader.getNumImages(true) : 1;
    }

    Page page(PDDocument doc, int page) throws IOException {
        int i = page - 1;
        int w = reader.getWidth(i), h = reader.getHeight(i);
        IIOMetadata meta = reader.getImageMetadata(i);
        double dpi = dpiOf(meta, w, h);
        PDImageXObject img;
        String how;
        switch (format) {
            case JPEG -> {
                img = JPEGFactory.createFromByteArray(doc, bytes);
                how = "jpeg passed through";
            }
            case PNG -> {
                img = PDImageXObject.createFromByteArray(doc, bytes, file.getFileName().toString());
                how = COSName.FLATE_DECODE.equals(img.getCOSObject().getItem(COSName.FILTER)) ? "png data passed through" : "png";
            }
            default -> {
                TiffPage t = TiffPage.of(meta);
                byte[] jpeg = t.compression() == 7 ? t.jpeg(bytes, w, h) : null;
                img = null;
                how = null;
                if (t.compression() == 3 || t.compression() == 4) {
                    try {
                        img = CCITTFactory.createFromByteArray(doc, bytes, i);
                        how = "ccitt passed through";
                    } catch (IOException e) {
                        img = null; // several strips: PDFBox passes one strip only; stored losslessly below
                    }
                }
                if (img != null) {
                    // passed through
                } else if (jpeg != null) {
                    img = JPEGFactory.createFromByteArray(doc, jpeg);
                    if (t.photometric() == 2 && img.getCOSObject().getInt(COSName.BITS_PER_COMPONENT) == 8
                            && img.getColorSpace().getNumberOfComponents() == 3) {
                        COSDictionary parms = new COSDictionary();
                        parms.setInt(COSName.getPDFName("ColorTransform"), 0); // RGB data, no YCbCr transform
                        img.getCOSObject().setItem(COSName.DECODE_PARMS, parms);
                    }
                    how = "tiff jpeg passed through";
                } else {
                    BufferedImage bi = reader.read(i);
                    img = LosslessFactory.createFromImage(doc, bi);
                    how = "tiff stored losslessly (compression " + t.compression() + ")";
                }
            }
        }
        return new Page(img, w, h, w / dpi * 72, h / dpi * 72, how);
    }

    /** Same rule as the core's opener: the metadata's resolution when it agrees with an A4 page (±25 %), else the A4 guess. */
    static double dpiOf(IIOMetadata meta, int w, int h) {
        double guess = Math.max(w, h) / 11.69;
        try {
            if (meta != null && meta.isStandardMetadataFormatSupported()) {
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_1.0");
                NodeList nl = root.getElementsByTagName("HorizontalPixelSize");
                if (nl.getLength() > 0) {
                    double dpi = 25.4 / Double.parseDouble(((IIOMetadataNode) nl.item(0)).getAttribute("value"));
                    if (dpi > 50 && dpi < 1200 && Math.abs(dpi / guess - 1) < 0.25) return dpi;
                }
            }
        } catch (RuntimeException ignored) {
            // unreadable metadata: the page-size guess
        }
        return guess;
    }

    /** The TIFF fields of one page that decide how its data can be passed through. */
    record TiffPage(int compression, int photometric, long[] offsets, long[] counts, byte[] tables) {
        static TiffPage of(IIOMetadata meta) {
            int compression = 1, photometric = -1;
            long[] offsets = null, counts = null;
            byte[] tables = null;
            IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_tiff_image_1.0");
            NodeList fields = root.getElementsByTagName("TIFFField");
            for (int k = 0; k < fields.getLength(); k++) {
                IIOMetadataNode f = (IIOMetadataNode) fields.item(k);
                int tag = Integer.parseInt(f.getAttribute("number"));
                switch (tag) {
                    case 259 -> compression = (int) values(f)[0];
                    case 262 -> photometric = (int) values(f)[0];
                    case 273 -> offsets = values(f);
                    case 279 -> counts = values(f);
                    case 347 -> {
                        long[] v = values(f);
                        tables = new byte[v.length];
                        for (int j = 0; j < v.length; j++) tables[j] = (byte) v[j];
                    }
                    default -> { }
                }
            }
            return new TiffPage(compression, photometric, offsets, counts, tables);
        }

        private static long[] values(IIOMetadataNode field) {
            Node holder = field.getFirstChild();
            if (holder == null) return new long[0];
            if (holder instanceof IIOMetadataNode u && "TIFFUndefined".equals(u.getNodeName())) {
                // bytes of an UNDEFINED field (JPEGTables): one comma-separated list in the node's value
                String[] parts = u.getAttribute("value").split(",");
                long[] out = new long[parts[0].isBlank() ? 0 : parts.length];
                for (int j = 0; j < out.length; j++) out[j] = Long.parseLong(parts[j].strip());
                return out;
            }
            NodeList vs = holder.getChildNodes();
            long[] out = new long[vs.getLength()];
            for (int j = 0; j < vs.getLength(); j++) {
                String v = ((IIOMetadataNode) vs.item(j)).getAttribute("value");
                out[j] = v.isEmpty() ? 0 : Long.parseLong(v.split("[ /]")[0]);
            }
            return out;
        }

        /**
         * The page as one complete baseline JPEG stream, or null when its data cannot be passed through. One strip:
         * the strip with the JPEGTables (quantisation and Huffman tables, between their own SOI and EOI) put after
         * its SOI. Several strips (each a JPEG of a band of whole MCU rows, as libtiff writes them): the frame
         * header of the first with the page's height, a restart interval of one strip's MCUs, and the strips'
         * entropy-coded data joined with restart markers (a restart resets exactly what a new strip resets: the
         * DC predictors), the way tiff2pdf does it. The coded data is copied, never decoded.
         */
        byte[] jpeg(byte[] file, int width, int height) {
            if (offsets == null || counts == null || offsets.length == 0 || offsets.length != counts.length) return null;
            ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
            out.write(0xFF);
            out.write(0xD8);
            if (tables != null && tables.length > 4) out.write(tables, 2, tables.length - 4); // without SOI and EOI
            int rowsPerStrip = -1;
            for (int k = 0; k < offsets.length; k++) {
                int off = (int) offsets[k], len = (int) counts[k];
                if (off < 0 || len < 4 || (long) off + len > file.length) return null;
                if ((file[off] & 0xff) != 0xFF || (file[off + 1] & 0xff) != 0xD8) return null;
                int pos = off + 2, end = off + len;
                int sos = -1;
                int[] mcu = null;
                while (pos + 4 <= end) { // the segments before the scan
                    if ((file[pos] & 0xff) != 0xFF) return null;
                    int marker = file[pos + 1] & 0xff;
                    int segLen = ((file[pos + 2] & 0xff) << 8) | (file[pos + 3] & 0xff);
                    if (marker == 0xDA) {
                        sos = pos;
                        break;
                    }
                    if (marker == 0xDD) return null; // restart intervals of its own
                    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                        if (marker != 0xC0 && marker != 0xC1) return null; // baseline only
                        mcu = mcuSize(file, pos);
                        int stripRows = ((file[pos + 5] & 0xff) << 8) | (file[pos + 6] & 0xff);
                        if (k == 0) rowsPerStrip = stripRows;
                        if (offsets.length > 1 && k == 0) {
                            // the frame header with the page's height
                            byte[] sof = java.util.Arrays.copyOfRange(file, pos, pos + 2 + segLen);
                            sof[5] = (byte) (height >> 8);
                            sof[6] = (byte) height;
                            out.write(sof, 0, sof.length);
                            pos += 2 + segLen;
                            continue;
                        }
                    }
                    if (k == 0) out.write(file, pos, 2 + segLen);
                    pos += 2 + segLen;
                }
                if (sos < 0 || mcu == null && k == 0) return null;
                int sosLen = ((file[sos + 2] & 0xff) << 8) | (file[sos + 3] & 0xff);
                int dataStart = sos + 2 + sosLen;
                int dataEnd = end;
                while (dataEnd > dataStart + 1 && !((file[dataEnd - 2] & 0xff) == 0xFF && (file[dataEnd - 1] & 0xff) == 0xD9)) dataEnd--;
                if (dataEnd <= dataStart + 1) return null;
                dataEnd -= 2;
                for (int i = dataStart; i + 1 < dataEnd; i++) { // no restart markers of its own
                    if ((file[i] & 0xff) == 0xFF && (file[i + 1] & 0xff) >= 0xD0 && (file[i + 1] & 0xff) <= 0xD7) return null;
                }
                if (k == 0) {
                    if (offsets.length > 1) {
                        if (mcu == null || rowsPerStrip % mcu[1] != 0) return null;
                        int interval = (rowsPerStrip / mcu[1]) * ((width + mcu[0] - 1) / mcu[0]);
                        if (interval > 0xFFFF) return null;
                        out.write(new byte[] {(byte) 0xFF, (byte) 0xDD, 0, 4, (byte) (interval >> 8), (byte) interval}, 0, 6);
                    }
                    out.write(file, sos, 2 + sosLen);
                } else {
                    out.write(0xFF);
                    out.write(0xD0 + ((k - 1) & 7));
                }
                out.write(file, dataStart, dataEnd - dataStart);
            }
            out.write(0xFF);
            out.write(0xD9);
            return out.toByteArray();
        }

        /** Width and height of an MCU from a frame header at {@code pos}: 8 × the largest sampling factors (8×8 for one component). */
        private static int[] mcuSize(byte[] f, int pos) {
            int n = f[pos + 9] & 0xff;
            if (n == 1) return new int[] {8, 8};
            int h = 1, v = 1;
            for (int c = 0; c < n; c++) {
                int s = f[pos + 10 + 3 * c + 1] & 0xff;
                h = Math.max(h, s >> 4);
                v = Math.max(v, s & 15);
            }
            return new int[] {8 * h, 8 * v};
        }
    }

    @Override
    public void close() {
        reader.dispose();
        try {
            stream.close();
        } catch (IOException ignored) {
            // closing after reading
        }
    }
}
