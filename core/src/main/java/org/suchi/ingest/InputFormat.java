package org.suchi.ingest;

/** Input formats, detected from the file's first bytes (never from its name). */
public enum InputFormat {
    PDF, PNG, JPEG, TIFF;

    /** The format of a file that starts with {@code head}, or null when it is none of ours. */
    public static InputFormat sniff(byte[] head) {
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) return PDF;              // %PDF
        if (startsWith(head, 0x89, 0x50, 0x4E, 0x47)) return PNG;
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) return JPEG;
        if (startsWith(head, 0x49, 0x49, 0x2A, 0x00) || startsWith(head, 0x4D, 0x4D, 0x00, 0x2A)) return TIFF;
        // some PDFs carry junk (e.g. a BOM or mail header) before %PDF within the first KiB
        for (int i = 1; i + 4 <= head.length && i < 1024; i++) {
            if (head[i] == 0x25 && head[i + 1] == 0x50 && head[i + 2] == 0x44 && head[i + 3] == 0x46) return PDF;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... sig) {
        if (b.length < sig.length) return false;
        for (int i = 0; i < sig.length; i++) if ((b[i] & 0xff) != sig[i]) return false;
        return true;
    }
}
