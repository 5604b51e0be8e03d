package org.recits.charts.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;

/**
 * The legend of a chart: the series as drawn (bars with their hatching), then the reference lines and
 * bands, which are explained here rather than labelled on the plot where values are written.
 */
final class Legend {

    private Legend() {
    }

    /** Replaces the chart's legend source; {@code extra} items follow the series. */
    static void install(JFreeChart chart, CategoryPlot plot, List<LegendItem> extra) {
        LegendTitle legend = chart.getLegend();
        if (legend == null) {
            return;
        }
        legend.setSources(new org.jfree.chart.LegendItemSource[] {() -> items(plot, extra)});
    }

    static LegendItemCollection items(CategoryPlot plot, List<LegendItem> extra) {
        LegendItemCollection out = new LegendItemCollection();
        LegendItemCollection series = plot.getLegendItems();
        boolean bars = plot.getRenderer() instanceof BarRenderer;
        for (int i = 0; i < series.getItemCount(); i++) {
            LegendItem item = series.get(i);
            if (bars) {
                hatched(item, item.getSeriesIndex());
            }
            out.add(item);
        }
        extra.forEach(out::add);
        return out;
    }

    /**
     * A bar's legend square with its hatching: the lines are open parts of the square's path, which
     * filling ignores and the outline draws, in the hatching's colour.
     */
    private static void hatched(LegendItem item, int series) {
        Rectangle2D square = new Rectangle2D.Double(-6, -6, 12, 12);
        Path2D.Double shape = new Path2D.Double(square);
        if (Style.hatch(series) != Style.Hatch.NONE) {
            shape.append(Style.hatchLines(square, series), false);
            item.setOutlinePaint(Style.hatchPaint(series));
            item.setOutlineStroke(new BasicStroke(1f));
        }
        item.setShape(shape);
    }

    /** A reference line (the protocol's 35 days), drawn as on the plot. */
    static LegendItem line(String label, Paint paint, Stroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, false, new Rectangle2D.Double(), false, paint,
                false, paint, stroke, true, new Line2D.Double(-12, 0, 12, 0), stroke, paint);
        item.setLabelFont(Style.font(java.awt.Font.PLAIN, 11));
        return item;
    }

    /** A shaded band (the target), drawn as on the plot. */
    static LegendItem band(String label, Color fill, Color edge) {
        LegendItem item = new LegendItem(label, null, null, null, true, new Rectangle2D.Double(-6, -6, 12, 12), true,
                fill, true, edge, new BasicStroke(1f), false, new Line2D.Double(), new BasicStroke(1f), edge);
        item.setLabelFont(Style.font(java.awt.Font.PLAIN, 11));
        return item;
    }

    /** The extra items of a chart, none by default. */
    static List<LegendItem> none() {
        return new ArrayList<>();
    }
}
