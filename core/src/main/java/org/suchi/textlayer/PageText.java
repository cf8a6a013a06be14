package org.suchi.textlayer;

import java.util.List;
import org.suchi.model.Source;
import org.suchi.model.Warning;
import org.suchi.reading.PageReading;

/**
 * How one page was read, decided per page.
 *
 * @param reading the page read from its text layer, or null when it is to be OCR'd
 * @param how     how the page's text was got, or null when no text layer was looked at
 * @param note    why a text layer was converted, checked or not used; null when there is nothing to say
 */
public record PageText(PageReading reading, How how, Warning note) {
    /** Where a page's text came from, once its text layer was looked at. */
    public enum How {
        /** its Unicode text layer */
        TEXT,
        /** its text layer in a legacy (Bijoy) font, converted to Unicode */
        LEGACY,
        /** OCR: the layer was missing, unusable or disagreed with OCR */
        OCR
    }

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
    public static String kind(String openerKind, List<How> hows) {
        return kind(() -> openerKind, hows);
    }

    /** {@link #kind(String, List)} asking the opener only when no page came from a text layer (asking may cost a text pass). */
    public static String kind(java.util.function.Supplier<String> openerKind, List<How> hows) {
        boolean looked = false;
        for (How h : hows) {
            if (h == How.TEXT || h == How.LEGACY) return Source.TEXT_PDF;
            if (h != null) looked = true;
        }
        String k = openerKind.get();
        return looked && Source.TEXT_PDF.equals(k) ? Source.SCANNED_PDF : k;
    }
}
