package org.suchi.layout;

import org.suchi.image.PreparedPage;

/** Stage "layout": ruling lines become table grids with merged cells. */
public interface LayoutAnalyzer {
    PageLayout analyze(PreparedPage page);
}
