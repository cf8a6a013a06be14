package org.suchi.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Hostile inputs made on the spot (nothing large is committed): decompression bombs that are small
 * files, broken structures, odd file types. Each is what a careless scanner, a broken export or a
 * malicious sender can produce.
 */
final class Hostile {
    private Hostile() {}

    /** {@code n} zero bytes deflated (zlib): about n/1000 bytes that decode to n. */
    static byte[] zeros(long n) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        try (OutputStream z = new DeflaterOutputStream(bytes, d, 1 << 16)) {
            byte[] chunk = new byte[1 << 20];
            for (long left = n; left > 0; left -= chunk.length) z.write(chunk, 0, (int) Math.min(chunk.length, left));
        } finally {
            d.end();
        }
        return bytes.toByteArray();
    }

    /** An A4 PDF whose one page shows a {@code side}×{@code side} 8-bit gray Flate image (40000² decodes to 1.6 GB). */
    static Path flateImageBomb(Path to, int side) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSStream s = doc.getDocument().createCOSStream();
            try (OutputStream os = s.createRawOutputStream()) {
                os.write(zeros((long) side * side));
            }
            s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            s.setItem(COSName.TYPE, COSName.XOBJECT);
            s.setItem(COSName.SUBTYPE, COSName.IMAGE);
            s.setInt(COSName.WIDTH, side);
            s.setInt(COSName.HEIGHT, side);
            s.setInt(COSName.BITS_PER_COMPONENT, 8);
            s.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            PDImageXObject img = new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(s), null);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(to.toFile());
        }
        return to;
    }

    /** A PDF of {@code pages} empty pages of {@code inches}×{@code inches} (47 in at 300 dpi is 199 megapixels a page). */
    static Path hugePages(Path to, int pages, float inches) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) doc.addPage(new PDPage(new PDRectangle(inches * 72, inches * 72)));
            doc.save(to.toFile());
        }
        return to;
    }

    /** A 16-bit RGBA PNG of {@code side}² zero pixels (14000² decodes to 1.5 GB of samples). */
    static Path png16Rgba(Path to, int side) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).order(ByteOrder.BIG_ENDIAN);
        ihdr.putInt(side).putInt(side).put((byte) 16).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        // every row: filter byte 0 and side × 8 zero bytes; all zero, so zeros() of the whole is the same stream
        chunk(png, "IDAT", zeros((long) side * (1 + side * 8L)));
        chunk(png, "IEND", new byte[0]);
        return Files.write(to, png.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(t);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A PDF whose page tree loops: the page's parent's parent is the parent again. */
    static Path circularParent(Path to) throws IOException {
        String body = "%PDF-1.4\n"
                + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 4 0 R >>\nendobj\n"
                + "4 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n";
        return Files.writeString(to, body, StandardCharsets.ISO_8859_1);
    }

    /** A valid little TIFF header and image directory whose compression is {@code compression} (34925 LZMA, 50000 ZSTD). */
    static Path tiffWithCompression(Path to, int compression) throws IOException {
        int w = 16, h = 16;
        short[][] tags = {
            {256, 3, 1, (short) w}, {257, 3, 1, (short) h}, {258, 3, 1, 8}, {259, 3, 1, (short) compression},
            {262, 3, 1, 1}, {273, 4, 1, 0}, {277, 3, 1, 1}, {278, 3, 1, (short) h}, {279, 4, 1, (short) (w * h)}};
        int ifd = 8, data = ifd + 2 + tags.length * 12 + 4;
        ByteBuffer b = ByteBuffer.allocate(data + w * h).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd);
        b.putShort((short) tags.length);
        for (short[] t : tags) {
            b.putShort(t[0]).putShort(t[1]).putInt(t[2]);
            int v = t[0] == 273 ? data : t[3] & 0xffff;
            if (t[1] == 3) b.putShort((short) v).putShort((short) 0);
            else b.putInt(v);
        }
        b.putInt(0);
        return Files.write(to, b.array());
    }

    /** JSON nested {@code depth} arrays deep. */
    static Path deepJson(Path to, int depth) throws IOException {
        return Files.writeString(to, "[".repeat(depth) + "]".repeat(depth));
    }
}
