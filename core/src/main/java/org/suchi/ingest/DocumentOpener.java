package org.suchi.ingest;

import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stage "ingest": opens an input file of any supported format as an {@link OpenedDocument}. */
public final class DocumentOpener {
    private final IngestSettings settings;

    public DocumentOpener(IngestSettings settings) {
        this.settings = settings;
    }

    public OpenedDocument open(Path file) {
        InputGuard.check(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        } catch (NoSuchFileException e) {
            throw new ExtractionException(FailureCause.NOT_FOUND, file, null, e);
        } catch (IOException e) {
            throw new ExtractionException(FailureCause.NOT_FOUND, file, e.getMessage(), e);
        }
        if (head.length == 0) throw new ExtractionException(FailureCause.EMPTY, file, "the file is empty (0 bytes)");
        InputFormat format = InputFormat.sniff(head);
        if (format == null) {
            throw new ExtractionException(FailureCause.UNSUPPORTED_FORMAT, file, "not a PDF, PNG, JPEG or TIFF file");
        }
        String sha = sha256(file);
        return switch (format) {
            case PDF -> PdfDocument.open(file, sha, settings);
            case PNG, JPEG, TIFF -> ImageDocument.open(file, format, sha, settings);
        };
    }

    /** The hex SHA-256 of {@code file}'s bytes. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new ExtractionException(FailureCause.NOT_FOUND, file, e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
