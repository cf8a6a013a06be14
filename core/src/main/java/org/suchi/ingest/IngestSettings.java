package org.suchi.ingest;

/**
 * @param targetDpi    resolution every page is brought to for image work and OCR
 * @param maxPixels    largest page (width × height, in source pixels) accepted before decoding
 * @param memoryBudget bytes of heap one document may need for its decoded images and the pages it has
 *                     in flight, checked on every page and embedded image before decoding (a larger one
 *                     is refused as {@code TOO_LARGE}); 0 for a third of the heap. Runs of several
 *                     documents at once give each its share ({@link #shareOfHeap}) so that one document
 *                     cannot starve the others.
 */
public record IngestSettings(int targetDpi, long maxPixels, long memoryBudget) {
    public static final IngestSettings DEFAULT = new IngestSettings(300, 200_000_000L);

    /** Pages of one document decoded at once (the page being read and those prepared ahead of it). */
    public static final int PAGES_IN_FLIGHT = 3;

    public IngestSettings(int targetDpi, long maxPixels) {
        this(targetDpi, maxPixels, 0);
    }

    public IngestSettings {
        if (targetDpi < 72 || targetDpi > 1200) throw new IllegalArgumentException("targetDpi " + targetDpi);
        if (maxPixels <= 0) throw new IllegalArgumentException("maxPixels " + maxPixels);
        if (memoryBudget < 0) throw new IllegalArgumentException("memoryBudget " + memoryBudget);
    }

    /** The same with another memory budget. */
    public IngestSettings withMemoryBudget(long bytes) {
        return new IngestSettings(targetDpi, maxPixels, bytes);
    }

    /** The budget in bytes: {@link #memoryBudget}, or a third of the heap when it is 0. */
    public long budget() {
        return memoryBudget > 0 ? memoryBudget : Runtime.getRuntime().maxMemory() / 3;
    }

    /** This JVM's heap shared by {@code documents} documents open at once. */
    public static long shareOfHeap(int documents) {
        return Runtime.getRuntime().maxMemory() / Math.max(1, documents);
    }

    /** {@code bytes} for a message: "1.4 GB", "230 MB". */
    public static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : (bytes >> 20) + " MB";
    }
}
