package org.suchi.index;

/** The level rule the commands use. */
public final class LevelRules {
    private LevelRules() {}

    /** The action-plan rule (see {@link LinearLevelRule}). */
    public static LevelRule standard() {
        return new LinearLevelRule();
    }
}
