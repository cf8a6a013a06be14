package org.suchi.model;

import java.util.List;

/** A target level column: key, printed label, percent of the weight it earns. */
public record Level(String key, String label, int percent) {
    public static final Level EXCELLENT = new Level("excellent", "অসাধারণ", 100);
    public static final Level VERY_GOOD = new Level("very_good", "অতি উত্তম", 90);
    public static final Level GOOD = new Level("good", "উত্তম", 80);
    public static final Level FAIR = new Level("fair", "চলতি মান", 70);
    public static final Level POOR = new Level("poor", "চলতি মানের নিম্নে", 60);

    /** The five-level set of the 2023-24 and later plans. */
    public static final List<Level> FIVE = List.of(EXCELLENT, VERY_GOOD, GOOD, FAIR, POOR);
    /** The three-level set of the 2021-22/2022-23 plans (100/80/60; the 60% column is labelled চলতি মান). */
    public static final List<Level> THREE = List.of(EXCELLENT, GOOD, new Level("poor", "চলতি মান", 60));
}
