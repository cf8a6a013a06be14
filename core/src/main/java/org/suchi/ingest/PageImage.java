package org.suchi.ingest;

import org.suchi.image.GrayImage;

/** One page as a grey image at a known resolution. */
public record PageImage(int page, GrayImage image, int dpi) {}
