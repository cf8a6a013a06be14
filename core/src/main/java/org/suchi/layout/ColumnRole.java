package org.suchi.layout;

/** What a table column holds, in the order the action-plan forms print them. */
public enum ColumnRole {
    SERIAL, AREA, AREA_WEIGHT, ACTIVITY, INDICATOR, UNIT, WEIGHT, LEVEL, ACHIEVEMENT, PROGRESS, SCORE, UNKNOWN;

    /** True for columns whose cells hold one short value per indicator (read with the value alphabet). */
    public boolean isValue() {
        return this == AREA_WEIGHT || this == WEIGHT || this == LEVEL || this == SCORE;
    }
}
