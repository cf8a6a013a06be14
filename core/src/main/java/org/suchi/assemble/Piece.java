package org.suchi.assemble;

/** One value (or text line) read from a cell, with its vertical position for matching stacked indicators. */
record Piece(String text, int y, double confidence, String doubt) {}
