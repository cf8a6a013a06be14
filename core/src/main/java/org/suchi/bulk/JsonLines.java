package org.suchi.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * An append-only file of JSON records, one a line, each line written with one {@code write} on a
 * descriptor opened with {@code O_APPEND} and forced to disk before {@link #append} returns, so a line
 * always lands whole at the end of the file. A process killed while appending leaves at most one
 * partial last line: {@link #open} drops it (truncating the file to its last complete line; the
 * caller holds the output folder's lock, {@link OutputLock}), so the file only ever holds whole
 * records. A complete line that does not parse (written by something else) is skipped and counted,
 * never fatal. Thread-safe.
 */
final class JsonLines<T> implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FileChannel channel;
    private final List<T> loaded;
    private final int unreadable;

    private JsonLines(FileChannel channel, List<T> loaded, int unreadable) {
        this.channel = channel;
        this.loaded = loaded;
        this.unreadable = unreadable;
    }

    static <T> JsonLines<T> open(Path file, Class<T> type) throws IOException {
        List<T> records = new ArrayList<>();
        long good = 0;
        int bad = 0;
        boolean exists = Files.exists(file);
        if (exists) {
            byte[] all = Files.readAllBytes(file);
            int start = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] != '\n') continue;
                String line = new String(all, start, i - start, StandardCharsets.UTF_8).strip();
                if (!line.isEmpty()) {
                    try {
                        records.add(MAPPER.readValue(line, type));
                    } catch (JsonProcessingException e) {
                        bad++;
                    }
                }
                start = i + 1;
                good = start;
            }
            if (good < all.length) {
                try (FileChannel t = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    t.truncate(good);
                }
            }
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new JsonLines<>(ch, List.copyOf(records), bad);
    }

    /** The records the file held when opened. */
    List<T> loaded() {
        return loaded;
    }

    /** Complete lines that were not a record (skipped). */
    int unreadable() {
        return unreadable;
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
