package org.suchi.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only file of JSON records, one a line, each line forced to disk before
 * {@link #append} returns. A process killed while appending leaves at most one partial last line:
 * {@link #open} drops it (truncating the file to its last complete line), so the file only ever holds
 * whole records. Thread-safe.
 */
final class JsonLines<T> implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FileChannel channel;
    private final List<T> loaded;

    private JsonLines(FileChannel channel, List<T> loaded) {
        this.channel = channel;
        this.loaded = loaded;
    }

    static <T> JsonLines<T> open(Path file, Class<T> type) throws IOException {
        List<T> records = new ArrayList<>();
        long good = 0;
        if (Files.exists(file)) {
            byte[] all = Files.readAllBytes(file);
            int start = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] != '\n') continue;
                String line = new String(all, start, i - start, StandardCharsets.UTF_8).strip();
                if (!line.isEmpty()) records.add(MAPPER.readValue(line, type));
                start = i + 1;
                good = start;
            }
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        ch.truncate(good);
        ch.position(good);
        return new JsonLines<>(ch, List.copyOf(records));
    }

    /** The records the file held when opened. */
    List<T> loaded() {
        return loaded;
    }

    synchronized void append(T record) throws IOException {
        byte[] line = (MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.wrap(line);
        while (b.hasRemaining()) channel.write(b);
        channel.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
