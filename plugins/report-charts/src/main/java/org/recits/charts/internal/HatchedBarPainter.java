package org.recits.charts.internal;

import java.awt.Graphics2D;
import java.awt.geom.RectangularShape;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;

/** Flat bars with their series' hatching over the fill: two fills may print as the same grey. */
final class HatchedBarPainter extends StandardBarPainter {

    private static final long serialVersionUID = 1L;

    @Override
    public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base) {
        super.paintBar(g2, renderer, row, column, bar, base);
        Style.hatch(g2, bar.getFrame(), row);
        // The outline again, over the hatch lines' ends.
        if (renderer.isDrawBarOutline()) {
            g2.setPaint(renderer.getItemOutlinePaint(row, column));
            g2.setStroke(renderer.getItemOutlineStroke(row, column));
            g2.draw(bar);
        }
    }
}
