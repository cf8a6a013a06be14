package org.suchi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.config.ProjectPaths;

/** {@code suchi ingest --pdf}: the archive copy lands beside the JSON, carrying that same JSON. */
class IngestPdfTest {
    @TempDir
    Path dir;

    @Test
    void writesTheArchiveCopyBesideEachJsonWithThatJsonInside() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/office"));
        Files.copy(ProjectPaths.home().orElseThrow().resolve("samples/sample-jpg-c.jpg"), src.resolve("r.jpg"));
        Path out = dir.resolve("out");
        int code = Main.commandLine().execute("ingest", dir.resolve("src").toString(), "--out", out.toString(),
                "--pdf", "--jobs", "1", "--progress", "none");
        assertThat(code).isZero();
        Path json = out.resolve("office/r.json"), pdf = out.resolve("office/r.pdf");
        assertThat(json).isRegularFile();
        assertThat(pdf).isRegularFile();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            Map<String, PDComplexFileSpecification> files = d.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(files).containsOnlyKeys("r.json");
            assertThat(new String(files.get("r.json").getEmbeddedFile().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualToIgnoringWhitespace(Files.readString(json));
        }
        long written = Files.getLastModifiedTime(pdf).toMillis();
        // a second run finds everything done and leaves the archive copy alone
        assertThat(Main.commandLine().execute("ingest", dir.resolve("src").toString(), "--out", out.toString(),
                "--pdf", "--jobs", "1", "--progress", "none")).isZero();
        assertThat(Files.getLastModifiedTime(pdf).toMillis()).isEqualTo(written);
    }
}
