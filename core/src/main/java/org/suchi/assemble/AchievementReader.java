package org.suchi.assemble;

import java.util.Optional;
import org.suchi.normalise.FiscalYear;

/** Finds the achieved value that a progress text states for an indicator's unit. */
public interface AchievementReader {
    Optional<Object> fromText(String progress, String unit, FiscalYear fy);
}
