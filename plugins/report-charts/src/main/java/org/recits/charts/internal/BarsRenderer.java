package org.recits.charts.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars side by side with their values written on them, placed by {@link ValueLabels} once all bars are
 * drawn. A value that cannot be drawn says why in its bar's place (« n/d », « masqué »): an empty slot
 * among the four values read as a zero. A value on few sessions or answers gets a star, which the
 * footnote explains.
 */
final class BarsRenderer extends BarRenderer implements Marked {

    private static final long serialVersionUID = 1L;
    static final Color MARK_PAINT = new Color(0x55, 0x55, 0x55);

    private final transient Marks marks;
    private final String missing;
    private final String masked;

    private final transient ValueLabels labels;

    BarsRenderer(Marks marks, NumberFormat format, String missing, String masked, ValueLabels labels) {
        this.marks = marks;
        this.missing = missing;
        this.masked = masked;
        this.labels = labels;
        setDefaultItemLabelGenerator(new Starred(marks, format));
    }

    @Override
    public Marks marks() {
        return marks;
    }

    @Override
    public CategoryItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot,
            int rendererIndex, PlotRenderingInfo info) {
        labels.clear();
        return super.initialise(g2, dataArea, plot, rendererIndex, info);
    }

    /** Hands the label to {@link ValueLabels}, which places it once every bar is known. */
    @Override
    protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
            CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
        String text = generator.generateLabel(data, row, column);
        if (text != null) {
            labels.add(text, bar, negative, false, getItemPaint(row, column));
        }
    }

    /** Stacked bars whose labels {@link ValueLabels} places, inside their part of the bar. */
    static final class Stacked extends StackedBarRenderer {

        private static final long serialVersionUID = 1L;
        private final transient ValueLabels labels;

        Stacked(ValueLabels labels) {
            this.labels = labels;
        }

        @Override
        public CategoryItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot,
                int rendererIndex, PlotRenderingInfo info) {
            labels.clear();
            return super.initialise(g2, dataArea, plot, rendererIndex, info);
        }

        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            String text = generator.generateLabel(data, row, column);
            if (text != null) {
                labels.add(text, bar, negative, true, getItemPaint(row, column));
            }
        }
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
            CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        if (dataset.getValue(row, column) != null) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            return;
        }
        Marks.Mark mark = marks.get(dataset.getRowKey(row), dataset.getColumnKey(column));
        if (pass != 0 || mark == null || mark == Marks.Mark.THIN) {
            return;
        }
        String text = mark == Marks.Mark.MASKED ? masked : missing;
        PlotOrientation orientation = plot.getOrientation();
        double middle = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column)
                + state.getBarWidth() / 2;
        double base = rangeAxis.valueToJava2D(Math.max(0, rangeAxis.getLowerBound()), dataArea,
                plot.getRangeAxisEdge());
        g2.setFont(Style.font(Font.ITALIC, 9));
        g2.setPaint(MARK_PAINT);
        if (orientation == PlotOrientation.VERTICAL) {
            // Upwards from the base, as narrow as a line of text: it fits where the bar would be. Drawn as
            // a string, not through TextUtils, which gives SVG a path instead of a text a reader can find.
            AffineTransform saved = g2.getTransform();
            g2.rotate(-Math.PI / 2, middle, base - 3);
            g2.drawString(text, (float) middle, (float) (base - 3 + g2.getFontMetrics().getAscent() / 2.0 - 1));
            g2.setTransform(saved);
        } else {
            TextUtils.drawAlignedString(text, g2, (float) (base + 3), (float) middle, TextAnchor.CENTER_LEFT);
        }
    }

    /** The value in the unit's format, starred when it rests on few sessions or answers. */
    private static final class Starred extends StandardCategoryItemLabelGenerator {

        private static final long serialVersionUID = 1L;
        private final transient Marks marks;

        Starred(Marks marks, NumberFormat format) {
            super("{2}", format);
            this.marks = marks;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            String label = super.generateLabel(dataset, row, column);
            boolean thin = marks.has(dataset.getRowKey(row), dataset.getColumnKey(column), Marks.Mark.THIN);
            return thin ? label + "*" : label;
        }
    }
}
