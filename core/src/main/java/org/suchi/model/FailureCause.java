package org.suchi.model;

/**
 * Why an input could not be extracted. Each cause has its own process exit code (documented in the
 * README) and a hint that tells the user how to fix it.
 */
public enum FailureCause {
    NOT_FOUND(3, "file not found or not readable", "check the path and the file's permissions"),
    UNSUPPORTED_FORMAT(4, "unsupported format", "give a PDF, PNG, JPEG or TIFF file"),
    CORRUPT(5, "corrupt or truncated file", "re-scan or re-export the document; the file cannot be decoded"),
    ENCRYPTED(6, "encrypted PDF", "remove the password (e.g. qpdf --decrypt) and extract again"),
    EMPTY(7, "document has no pages", "the file holds no page to read"),
    TOO_LARGE(8, "page image too large", "scan at 300 dpi or less; a page may have at most 200 megapixels, and a"
            + " page's images must fit the memory budget of one document (more with SUCHI_XMX=8g or fewer --jobs)"),
    NOT_A_REPORT(9, "not an action-plan report", "no report table or report heading was found on any page"),
    OCR_UNAVAILABLE(10, "OCR engine unavailable", "install tesseract-ocr and tesseract-ocr-ben (./suchi installs them)"),
    TIMEOUT(11, "timed out", "the document took longer than the per-file limit; raise --timeout or split it"),
    INTERNAL(12, "internal error", "a bug in Suchi: please report it with the file"),
    NOT_REGULAR(14, "not a regular file", "give a regular file: a FIFO, device, socket, folder or symbolic-link loop"
            + " cannot be read as a report"),
    RESOURCES(15, "out of memory", "the document needs more memory than this run has, even alone: give Java more"
            + " (SUCHI_XMX=8g ./suchi ...) or run with fewer --jobs"),
    OUTPUT_UNWRITABLE(16, "cannot write the output", "make the output folder writable, free disk space, or choose"
            + " another --out; reports already written are kept (run again to finish)");

    private final int exitCode;
    private final String description;
    private final String hint;

    FailureCause(int exitCode, String description, String hint) {
        this.exitCode = exitCode;
        this.description = description;
        this.hint = hint;
    }

    public int exitCode() { return exitCode; }
    public String description() { return description; }
    public String hint() { return hint; }
}
