package org.suchi.index;

import org.suchi.assess.Assessor;

/** The level rule the commands use. */
public final class LevelRules {
    private LevelRules() {}

    /** The assessment stage's rule with the project's rules ({@link Assessor#standard()}). */
    public static LevelRule standard() {
        return new AssessorLevelRule(Assessor.standard());
    }
}
