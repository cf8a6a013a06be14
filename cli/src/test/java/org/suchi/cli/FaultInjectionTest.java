package org.suchi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suchi.bulk.Journal;
import org.suchi.config.ProjectPaths;

/**
 * Hostile inputs, odd environments and concurrent runs (issue 17), each through the real command in a
 * child JVM: the exit code, the message naming the file and its cause, no stack trace, the memory
 * bound (memory bombs run with {@code -Xmx512m}, their peak resident memory is measured) and the rest
 * of the batch done. Every input is made by {@link Hostile} on the spot. The time limits only catch a
 * hang: they are generous because the machine may be shared (each case takes seconds when it is not).
 */
@Tag("slow")
class FaultInjectionTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long TWO_GB = 2L << 30;

    @TempDir Path dir;

    /** What a child run did. */
    record Run(int code, String out, String err, long peakRss, Duration took) {
        String all() {
            return out + err;
        }
    }

    static Path sample(String name) {
        return ProjectPaths.home().orElseThrow().resolve("samples").resolve(name);
    }

    /** {@code suchi ARGS} in a child JVM with {@code -Xmx<xmxMb>m}; fails the test when it outlives {@code limit}. */
    static Run child(int xmxMb, Duration limit, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path tmp = Files.createTempDirectory("suchi-child");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx" + xmxMb + "m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "-D" + ProjectPaths.HOME_PROPERTY + "=" + ProjectPaths.home().orElseThrow(),
                "-Dsuchi.log=" + tmp.resolve("suchi.log"), "org.suchi.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakRss(p.pid()));
            if (System.nanoTime() - t0 > limit.toNanos()) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("suchi " + String.join(" ", args) + " did not end within " + limit
                        + "; stderr: " + Files.readString(tmp.resolve("err")));
            }
        }
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8), peak, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The high-water mark of a process's resident memory (VmHWM), 0 when it cannot be read. */
    static long peakRss(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            // the process just ended
        }
        return 0;
    }

    /** No stack trace, no logging noise on the terminal. */
    static void clean(Run r) {
        assertThat(r.all()).as("no stack trace or library noise")
                .doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("Caused by:")
                .doesNotContain("SLF4J").doesNotContain("ERROR ").doesNotContain("internal error");
    }

    /** Every line of a journal file parses as a record. */
    static List<JsonNode> journal(Path f) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(f)) return out;
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) out.add(JSON.readTree(l));
        }
        return out;
    }

    static String errorLine(Run r, String file) {
        return r.err().lines().filter(l -> l.startsWith("error: ") && l.contains(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no error line for " + file + " in:\n" + r.err()));
    }

    @Test
    void memoryBombsBesideAGoodReportEndCleanlyInHalfAGigabyte() throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Hostile.flateImageBomb(src.resolve("flate-40000.pdf"), 40_000);
        Hostile.png16Rgba(src.resolve("rgba16-14000.png"), 14_000);
        Hostile.hugePages(src.resolve("pages-47in.pdf"), 4, 47);
        Hostile.circularParent(src.resolve("circular.pdf"));
        Hostile.tiffWithCompression(src.resolve("lzma.tif"), 34925);
        Hostile.tiffWithCompression(src.resolve("zstd.tif"), 50000);
        Files.copy(sample("sample-png-c.png"), src.resolve("good.png"));
        assertThat(Files.size(src.resolve("flate-40000.pdf"))).as("a small file").isLessThan(3_000_000);
        assertThat(Files.size(src.resolve("pages-47in.pdf"))).isLessThan(2_000);

        Path out = dir.resolve("out");
        Run r = child(512, Duration.ofMinutes(10), Map.of(), "ingest", src.toString(), "--out", out.toString(),
                "--jobs", "2", "--progress", "none");
        System.out.printf("memory bombs batch: exit %d, peak RSS %d MB, %s%n", r.code(), r.peakRss() >> 20, r.took());
        clean(r);
        assertThat(r.code()).as(r.err()).isEqualTo(1); // several causes
        assertThat(errorLine(r, "flate-40000.pdf")).contains("page image too large").contains("40000×40000")
                .contains("memory budget");
        assertThat(errorLine(r, "rgba16-14000.png")).contains("page image too large").contains("4 channel(s) of 16 bit");
        assertThat(errorLine(r, "pages-47in.pdf")).contains("page image too large").contains("47×47 in");
        assertThat(errorLine(r, "circular.pdf")).contains("corrupt or truncated file");
        assertThat(errorLine(r, "lzma.tif")).contains("unsupported format").contains("compression");
        assertThat(errorLine(r, "zstd.tif")).contains("unsupported format");
        assertThat(r.peakRss()).as("peak resident memory").isLessThan(TWO_GB);

        // the good report beside the bombs is done, journaled; the bombs are quarantined with their causes
        assertThat(out.resolve("good.json")).isRegularFile();
        assertThat(journal(out.resolve(Journal.DONE_FILE))).extracting(j -> j.get("output").asText()).containsExactly("good.json");
        assertThat(journal(out.resolve(Journal.FAILED_FILE))).extracting(j -> j.get("cause").asText())
                .containsExactlyInAnyOrder("TOO_LARGE", "TOO_LARGE", "TOO_LARGE", "CORRUPT", "UNSUPPORTED_FORMAT",
                        "UNSUPPORTED_FORMAT");

        // each bomb alone through extract: its own exit code
        Run one = child(512, Duration.ofMinutes(5), Map.of(), "extract", src.resolve("flate-40000.pdf").toString(),
                "--out", dir.resolve("x").toString());
        System.out.printf("flate bomb alone: exit %d, peak RSS %d MB%n", one.code(), one.peakRss() >> 20);
        clean(one);
        assertThat(one.code()).isEqualTo(8);
        assertThat(one.peakRss()).isLessThan(TWO_GB);
        assertThat(dir.resolve("x")).isEmptyDirectory();
    }

    @Test
    void fifosDevicesAndBrokenLinksAreRefusedAndCountedWithoutBlocking() throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        assertThat(new ProcessBuilder("mkfifo", src.resolve("pipe.pdf").toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(src.resolve("dangling.pdf"), dir.resolve("nowhere.pdf"));
        Files.createSymbolicLink(src.resolve("loop.pdf"), Path.of("loop.pdf"));
        Files.createFile(src.resolve("empty\nname.pdf"));
        Files.copy(sample("sample-png-c.png"), src.resolve("good.png"));

        Path out = dir.resolve("out");
        Run r = child(1024, Duration.ofMinutes(8), Map.of(), "ingest", src.toString(), "/dev/zero", "--out", out.toString(),
                "--jobs", "2", "--progress", "none");
        clean(r);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(errorLine(r, "pipe.pdf")).contains("not a regular file: a FIFO");
        assertThat(errorLine(r, "/dev/zero")).contains("not a regular file: a character device");
        assertThat(errorLine(r, "dangling.pdf")).contains("a symbolic link to a missing file");
        assertThat(errorLine(r, "loop.pdf")).contains("not a regular file: a symbolic link loop");
        // a newline in a file name is escaped: the message stays on one line
        assertThat(errorLine(r, "empty\\nname.pdf")).contains("document has no pages");
        assertThat(r.err()).contains("failed: 3 not a regular file (exit 14)").contains("1 extracted");
        // several sources: each folder's reports under its name
        assertThat(out.resolve("src/good.json")).isRegularFile();
        assertThat(Files.getPosixFilePermissions(out.resolve("src/good.json"))).as("the umask decides, not 0600")
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);

        // a FIFO alone: its own cause and exit code in extract too (not "file not found")
        Run fifo = child(256, Duration.ofMinutes(3), Map.of(), "extract", src.resolve("pipe.pdf").toString(),
                "--out", dir.resolve("x").toString());
        clean(fifo);
        assertThat(fifo.code()).isEqualTo(14);
        assertThat(fifo.err()).contains("pipe.pdf: not a regular file: a FIFO");
    }

    @Test
    void twoConcurrentIngestsIntoOneFolderNeverDamageTheJournalAndAThirdResumes() throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.copy(sample("sample-png-c.png"), src.resolve("a.png"));
        Files.copy(sample("sample-jpg-c.jpg"), src.resolve("b.jpg"));
        Path out = dir.resolve("out");
        for (int round = 0; round < 2; round++) {
            Path o = out.resolve("round" + round);
            Files.createDirectories(o);
            // a temporary file of a live process (this one) must survive the other runs' clean-up
            Path live = o.resolve(".x.json." + ProcessHandle.current().pid() + ".abc.tmp");
            Files.writeString(live, "partial");
            Process[] p = new Process[2];
            Path[] err = new Path[2];
            for (int i = 0; i < 2; i++) {
                err[i] = dir.resolve("err" + round + i);
                List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                        "-D" + ProjectPaths.HOME_PROPERTY + "=" + ProjectPaths.home().orElseThrow(),
                        "-Dsuchi.log=" + dir.resolve("log"), "org.suchi.cli.Main", "ingest", src.toString(),
                        "--out", o.toString(), "--jobs", "1", "--progress", "none"));
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(err[i].toFile());
                pb.environment().put("OMP_THREAD_LIMIT", "1");
                p[i] = pb.start();
            }
            int[] code = new int[2];
            for (int i = 0; i < 2; i++) {
                assertThat(p[i].waitFor(10, TimeUnit.MINUTES)).isTrue();
                code[i] = p[i].exitValue();
                String e = Files.readString(err[i]);
                assertThat(e).doesNotContain("\tat ").doesNotContain("Exception");
                if (code[i] == 17) assertThat(e).contains("another suchi ingest").contains("is writing into this output folder");
                else assertThat(code[i]).as(e).isZero();
            }
            assertThat(code).as("one run writes, the other waits its turn or is refused").contains(0);
            List<JsonNode> lines = journal(o.resolve(Journal.DONE_FILE));
            assertThat(lines).extracting(j -> j.get("output").asText()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrder("a.json", "b.json");
            assertThat(live).as("another process's temporary file is never deleted").exists();
            Files.delete(live);

            Run third = child(1024, Duration.ofMinutes(5), Map.of(), "ingest", src.toString(), "--out", o.toString(),
                    "--progress", "none");
            clean(third);
            assertThat(third.code()).isZero();
            assertThat(third.err()).contains("0 extracted").contains("2 already done");
            assertThat(journal(o.resolve(Journal.DONE_FILE))).hasSize(2);
        }
    }
}
