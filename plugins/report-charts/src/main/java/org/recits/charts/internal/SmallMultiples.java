package org.recits.charts.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.recits.api.indicator.Unit;
import org.recits.api.model.Scope;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.Size2D;

/**
 * Small multiples: one small panel per collectivité, its line in black against the programme's in
 * grey, on the same value axis in every panel. Eleven lines in one plot could not be told apart, in
 * colour or in print (the styles come round again after six). Lays out a title on top, the panels in a
 * grid, then the legend and the footnote, as a single chart does.
 */
final class SmallMultiples implements Drawable {

    /** Above this many lines, a chart over time becomes small multiples. */
    static final int MAX_LINES = 6;
    /** Height of one row of panels, in points. */
    static final int PANEL_HEIGHT = 150;
    /** Room for the title above the panels and the legend and footnote under them. */
    static final int FRAME_HEIGHT = 150;

    /** The programme's line in each panel: a grey reference, thinner, dashed. */
    static final Color REFERENCE = new Color(0x9A, 0x9A, 0x9A);
    static final BasicStroke REFERENCE_STROKE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {4f, 3f}, 0f);

    private final Title title;
    private final List<JFreeChart> panels;
    /** Bottom titles, from the edge up: footnote, legend. */
    private final List<Title> bottom;

    SmallMultiples(Title title, List<JFreeChart> panels, List<Title> bottom) {
        this.title = title;
        this.panels = List.copyOf(panels);
        this.bottom = List.copyOf(bottom);
    }

    /** The number of panel columns for {@code n} panels: as many as fit four abreast. */
    static int columns(int n) {
        return n <= 4 ? Math.max(1, n) : n <= 9 ? 3 : 4;
    }

    /** The height of the whole chart for {@code n} panels. */
    static int height(int n) {
        int rows = (n + columns(n) - 1) / columns(n);
        return FRAME_HEIGHT + rows * PANEL_HEIGHT;
    }

    List<JFreeChart> panels() {
        return panels;
    }

    /** The legend under the panels, for the tests. */
    LegendTitle legend() {
        return bottom.stream().filter(t -> t instanceof LegendTitle).map(t -> (LegendTitle) t).findFirst()
                .orElseThrow();
    }

    List<Title> bottom() {
        return bottom;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        double x = area.getX();
        double w = area.getWidth();
        double top = area.getY();
        double end = area.getMaxY();
        Size2D head = size(title, g2, area);
        title.draw(g2, aligned(title, head, x, top, w));
        top += head.height + 4;
        for (Title t : bottom) {
            Size2D size = size(t, g2, area);
            end -= size.height;
            t.draw(g2, aligned(t, size, x, end, w));
        }
        int cols = columns(panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        double cellW = w / cols;
        double cellH = (end - top) / rows;
        List<Rectangle2D> cells = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            cells.add(new Rectangle2D.Double(x + (i % cols) * cellW, top + (i / cols) * cellH, cellW, cellH));
        }
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).draw(g2, cells.get(i));
        }
    }

    /** A title's size within the area, as JFreeChart measures its own titles. */
    private static Size2D size(Title t, Graphics2D g2, Rectangle2D area) {
        return t.arrange(g2, new RectangleConstraint(area.getWidth(), new Range(0, area.getWidth()),
                LengthConstraintType.RANGE, area.getHeight(), new Range(0, area.getHeight()),
                LengthConstraintType.RANGE));
    }

    /** Where a title of this size goes on a line of width {@code w}, by its alignment. */
    private static Rectangle2D aligned(Title t, Size2D size, double x, double y, double w) {
        HorizontalAlignment a = t.getHorizontalAlignment();
        double left = HorizontalAlignment.LEFT.equals(a) ? x
                : HorizontalAlignment.RIGHT.equals(a) ? x + w - size.width : x + (w - size.width) / 2;
        return new Rectangle2D.Double(left, y, size.width, size.height);
    }

    /**
     * Small multiples of a chart over time: a panel per collectivité in the rows' order, holding its
     * lines (one per indicator, styled by the indicator's rank) and the programme's in grey.
     *
     * @param title    the chart's title
     * @param ds       every line, a row per scope (and indicator), a column per quarter
     * @param scopeOf  the scope of each row
     * @param codeOf   the rank of each row's indicator among the chart's, from 0
     * @param legend   the legend's items: what a panel's lines are
     * @param footnote the footnote line, or empty
     */
    static SmallMultiples of(String title, DefaultCategoryDataset ds, Map<String, Scope> scopeOf,
            Map<String, Integer> codeOf, Unit unit, Locale locale, Marks marks, List<LegendItem> legend,
            String footnote) {
        CategoryPlot whole = Plots.lines(ds, unit, locale, marks);
        double[] range = Plots.fitRange(whole, unit, ds, org.recits.api.indicator.TargetBand.NONE);
        List<String> programme = new ArrayList<>();
        Map<Scope, List<String>> byScope = new LinkedHashMap<>();
        for (Object key : ds.getRowKeys()) {
            String row = (String) key;
            Scope s = scopeOf.get(row);
            if (s.isProgramme()) {
                programme.add(row);
            } else {
                byScope.computeIfAbsent(s, k -> new ArrayList<>()).add(row);
            }
        }
        List<JFreeChart> panels = new ArrayList<>();
        for (Map.Entry<Scope, List<String>> e : byScope.entrySet()) {
            DefaultCategoryDataset panel = new DefaultCategoryDataset();
            List<String> rows = new ArrayList<>(programme);
            rows.addAll(e.getValue());
            for (String row : rows) {
                for (Object col : ds.getColumnKeys()) {
                    panel.addValue(ds.getValue(row, (String) col), row, (String) col);
                }
            }
            panels.add(panel(panelTitle(e.getValue().get(0), codeOf.size()), panel, programme.size(), codeOf, unit,
                    locale, marks, range));
        }
        fitTitles(panels, RenderedChart.WIDTH / columns(panels.size()) - 16);
        TextTitle top = new TextTitle(title, Style.font(Font.BOLD, 15));
        LegendTitle items = new LegendTitle(() -> {
            LegendItemCollection c = new LegendItemCollection();
            legend.forEach(c::add);
            return c;
        });
        items.setItemFont(Style.font(Font.PLAIN, 11));
        items.setFrame(BlockBorder.NONE);
        items.setBackgroundPaint(Color.WHITE);
        return new SmallMultiples(top, panels, Plots.bottomTitles(footnote, items));
    }

    /** A row's collectivité as a panel title: the row key, without the indicator when several share it. */
    private static String panelTitle(String row, int codes) {
        int dash = row.lastIndexOf(" – ");
        return codes > 1 && dash > 0 ? row.substring(0, dash) : row;
    }

    private static JFreeChart panel(String name, DefaultCategoryDataset ds, int references, Map<String, Integer> codeOf,
            Unit unit, Locale locale, Marks marks, double[] range) {
        CategoryPlot plot = Plots.lines(ds, unit, locale, marks);
        ((NumberAxis) plot.getRangeAxis()).setRange(range[0], range[1]);
        JFreeChart chart = new JFreeChart(name, panelFont(), plot, false);
        Style.apply(chart);
        chart.getTitle().setFont(panelFont());
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        plot.getDomainAxis().setTickLabelFont(Style.font(Font.PLAIN, 8));
        plot.getDomainAxis().setLowerMargin(0.04);
        plot.getDomainAxis().setUpperMargin(0.04);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getRangeAxis().setTickLabelFont(Style.font(Font.PLAIN, 8));
        LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < ds.getRowCount(); i++) {
            if (i < references) {
                r.setSeriesPaint(i, REFERENCE);
                r.setSeriesFillPaint(i, REFERENCE);
                r.setSeriesStroke(i, REFERENCE_STROKE);
                r.setSeriesShapesVisible(i, false);
            } else {
                int k = codeOf.getOrDefault((String) ds.getRowKey(i), 0);
                r.setSeriesPaint(i, Style.line(k));
                r.setSeriesFillPaint(i, Style.line(k));
                r.setSeriesStroke(i, Style.stroke(k));
                r.setSeriesShape(i, Style.shape(k));
            }
        }
        return chart;
    }

    /**
     * One line of title per panel, so that every plot has the same height: a long name is set smaller,
     * down to 8 points, then cut with an ellipsis.
     */
    private static void fitTitles(List<JFreeChart> panels, double width) {
        java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            for (JFreeChart p : panels) {
                TextTitle t = p.getTitle();
                for (int size = 11; size >= 8; size--) {
                    Font f = Style.font(Font.BOLD, size);
                    t.setFont(f);
                    if (g2.getFontMetrics(f).stringWidth(t.getText()) <= width) {
                        break;
                    }
                }
                t.setMaximumLinesToDisplay(1);
            }
        } finally {
            g2.dispose();
        }
    }

    /** A legend item for a line with its marker, as a panel draws it. */
    static LegendItem item(String label, int rank) {
        return new LegendItem(label, null, null, null, true, Style.shape(rank), true, Style.line(rank), false,
                Style.line(rank), new BasicStroke(1f), true, new Line2D.Double(-12, 0, 12, 0), Style.stroke(rank),
                Style.line(rank));
    }

    /** The legend item of the programme's grey line. */
    static LegendItem reference(String label) {
        return Legend.line(label, REFERENCE, REFERENCE_STROKE);
    }

    /** A panel's title font: the collectivité's name. */
    static Font panelFont() {
        return Style.font(Font.BOLD, 11);
    }
}
