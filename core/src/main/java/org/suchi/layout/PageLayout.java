package org.suchi.layout;

import java.util.List;
import org.suchi.image.PreparedPage;

/** What the layout stage found on one page: its ruled tables (top to bottom). Text outside them is the page's free text. */
public record PageLayout(PreparedPage page, List<Grid> tables) {
    public PageLayout {
        tables = List.copyOf(tables);
    }
}
