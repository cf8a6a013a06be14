package org.suchi.layout;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.suchi.image.GrayImage;
import org.suchi.image.OpenCvSupport;
import org.suchi.image.PreparedPage;

/**
 * The layout stage on OpenCV: finds ruled tables in {@link PreparedPage#binary()} and returns their
 * grids with merged cells.
 *
 * <ol>
 *   <li>{@link Rulings}: horizontal and vertical ruling masks by morphology (gap closing, then
 *       opening with long thin kernels whose lengths scale with the dpi) on the binary page's ink
 *       plus faint strokes from the grey page, and their straight pieces.</li>
 *   <li>{@link TableFinder}: pieces that meet two rulings of the other direction are structural;
 *       structural pieces that meet form a table (a title above it, text, headlines, underlines,
 *       seal arcs, signatures never do). Line positions are clustered per table; a table cut at the
 *       page end is closed at the end of its frame.</li>
 *   <li>{@link GridBuilder}: every ruling piece between two crossings is measured in the masks;
 *       where it is absent the neighbouring grid positions form one cell (rowspan/colspan, and the
 *       cells of stacked indicators when a sub-row ruling only crosses some columns). Cell boxes lie
 *       inside the local ink of the rulings, inset by a few pixels.</li>
 * </ol>
 *
 * <p>Pages without a table (cover letters) give an empty list. Stateless and thread-safe; all
 * native memory is released before {@link #analyze} returns.
 */
public final class RulingLayoutAnalyzer implements LayoutAnalyzer {
    private final int inset;

    /** Cell boxes inset by ~0.01 inch (2 px at 200 dpi) from the rulings' ink. */
    public RulingLayoutAnalyzer() {
        this(-1);
    }

    /**
     * @param insetPixels distance kept between a cell box and the ink of its rulings; negative =
     *                    0.01 inch at the page's dpi (at least 1 pixel)
     * @throws IllegalStateException if the OpenCV natives cannot be loaded
     */
    public RulingLayoutAnalyzer(int insetPixels) {
        this.inset = insetPixels;
        OpenCvSupport.ensureLoaded();
    }

    @Override
    public PageLayout analyze(PreparedPage page) {
        return new PageLayout(page, tables(page.binary(), page.gray(), page.dpi()));
    }

    /**
     * The ruled tables of a page, top to bottom.
     *
     * @param binary the binary page (0 ink, 255 paper)
     * @param gray   the matching grey page, or null; used to keep faint rulings the binarisation lost
     */
    public List<Grid> tables(GrayImage binary, GrayImage gray, int dpi) {
        if (dpi <= 0) throw new IllegalArgumentException("dpi " + dpi);
        try (PointerScope scope = new PointerScope()) {
            Rulings rulings = Rulings.extract(binary, gray, dpi);
            int in = inset >= 0 ? inset : Math.max(1, (int) Math.round(dpi * 0.01));
            List<Grid> out = new ArrayList<>();
            for (TableFinder.Lines t : TableFinder.find(rulings)) {
                out.add(GridBuilder.build(rulings, t.rows(), t.cols(), in));
            }
            return out;
        }
    }
}
