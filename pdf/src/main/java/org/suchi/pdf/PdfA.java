package org.suchi.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a PDF a PDF/A-2b or PDF/A-3b file beyond its pages: XMP metadata (with Suchi's own properties
 * described by a PDF/A extension schema), a document information dictionary that agrees with it, an sRGB
 * output intent, and for PDF/A-3 the report/1 JSON as an associated file ({@code AF}, relationship Data).
 */
final class PdfA {
    static final String PRODUCER = "Suchi 0.1.0 (Apache PDFBox)";
    static final String NS = "https://suchi.example/ns/archive/1.0/";

    /** The descriptive fields written to XMP; any may be null. */
    record Description(String title, String office, String ministry, String fiscalYear, String period,
                       String memoNumber, String memoDate, String sourceFile, String sourceSha256) {}

    private PdfA() {}

    /** Sets up {@code doc} as PDF/A-{@code part}b: version, metadata, information dictionary, output intent. */
    static void finish(PDDocument doc, int part, Description d, Calendar now) throws IOException {
        doc.setVersion(1.7f);
        PDDocumentCatalog cat = doc.getDocumentCatalog();
        // things PDF/A forbids that an input PDF may bring
        cat.getCOSObject().removeItem(COSName.OPEN_ACTION);
        cat.getCOSObject().removeItem(COSName.AA);
        cat.getCOSObject().removeItem(COSName.getPDFName("Perms"));
        cat.getCOSObject().removeItem(COSName.getPDFName("Requirements"));
        if (cat.getNames() != null) cat.getNames().getCOSObject().removeItem(COSName.JAVA_SCRIPT);
        if (cat.getAcroForm() != null) cat.getAcroForm().getCOSObject().removeItem(COSName.XFA);
        doc.setAllSecurityToBeRemoved(true);

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(d.title());
        info.setProducer(PRODUCER);
        info.setCreationDate(now);
        info.setModificationDate(now);
        doc.setDocumentInformation(info);

        PDMetadata meta = new PDMetadata(doc, new ByteArrayInputStream(xmp(part, d, now).getBytes(StandardCharsets.UTF_8)));
        cat.setMetadata(meta);

        if (cat.getOutputIntents().isEmpty()) {
            byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            cat.addOutputIntent(intent);
        }
    }

    /** Embeds {@code data} as an associated file of the document (PDF/A-3 {@code AF}, {@code /AFRelationship /Data}). */
    static void attach(PDDocument doc, String name, String mime, String description, byte[] data, Calendar now) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(data);
        }
        PDEmbeddedFile ef = new PDEmbeddedFile(s);
        ef.setSubtype(mime);
        ef.setSize(data.length);
        ef.setModDate(now);
        ef.setCreationDate(now);

        PDComplexFileSpecification fs = new PDComplexFileSpecification();
        fs.setFile(name);
        fs.setFileUnicode(name);
        fs.setFileDescription(description);
        fs.setEmbeddedFile(ef);
        fs.setEmbeddedFileUnicode(ef);
        fs.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

        PDDocumentCatalog cat = doc.getDocumentCatalog();
        PDDocumentNameDictionary names = cat.getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(cat);
            cat.setNames(names);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, fs));
        names.setEmbeddedFiles(tree);

        COSBase af = cat.getCOSObject().getDictionaryObject(COSName.AF);
        COSArray arr = af instanceof COSArray a ? a : new COSArray();
        arr.add(fs);
        cat.getCOSObject().setItem(COSName.AF, arr);
    }

    static String xmp(int part, Description d, Calendar now) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                ZonedDateTime.ofInstant(now.toInstant(), ZoneOffset.UTC).withNano(0));
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>").append(part).append("</pdfaid:part>\n")
                .append("<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n");
        if (d.title() != null) {
            x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(d.title()))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (d.office() != null) {
            x.append("<dc:publisher><rdf:Bag><rdf:li>").append(esc(d.office())).append("</rdf:li></rdf:Bag></dc:publisher>\n");
        }
        String coverage = join(" ", d.fiscalYear(), d.period());
        if (coverage != null) x.append("<dc:coverage>").append(esc(coverage)).append("</dc:coverage>\n");
        if (d.sourceFile() != null) x.append("<dc:source>").append(esc(d.sourceFile())).append("</dc:source>\n");
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(esc(PRODUCER)).append("</pdf:Producer>\n")
                .append("</rdf:Description>\n");
        List<String[]> own = List.of(
                new String[] {"office", d.office(), "the office that submitted the report"},
                new String[] {"ministry", d.ministry(), "its ministry or division"},
                new String[] {"fiscalYear", d.fiscalYear(), "fiscal year of the action plan, e.g. 2023-24"},
                new String[] {"period", d.period(), "reporting period (quarter or half year)"},
                new String[] {"memoNumber", d.memoNumber(), "memo number of the cover letter"},
                new String[] {"memoDate", d.memoDate(), "memo date of the cover letter (ISO)"},
                new String[] {"sourceSha256", d.sourceSha256(), "SHA-256 of the scanned input file"});
        x.append("<rdf:Description rdf:about=\"\" xmlns:suchi=\"").append(NS).append("\">\n");
        for (String[] p : own) {
            if (p[1] != null) x.append("<suchi:").append(p[0]).append('>').append(esc(p[1])).append("</suchi:").append(p[0]).append(">\n");
        }
        x.append("</rdf:Description>\n");
        // the PDF/A extension schema that declares the suchi: properties (ISO 19005-2, 6.6.2.3)
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" ")
                .append("xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" ")
                .append("xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>Suchi archive copy of a scanned submission</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>").append(NS).append("</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>suchi</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq>\n");
        for (String[] p : own) {
            x.append("<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>").append(p[0])
                    .append("</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>")
                    .append("<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>")
                    .append(esc(p[2])).append("</pdfaProperty:description></rdf:li>\n");
        }
        x.append("</rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");
        x.append("</rdf:RDF>\n</x:xmpmeta>\n");
        for (int i = 0; i < 20; i++) x.append("                                                                                \n");
        x.append("<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (b.length() > 0) b.append(sep);
            b.append(p);
        }
        return b.length() == 0 ? null : b.toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Now, to the second, in UTC (PDF dates and XMP dates must agree). */
    static Calendar now() {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.set(Calendar.MILLISECOND, 0);
        return c;
    }
}
