package org.suchi.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;

/** An opened document that is a PDF: its PDFBox document, for readers of its text layer (same thread only). */
public interface PdfBacked {
    PDDocument pdf();
}
