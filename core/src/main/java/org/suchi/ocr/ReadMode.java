package org.suchi.ocr;

/** How to read a region: what kind of content the caller expects. */
public enum ReadMode {
    /** A whole page or a large region with its own layout (columns, letterhead, signature blocks). */
    PAGE,
    /** A block of running text (several lines). */
    BLOCK,
    /** A single line of text. */
    LINE,
    /** A short value: a number, percent, date or code; Bangla/ASCII digits and . / - % only. */
    VALUE,
    /** A short value read as one word (Tesseract drops some one- and two-digit cells in line mode). */
    VALUE_WORD,
    /** A single character value. */
    VALUE_CHAR
}
