package org.suchi.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.suchi.model.Level;

/** A row being assembled: raw texts per field, before values are normalised. Mutable, local to the assembler. */
final class RowDraft {
    int page;
    String areaCode, areaText, areaWeight;
    String activityCode, activityText;
    String indicatorCode, indicatorText;
    String serial;
    String unit, weight, achievement, progress, score;
    final Map<Level, String> targets = new LinkedHashMap<>();
    final List<Double> confidences = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    /** Doubts of the readers about the cells a field was read from, by report/1 field name. */
    final Map<String, String> doubts = new LinkedHashMap<>();
    /**
     * The pieces each raw text was read from, by source: {@code area}, {@code area.weight}, {@code activity},
     * {@code indicator}, {@code serial}, {@code unit}, {@code weight}, {@code targets.<level>},
     * {@code achievement}, {@code progress}, {@code reported_score} (for evidence).
     */
    final Map<String, List<Piece>> sources = new LinkedHashMap<>();
    /**
     * For an indicator stacked with others in one table row: the vertical slice of the row that is its own
     * (page pixels of page {@code bandPage}, open ends as {@code Integer.MIN_VALUE} / {@code MAX_VALUE});
     * {@code stacked} false when the indicator has its table row to itself.
     */
    boolean stacked;
    /** One of a stack of indicators whose cell showed fewer codes than values: which values are whose is a guess. */
    boolean codesShort;
    /** The stack this draft belongs to (drafts of one table row share it), and the fields whose values were handed
     *  out by position because their cell held fewer values than the stack has indicators. */
    int stack;
    final java.util.Set<String> byPosition = new java.util.LinkedHashSet<>();
    int bandPage, bandTop = Integer.MIN_VALUE, bandBottom = Integer.MAX_VALUE;
    /** The codes as read, before {@link CodeSequence} repaired them (set by the assembler). */
    String readAreaCode, readActivityCode, readIndicatorCode, readSerial;
    boolean hasAchievementColumn;
    /** The table has a progress/remarks column (every report prints one; its loss is a doubt). */
    boolean hasProgressColumn = true;
    /** The table has an area column (ministry forms); otherwise the area is the ক্রম number. */
    boolean hasAreaColumn;
    /** The choice between first and second readings of a value cell, by field (set by {@link RowNormaliser}). */
    final Map<String, ReadingChoice.Choice> chosen = new LinkedHashMap<>();
    /** A stacked indicator whose code was not in its cell (it may stand on the next page). */
    boolean pendingCode;

    /** Adds {@code pieces} to what source {@code key} was read from. */
    void source(String key, List<Piece> pieces) {
        if (pieces == null || pieces.isEmpty()) return;
        sources.computeIfAbsent(key, k -> new ArrayList<>()).addAll(pieces);
    }

    void conf(double c) {
        confidences.add(c);
    }

    static String join(String a, String b) {
        if (a == null || a.isBlank()) return b;
        if (b == null || b.isBlank()) return a;
        return a + " " + b;
    }
}
