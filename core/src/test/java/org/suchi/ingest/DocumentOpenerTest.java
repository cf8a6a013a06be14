package org.suchi.ingest;

import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.model.Source;

/** Fault injection on the ingest stage: each kind of bad input fails with its own cause, never silently. */
class DocumentOpenerTest {
    @TempDir Path dir;
    private final DocumentOpener opener = new DocumentOpener(IngestSettings.DEFAULT);

    private static BufferedImage page(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.drawRect(w / 10, h / 10, w / 2, h / 3);
        g.dispose();
        return img;
    }

    private Path imagePdf(String name, int pages, StandardProtectionPolicy protect) throws IOException {
        Path p = dir.resolve(name);
        try (PDDocument d = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage pg = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                d.addPage(pg);
                var img = LosslessFactory.createFromImage(d, page(800, 566));
                try (var cs = new PDPageContentStream(d, pg)) {
                    cs.drawImage(img, 0, 0, pg.getMediaBox().getWidth(), pg.getMediaBox().getHeight());
                }
            }
            if (protect != null) d.protect(protect);
            d.save(p.toFile());
        }
        return p;
    }

    @Test
    void opensAnImageOnlyPdfPageByPageAtTheWorkingResolution() throws IOException {
        Path p = imagePdf("two.pdf", 2, null);
        try (OpenedDocument d = opener.open(p)) {
            assertThat(d.format()).isEqualTo(InputFormat.PDF);
            assertThat(d.kind()).isEqualTo(Source.SCANNED_PDF);
            assertThat(d.pageCount()).isEqualTo(2);
            assertThat(d.sha256()).hasSize(64);
            PageImage pi = d.page(2);
            assertThat(pi.dpi()).isEqualTo(300);
            // A4 landscape at 300 dpi
            assertThat(pi.image().width()).isBetween(3500, 3515);
            assertThat(pi.image().height()).isBetween(2475, 2485);
        }
    }

    @Test
    void readsAMultiPageTiffAndScalesItToTheWorkingResolution() throws IOException {
        Path p = dir.resolve("scan.tif");
        var writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (var out = ImageIO.createImageOutputStream(p.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < 3; i++) writer.writeToSequence(new javax.imageio.IIOImage(page(1754, 1240), null, null), null);
            writer.endWriteSequence();
        }
        try (OpenedDocument d = opener.open(p)) {
            assertThat(d.kind()).isEqualTo(Source.IMAGE);
            assertThat(d.pageCount()).isEqualTo(3);
            // 1754 px across an A4 long side is 150 dpi: doubled to 300
            assertThat(d.page(3).image().width()).isBetween(3500, 3515);
        }
    }

    @Test
    void encryptedPdfIsReportedAsEncrypted() throws IOException {
        var policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        Path p = imagePdf("locked.pdf", 1, policy);
        assertThatThrownBy(() -> opener.open(p)).isInstanceOfSatisfying(ExtractionException.class,
                e -> {
                    assertThat(e.failureCause()).isEqualTo(FailureCause.ENCRYPTED);
                    assertThat(e.userMessage()).contains("locked.pdf").contains("qpdf");
                });
    }

    @Test
    void truncatedPdfIsCorrupt() throws IOException {
        Path ok = imagePdf("whole.pdf", 1, null);
        byte[] b = Files.readAllBytes(ok);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(b, b.length / 3));
        assertThatThrownBy(() -> {
            try (OpenedDocument d = opener.open(cut)) {
                d.page(1);
            }
        }).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.failureCause()).isIn(FailureCause.CORRUPT, FailureCause.EMPTY));
    }

    @Test
    void zeroPagePdfIsEmpty() throws IOException {
        Path p = dir.resolve("none.pdf");
        try (PDDocument d = new PDDocument()) {
            d.save(p.toFile());
        }
        assertThatThrownBy(() -> opener.open(p)).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.failureCause()).isEqualTo(FailureCause.EMPTY));
    }

    @Test
    void emptyFileIsEmptyAndUnknownBytesAreUnsupported() throws IOException {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Path text = Files.writeString(dir.resolve("notes.pdf"), "just some text, not a PDF");
        assertThatThrownBy(() -> opener.open(empty)).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.failureCause()).isEqualTo(FailureCause.EMPTY));
        assertThatThrownBy(() -> opener.open(text)).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.failureCause()).isEqualTo(FailureCause.UNSUPPORTED_FORMAT));
    }

    @Test
    void corruptPngIsCorrupt() throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        ImageIO.write(page(400, 300), "png", bo);
        byte[] b = bo.toByteArray();
        Path p = Files.write(dir.resolve("bad.png"), Arrays.copyOf(b, 60));
        assertThatThrownBy(() -> {
            try (OpenedDocument d = opener.open(p)) {
                d.page(1);
            }
        }).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.failureCause()).isEqualTo(FailureCause.CORRUPT));
    }

    @Test
    void hugeImageIsRejectedBeforeDecoding() throws IOException {
        // a 30000×30000 PNG header: the size is read from the header, the pixels are never decoded
        Path p = dir.resolve("huge.png");
        Files.write(p, HugePng.header(30000, 30000));
        assertThatThrownBy(() -> opener.open(p)).isInstanceOfSatisfying(ExtractionException.class,
                e -> {
                    assertThat(e.failureCause()).isEqualTo(FailureCause.TOO_LARGE);
                    assertThat(e.getMessage()).contains("30000×30000");
                });
    }

    @Test
    void missingFileIsNotFound() {
        assertThatThrownBy(() -> opener.open(dir.resolve("nope.pdf"))).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.failureCause()).isEqualTo(FailureCause.NOT_FOUND));
    }
}
