package org.suchi.image;

/**
 * A page ready for layout and OCR: upright, deskewed, cleaned.
 *
 * @param page        1-based page number in the document
 * @param gray        cleaned grey image (background flattened, edges and stamps removed), for OCR
 * @param binary      black-and-white version of {@code gray} (0 ink, 255 paper), for layout
 * @param dpi         resolution of the images
 * @param skewDegrees rotation that was removed (positive = the scan was rotated counter-clockwise)
 * @param rotation    quarter turns that were removed (0, 90, 180, 270)
 */
public record PreparedPage(int page, GrayImage gray, GrayImage binary, int dpi, double skewDegrees, int rotation) {
    /** How this page maps back to the page image it was prepared from (for evidence boxes). */
    public PageGeometry geometry() {
        return new PageGeometry(gray.width(), gray.height(), rotation, skewDegrees);
    }
}
