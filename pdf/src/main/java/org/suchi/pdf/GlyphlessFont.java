package org.suchi.pdf;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The invisible text layer's font: a composite font (Type0, {@code Identity-H}) over a CIDFontType2 whose
 * CIDToGIDMap sends every code to glyph 1, a blank glyph 500 units wide (glyph 0, {@code .notdef}, is never
 * shown), and a ToUnicode CMap that maps every 2-byte code to the same UTF-16 code unit. A word is shown as
 * its UTF-16 code units in hex, so copying and extraction give back exactly the Unicode text that was written,
 * in logical order, with no shaping engine anywhere (the idea of Tesseract's PDF renderer; this is our own
 * font program, written here table by table).
 */
public final class GlyphlessFont {
    /** Advance of every glyph in text space units (per 1000 of the font size): a glyph is half an em wide. */
    public static final int ADVANCE = 500;
    public static final String NAME = "SuchiGlyphLess";

    private GlyphlessFont() {}

    /** The Type0 font dictionary with its descendant, descriptor, font program, CIDToGIDMap and ToUnicode, made in {@code doc}. */
    public static COSDictionary create(PDDocument doc) {
        COSStream fontFile = doc.getDocument().createCOSStream();
        byte[] ttf = trueType();
        write(fontFile, ttf, true);
        fontFile.setInt(COSName.LENGTH1, ttf.length);

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, NAME);
        descriptor.setInt(COSName.FLAGS, 5); // fixed pitch, symbolic
        descriptor.setItem(COSName.FONT_BBOX, ints(0, 0, ADVANCE, 1000));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 1000);
        descriptor.setInt(COSName.DESCENT, 0);
        descriptor.setInt(COSName.CAP_HEIGHT, 1000);
        descriptor.setInt(COSName.STEM_V, 80);
        descriptor.setItem(COSName.FONT_FILE2, fontFile);

        COSStream cidToGid = doc.getDocument().createCOSStream();
        byte[] map = new byte[2 * 65536];
        for (int i = 1; i < map.length; i += 2) map[i] = 1;
        write(cidToGid, map, true);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, NAME);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, ADVANCE);
        cidFont.setItem(COSName.CID_TO_GID_MAP, cidToGid);

        COSStream toUnicode = doc.getDocument().createCOSStream();
        write(toUnicode, toUnicodeCMap().getBytes(StandardCharsets.US_ASCII), true);

        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, NAME);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        return type0;
    }

    /**
     * Identity ToUnicode: code {@code XXYY} is the UTF-16 code unit {@code XXYY}. One range per high byte (a
     * bfrange may only step its last byte), none for the surrogate block, in blocks of at most 100 ranges.
     */
    static String toUnicodeCMap() {
        StringBuilder ranges = new StringBuilder();
        int n = 0, inBlock = 0;
        StringBuilder body = new StringBuilder();
        for (int hi = 0; hi < 256; hi++) {
            if (hi >= 0xD8 && hi <= 0xDF) continue;
            body.append(String.format("<%02X00> <%02XFF> <%02X00>%n", hi, hi, hi));
            n++;
            inBlock++;
            if (inBlock == 100) {
                ranges.append(inBlock).append(" beginbfrange\n").append(body).append("endbfrange\n");
                body.setLength(0);
                inBlock = 0;
            }
        }
        if (inBlock > 0) ranges.append(inBlock).append(" beginbfrange\n").append(body).append("endbfrange\n");
        return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                + ranges
                + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    }

    private static COSArray ints(int... v) {
        COSArray a = new COSArray();
        for (int x : v) a.add(COSInteger.get(x));
        return a;
    }

    private static void write(COSStream s, byte[] data, boolean flate) {
        try (OutputStream out = flate ? s.createOutputStream(COSName.FLATE_DECODE) : s.createOutputStream()) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the TrueType font program -----------------------------------------------------------------

    private static byte[] cached;

    /** A two-glyph TrueType font: glyph 0 a box ({@code .notdef}), glyph 1 blank; both {@link #ADVANCE} wide on a 1000-unit em. */
    public static synchronized byte[] trueType() {
        if (cached != null) return cached.clone();
        Map<String, byte[]> tables = new TreeMap<>(); // tags in ascending order, as the directory requires
        byte[] glyf = table(o -> {
            // glyph 0: one closed rectangle
            o.writeShort(1);            // numberOfContours
            o.writeShort(50); o.writeShort(0); o.writeShort(450); o.writeShort(800); // bbox
            o.writeShort(3);            // endPtsOfContours
            o.writeShort(0);            // instructionLength
            for (int i = 0; i < 4; i++) o.writeByte(0x01); // on curve, 16-bit deltas
            o.writeShort(50); o.writeShort(400); o.writeShort(0); o.writeShort(-400);
            o.writeShort(0); o.writeShort(0); o.writeShort(800); o.writeShort(0);
            o.writeShort(0);            // pad to 4 bytes (34 -> 36)
        });
        tables.put("glyf", glyf);
        tables.put("loca", table(o -> { o.writeShort(0); o.writeShort(glyf.length / 2); o.writeShort(glyf.length / 2); }));
        tables.put("head", table(o -> {
            o.writeInt(0x00010000); o.writeInt(0x00010000);
            o.writeInt(0);              // checkSumAdjustment, set below
            o.writeInt(0x5F0F3CF5);
            o.writeShort(0x000B);       // baseline at y=0, lsb at x=0, integer scaling
            o.writeShort(1000);         // unitsPerEm
            o.writeLong(3_786_825_600L); o.writeLong(3_786_825_600L); // created, modified (2024-01-01, seconds since 1904)
            o.writeShort(0); o.writeShort(0); o.writeShort(ADVANCE); o.writeShort(1000);
            o.writeShort(0);            // macStyle
            o.writeShort(3);            // lowestRecPPEM
            o.writeShort(2);            // fontDirectionHint
            o.writeShort(0);            // indexToLocFormat: short
            o.writeShort(0);            // glyphDataFormat
        }));
        tables.put("hhea", table(o -> {
            o.writeInt(0x00010000);
            o.writeShort(1000); o.writeShort(0); o.writeShort(0); // ascender, descender, lineGap
            o.writeShort(ADVANCE);      // advanceWidthMax
            o.writeShort(0); o.writeShort(0); o.writeShort(ADVANCE); // minLSB, minRSB, xMaxExtent
            o.writeShort(1); o.writeShort(0); o.writeShort(0); // caret
            for (int i = 0; i < 4; i++) o.writeShort(0);
            o.writeShort(0);            // metricDataFormat
            o.writeShort(2);            // numberOfHMetrics
        }));
        tables.put("hmtx", table(o -> { o.writeShort(ADVANCE); o.writeShort(50); o.writeShort(ADVANCE); o.writeShort(0); }));
        tables.put("maxp", table(o -> {
            o.writeInt(0x00010000);
            o.writeShort(2);            // numGlyphs
            o.writeShort(4); o.writeShort(1); o.writeShort(0); o.writeShort(0); // points, contours, composite
            o.writeShort(2);            // maxZones
            for (int i = 0; i < 8; i++) o.writeShort(0);
        }));
        tables.put("cmap", table(o -> {
            o.writeShort(0); o.writeShort(1);                  // version, one subtable
            o.writeShort(3); o.writeShort(1); o.writeInt(12);  // Windows Unicode BMP, offset
            // format 4: U+0020 -> glyph 1, and the closing 0xFFFF segment
            int segX2 = 4;
            o.writeShort(4); o.writeShort(16 + 4 * segX2); o.writeShort(0);
            o.writeShort(segX2); o.writeShort(4); o.writeShort(1); o.writeShort(0);
            o.writeShort(0x0020); o.writeShort(0xFFFF);        // endCode
            o.writeShort(0);                                   // reservedPad
            o.writeShort(0x0020); o.writeShort(0xFFFF);        // startCode
            o.writeShort(1 - 0x20); o.writeShort(1);           // idDelta
            o.writeShort(0); o.writeShort(0);                  // idRangeOffset
        }));
        tables.put("post", table(o -> {
            o.writeInt(0x00030000); o.writeInt(0);
            o.writeShort(-100); o.writeShort(50);
            o.writeInt(1);              // isFixedPitch
            for (int i = 0; i < 4; i++) o.writeInt(0);
        }));
        tables.put("name", nameTable());
        tables.put("OS/2", table(o -> {
            o.writeShort(4);            // version
            o.writeShort(ADVANCE);      // xAvgCharWidth
            o.writeShort(400); o.writeShort(5); // weight, width class
            o.writeShort(0);            // fsType: installable embedding
            int[] subSuper = {650, 600, 0, 75, 650, 600, 0, 350, 50, 300};
            for (int v : subSuper) o.writeShort(v);
            o.writeShort(0);            // sFamilyClass
            for (int i = 0; i < 10; i++) o.writeByte(0); // panose
            for (int i = 0; i < 4; i++) o.writeInt(0);   // unicode ranges
            o.writeBytes("SUCH");
            o.writeShort(0x40);         // fsSelection: regular
            o.writeShort(0x20); o.writeShort(0x20);      // first, last char index
            o.writeShort(1000); o.writeShort(0); o.writeShort(0); // typo ascender, descender, line gap
            o.writeShort(1000); o.writeShort(0);         // win ascent, descent
            o.writeInt(1); o.writeInt(0);                // code page ranges: Latin 1
            o.writeShort(500); o.writeShort(1000);       // x height, cap height
            o.writeShort(0); o.writeShort(0x20); o.writeShort(1); // default char, break char, max context
        }));

        int n = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
        int searchRange = 16 << entrySelector;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream o = new DataOutputStream(bytes)) {
            o.writeInt(0x00010000);
            o.writeShort(n); o.writeShort(searchRange); o.writeShort(entrySelector); o.writeShort(n * 16 - searchRange);
            int offset = 12 + 16 * n;
            for (Map.Entry<String, byte[]> t : tables.entrySet()) {
                o.writeBytes(t.getKey());
                o.writeInt((int) checksum(t.getValue()));
                o.writeInt(offset);
                o.writeInt(t.getValue().length);
                offset += pad4(t.getValue().length);
            }
            for (byte[] t : tables.values()) {
                o.write(t);
                for (int i = t.length; i < pad4(t.length); i++) o.writeByte(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] font = bytes.toByteArray();
        // head.checkSumAdjustment = 0xB1B0AFBA - checksum of the whole font
        int headOffset = 12;
        for (String tag : tables.keySet()) {
            if (tag.equals("head")) break;
            headOffset += pad4(tables.get(tag).length);
        }
        headOffset += 16 * n;
        long adjust = (0xB1B0AFBAL - checksum(font)) & 0xFFFFFFFFL;
        font[headOffset + 8] = (byte) (adjust >>> 24);
        font[headOffset + 9] = (byte) (adjust >>> 16);
        font[headOffset + 10] = (byte) (adjust >>> 8);
        font[headOffset + 11] = (byte) adjust;
        cached = font;
        return font.clone();
    }

    private static byte[] nameTable() {
        String[][] names = {{"1", "SuchiGlyphLess"}, {"2", "Regular"}, {"3", "SuchiGlyphLess Regular"},
                {"4", "SuchiGlyphLess"}, {"5", "Version 1.0"}, {"6", NAME}};
        return table(o -> {
            o.writeShort(0); o.writeShort(names.length); o.writeShort(6 + 12 * names.length);
            int off = 0;
            for (String[] nm : names) {
                int len = nm[1].length() * 2;
                o.writeShort(3); o.writeShort(1); o.writeShort(0x409);
                o.writeShort(Integer.parseInt(nm[0])); o.writeShort(len); o.writeShort(off);
                off += len;
            }
            for (String[] nm : names) o.write(nm[1].getBytes(StandardCharsets.UTF_16BE));
        });
    }

    private interface Body {
        void write(DataOutputStream o) throws IOException;
    }

    private static byte[] table(Body body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream o = new DataOutputStream(b)) {
            body.write(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    private static int pad4(int n) {
        return (n + 3) & ~3;
    }

    static long checksum(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            long v = 0;
            for (int j = 0; j < 4; j++) v = (v << 8) | (i + j < data.length ? data[i + j] & 0xff : 0);
            sum = (sum + v) & 0xFFFFFFFFL;
        }
        return sum;
    }
}
