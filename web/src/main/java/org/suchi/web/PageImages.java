package org.suchi.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.suchi.ingest.DocumentOpener;
import org.suchi.ingest.IngestSettings;
import org.suchi.ingest.OpenedDocument;
import org.suchi.ingest.PageImage;

/** Page images of original inputs as PNG, rendered by the core's ingest stage at the dpi asked; the last 48 kept. */
public final class PageImages {
    private final Map<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> e) {
            return size() > 48;
        }
    };

    /** The page's PNG; {@link IllegalArgumentException} when the page does not exist. */
    public byte[] png(Path input, String sha256, int page, int dpi) throws IOException {
        String key = sha256 + "/" + page + "@" + dpi;
        synchronized (cache) {
            byte[] b = cache.get(key);
            if (b != null) {
                return b;
            }
        }
        byte[] png;
        try (OpenedDocument d = new DocumentOpener(new IngestSettings(dpi, IngestSettings.DEFAULT.maxPixels())).open(input)) {
            if (page < 1 || page > d.pageCount()) {
                throw new IllegalArgumentException("page " + page + " does not exist (the document has " + d.pageCount() + ")");
            }
            PageImage p = d.page(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(p.image().toBufferedImage(), "png", out);
            png = out.toByteArray();
        }
        synchronized (cache) {
            cache.put(key, png);
        }
        return png;
    }
}
