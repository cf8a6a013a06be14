package org.suchi.image;

/** Stage "image": a raw page image becomes an upright, deskewed, cleaned {@link PreparedPage}. */
public interface PagePreprocessor {
    PreparedPage prepare(int page, GrayImage raw, int dpi);
}
