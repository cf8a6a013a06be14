package org.suchi.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code suchi serve}: the web application over a data folder. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the review queue, search, reports, comparisons and uploads of a data folder in the browser,",
                "and the REST API (GET /openapi.json). DIR is what `suchi ingest SRC --out DIR --index DIR/index` writes;",
                "review state goes into DIR/suchi.db, users come from DIR/users.json (`suchi users add`)."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the data folder")
    Path data;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "port (default ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "address to listen on (default ${DEFAULT-VALUE}: this machine only)")
    String host;

    @Option(names = "--source", paramLabel = "SRC",
            description = "folder the reports were ingested from, to show the page images (repeatable)")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--upload-limit-mb", defaultValue = "100", paramLabel = "MB",
            description = "largest upload (default ${DEFAULT-VALUE} MB; larger: 413)")
    long uploadLimitMb;

    /** Runs {@code serve} alone (the suchi jar runs it as {@code suchi serve}). */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new ServeCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("error: " + data + ": no such folder (make it with `suchi ingest SRC --out " + data
                    + " --index " + data.resolve("index") + "`)");
            return 3;
        }
        Server s = new Server(new Server.Options(data, sources, host, port, uploadLimitMb * 1024 * 1024,
                Duration.ofMinutes(10)), System.err);
        Users users = new Users(data);
        if (users.all().isEmpty()) {
            System.err.println("warning: " + users.file() + " has no users yet: add one with `suchi users add NAME --role admin "
                    + "--password-stdin --data " + data + "`");
        }
        s.start();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                s.close();
            } catch (Exception e) {
                // stopping
            }
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}
