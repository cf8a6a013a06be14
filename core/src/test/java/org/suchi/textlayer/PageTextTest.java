package org.suchi.textlayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.suchi.model.Source;

class PageTextTest {
    @Test
    void sourceKindSaysWhatWasUsed() {
        // any page from its text layer: a text PDF, also when other pages were OCR'd (a mixed PDF)
        assertThat(PageText.kind(Source.TEXT_PDF, Arrays.asList(PageText.How.TEXT, PageText.How.OCR))).isEqualTo(Source.TEXT_PDF);
        assertThat(PageText.kind(Source.SCANNED_PDF, Arrays.asList(PageText.How.OCR, PageText.How.LEGACY))).isEqualTo(Source.TEXT_PDF);
        // a layer looked at and rejected on every page: the PDF was read as a scan
        assertThat(PageText.kind(Source.TEXT_PDF, Arrays.asList(PageText.How.OCR, PageText.How.OCR))).isEqualTo(Source.SCANNED_PDF);
        // no layer looked at (images, or the text layer switched off): what the opener said
        assertThat(PageText.kind(Source.IMAGE, Arrays.asList((PageText.How) null))).isEqualTo(Source.IMAGE);
        assertThat(PageText.kind(Source.TEXT_PDF, Arrays.<PageText.How>asList(null, null))).isEqualTo(Source.TEXT_PDF);
    }
}
