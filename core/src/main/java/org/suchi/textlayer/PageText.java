package org.suchi.textlayer;

import java.util.List;
import org.suchi.model.Source;
import org.suchi.model.Warning;
import org.suchi.reading.PageReading;

/**
 * How one page was read, decided per page.
 *
 * @param reading the page read from its text layer, or null when it is to be OCR'd
 * @param how     {@link #TEXT}, {@link #LEGACY}, {@link #OCR}, or null when no text layer was looked at
 * @param note    why a text layer was converted, checked or not used; null when there is nothing to say
 */
public record PageText(PageReading reading, String how, Warning note) {
    public static final String TEXT = "text";
    public static final String LEGACY = "legacy-font";
    public static final String OCR = "ocr";

    /** OCR the page, without a note (not a PDF, or no text layer looked at). */
    public static final PageText OCR_ONLY = new PageText(null, null, null);

    public boolean fromTextLayer() {
        return reading != null;
    }

    /**
     * {@code source.kind} for a document whose pages were read as {@code hows}: {@code text-pdf} when any
     * page came from its text layer, {@code scanned-pdf} when a PDF's every page was OCR'd after its layer
     * was looked at, else what the opener said.
     */
    public static String kind(String openerKind, List<String> hows) {
        return kind(() -> openerKind, hows);
    }

    /** {@link #kind(String, List)} asking the opener only when no page came from a text layer (asking may cost a text pass). */
    public static String kind(java.util.function.Supplier<String> openerKind, List<String> hows) {
        boolean looked = false;
        for (String h : hows) {
            if (TEXT.equals(h) || LEGACY.equals(h)) return Source.TEXT_PDF;
            if (h != null) looked = true;
        }
        String k = openerKind.get();
        return looked && Source.TEXT_PDF.equals(k) ? Source.SCANNED_PDF : k;
    }
}
