package org.recits.charts.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Unit;
import org.recits.api.text.Messages;

/**
 * The JFreeChart plots of the report's charts: bars and lines in the house style, the value axis fitted
 * to the data and the target band. What to plot is {@link ReportCharts}' concern.
 */
final class Plots {

    private Plots() {
    }

    /** Bars (stacked or side by side), their values written on them in the unit's format. */
    static CategoryPlot bars(DefaultCategoryDataset ds, Unit unit, PlotOrientation orientation, boolean stacked,
            Locale locale) {
        return bars(ds, unit, orientation, stacked, locale, new Marks());
    }

    /**
     * Bars (stacked or side by side), their values written on them in the unit's format; bars side by
     * side say in place why a value is missing and star the thin ones, as {@code marks} tell.
     */
    static CategoryPlot bars(DefaultCategoryDataset ds, Unit unit, PlotOrientation orientation, boolean stacked,
            Locale locale, Marks marks) {
        NumberFormat format = Formats.of(unit, locale);
        Messages tx = Messages.of(Plots.class, locale);
        ValueLabels labels = new ValueLabels();
        BarRenderer renderer = stacked ? new BarsRenderer.Stacked(labels)
                : new BarsRenderer(marks, format, tx.get("chart.mark.missing"), tx.get("chart.mark.masked"), labels);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < ds.getRowCount(); i++) {
            renderer.setSeriesPaint(i, Style.fill(i));
            renderer.setSeriesOutlinePaint(i, Style.OUTLINE);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(0.8f));
        }
        // Values written on the bars: readable without colours, and checkable against the workbook.
        if (stacked) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        }
        renderer.setDefaultItemLabelsVisible(true);
        // Placed by ValueLabels, clear of each other, of the bars, of reference lines and of the axes.
        CategoryAxis domain = new CategoryAxis();
        domain.setMaximumCategoryLabelLines(2);
        if (orientation == PlotOrientation.VERTICAL && ds.getColumnCount() > 6) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis range = axis(unit, format);
        range.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(ds, domain, range, renderer);
        plot.setOrientation(orientation);
        plot.addAnnotation(labels);
        return plot;
    }

    /** Lines with a distinct stroke and shape per series, readable without colours. */
    static CategoryPlot lines(DefaultCategoryDataset ds, Unit unit, Locale locale) {
        return lines(ds, unit, locale, new Marks());
    }

    /**
     * Lines with a distinct stroke and shape per series, readable without colours; a point on few
     * sessions or answers is drawn hollow, as {@code marks} tell.
     */
    static CategoryPlot lines(DefaultCategoryDataset ds, Unit unit, Locale locale, Marks marks) {
        NumberFormat format = Formats.of(unit, locale);
        LineAndShapeRenderer renderer = new HollowWhenThin(marks);
        for (int i = 0; i < ds.getRowCount(); i++) {
            renderer.setSeriesPaint(i, Style.line(i));
            renderer.setSeriesFillPaint(i, Style.line(i));
            renderer.setSeriesStroke(i, Style.stroke(i));
            renderer.setSeriesShape(i, Style.shape(i));
        }
        renderer.setUseFillPaint(true);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(false);
        CategoryAxis domain = new CategoryAxis();
        domain.setLowerMargin(0.03);
        domain.setUpperMargin(0.03);
        NumberAxis range = axis(unit, format);
        return new CategoryPlot(ds, domain, range, renderer);
    }

    /**
     * The value axis, its ticks written in the unit's format. A unit written without decimals gets whole
     * ticks only: with JFreeChart's default ones an axis of counts could be ticked every 0.5 and read
     * « 0 1 1 2 2 » once rounded (seen in one of 20 concurrent serve jobs).
     */
    static NumberAxis axis(Unit unit, NumberFormat format) {
        NumberAxis range = new NumberAxis();
        range.setNumberFormatOverride(format);
        if (unit == Unit.COUNT || unit == Unit.RANK || unit == Unit.EUR || unit == Unit.EUR_PER_DAY) {
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return range;
    }

    /** Sets the value axis so that data and the finite bounds of the band show; returns the range. */
    static double[] fitRange(CategoryPlot plot, Unit unit, DefaultCategoryDataset ds, TargetBand band) {
        double lo;
        double hi;
        double dataMax = max(ds);
        double dataMin = min(ds);
        switch (unit) {
            case PERCENT -> {
                lo = 0;
                hi = Math.max(1, dataMax * 1.1);
            }
            case SCORE -> {
                lo = 1;
                hi = 5;
            }
            default -> {
                double bandMax = Double.NEGATIVE_INFINITY;
                double bandMin = Double.POSITIVE_INFINITY;
                for (Interval i : band.green()) {
                    for (Double b : new Double[] {i.low(), i.high()}) {
                        if (b != null) {
                            bandMax = Math.max(bandMax, b);
                            bandMin = Math.min(bandMin, b);
                        }
                    }
                }
                hi = Math.max(dataMax, bandMax);
                lo = Math.min(Math.min(0, dataMin), bandMin);
                double pad = (hi - lo) * 0.15;
                hi = hi + (pad == 0 ? 1 : pad);
                if (lo < 0) {
                    lo = lo - (pad == 0 ? 1 : pad);
                }
            }
        }
        ((NumberAxis) plot.getRangeAxis()).setRange(lo, hi);
        return new double[] {lo, hi};
    }

    /** Series looks, set after the theme (which clears series paints). */
    static void styleSeries(CategoryPlot plot) {
        int n = plot.getDataset().getRowCount();
        if (plot.getRenderer() instanceof LineAndShapeRenderer r) {
            for (int i = 0; i < n; i++) {
                r.setSeriesPaint(i, Style.line(i));
                r.setSeriesFillPaint(i, Style.line(i));
                r.setSeriesStroke(i, Style.stroke(i));
                r.setSeriesShape(i, Style.shape(i));
            }
        } else if (plot.getRenderer() instanceof BarRenderer r) {
            r.setBarPainter(new HatchedBarPainter());
            for (int i = 0; i < n; i++) {
                r.setSeriesPaint(i, Style.fill(i));
                r.setSeriesOutlinePaint(i, Style.OUTLINE);
                r.setSeriesOutlineStroke(i, new BasicStroke(0.8f));
            }
        }
    }

    /**
     * Under the plot: the legend, then the footnote (left, skipped when empty), at the very bottom.
     * JFreeChart stacks bottom titles from the edge in the order they are added.
     */
    static void bottomLines(JFreeChart chart, String footnote) {
        LegendTitle legend = chart.getLegend();
        chart.clearSubtitles();
        bottomTitles(footnote, legend).forEach(chart::addSubtitle);
    }

    /** The titles under a plot, from the bottom edge up: footnote (when any), legend (when any). */
    static List<Title> bottomTitles(String footnote, LegendTitle legend) {
        List<Title> titles = new ArrayList<>();
        if (!footnote.isEmpty()) {
            TextTitle note = new TextTitle(footnote, Style.font(Font.ITALIC, 10));
            note.setPosition(RectangleEdge.BOTTOM);
            note.setHorizontalAlignment(HorizontalAlignment.LEFT);
            note.setPadding(new RectangleInsets(2, 8, 2, 8));
            note.setPaint(Color.BLACK);
            titles.add(note);
        }
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            titles.add(legend);
        }
        return titles;
    }

    /** Markers filled with their line's colour, hollow (white) on a point that rests on few. */
    private static final class HollowWhenThin extends LineAndShapeRenderer implements Marked {

        private static final long serialVersionUID = 1L;
        private final transient Marks marks;

        HollowWhenThin(Marks marks) {
            super(true, true);
            this.marks = marks;
        }

        @Override
        public Marks marks() {
            return marks;
        }

        @Override
        public Paint getItemFillPaint(int row, int column) {
            CategoryDataset ds = getPlot().getDataset();
            // The legend shows the series' fill, filled: hollow means thin only on the plot.
            return marks.has(ds.getRowKey(row), ds.getColumnKey(column), Marks.Mark.THIN) ? Color.WHITE
                    : super.getItemFillPaint(row, column);
        }
    }

    /** A chart in the house style, its legend below. */
    static JFreeChart newChart(String title, CategoryPlot plot) {
        JFreeChart chart = new JFreeChart(title, Style.font(Font.BOLD, 15), plot, true);
        Style.apply(chart);
        chart.getTitle().setFont(Style.font(Font.BOLD, 15));
        // Room on the right for half the last tick label of an axis drawn along the top (« 100 % »).
        chart.setPadding(new RectangleInsets(4, 4, 4, 16));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    /** The largest value plotted, at least 0. */
    static double max(DefaultCategoryDataset ds) {
        double m = 0;
        for (int r = 0; r < ds.getRowCount(); r++) {
            for (int c = 0; c < ds.getColumnCount(); c++) {
                Number n = ds.getValue(r, c);
                if (n != null) {
                    m = Math.max(m, n.doubleValue());
                }
            }
        }
        return m;
    }

    /** The smallest value plotted, at most 0. */
    static double min(DefaultCategoryDataset ds) {
        double m = 0;
        for (int r = 0; r < ds.getRowCount(); r++) {
            for (int c = 0; c < ds.getColumnCount(); c++) {
                Number n = ds.getValue(r, c);
                if (n != null) {
                    m = Math.min(m, n.doubleValue());
                }
            }
        }
        return m;
    }
}
