package org.recits.charts.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;

/**
 * Look of every chart. Series differ by lightness (from near black to white with an outline) and,
 * for lines, by dash and marker shape, so that a black-and-white print still tells them apart.
 * Only the logical font "SansSerif" is used, so the charts render on any machine.
 */
final class Style {

    static final String FONT = "SansSerif";

    /** Fill of bars, in order: lightness steps far apart, hue as a bonus on screen. */
    private static final Paint[] FILLS = {
        new Color(0x1F, 0x3A, 0x5F), new Color(0xE0, 0x9A, 0x3E), new Color(0x7F, 0xA7, 0xC9),
        new Color(0x4A, 0x4A, 0x4A), new Color(0xF2, 0xF2, 0xF2), new Color(0xA0, 0x5A, 0x2C),
    };

    /** Colour of lines: the programme first, always black. */
    private static final Paint[] LINES = {
        Color.BLACK, new Color(0x1F, 0x3A, 0x5F), new Color(0xA0, 0x5A, 0x2C), new Color(0x55, 0x55, 0x55),
        new Color(0x3E, 0x7C, 0x6B), new Color(0x80, 0x80, 0x80),
    };

    private static final float[][] DASHES = {
        null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}, {12f, 4f}, {4f, 4f, 1f, 4f},
    };

    static final Color BAND = new Color(0xD9, 0xE8, 0xD5);
    static final Color BAND_EDGE = new Color(0x6E, 0x9A, 0x62);
    static final Color GRID = new Color(0xC8, 0xC8, 0xC8);
    static final Color OUTLINE = new Color(0x33, 0x33, 0x33);

    private Style() {
    }

    static Paint fill(int series) {
        return FILLS[series % FILLS.length];
    }

    static Paint line(int series) {
        return LINES[series % LINES.length];
    }

    static Stroke stroke(int series) {
        float[] dash = DASHES[series % DASHES.length];
        float width = series == 0 ? 2.5f : 1.6f;
        return dash == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    static Shape shape(int series) {
        double s = 7;
        double h = s / 2;
        return switch (series % 6) {
            case 0 -> new Rectangle2D.Double(-h, -h, s, s);
            case 1 -> new Ellipse2D.Double(-h, -h, s, s);
            case 2 -> polygon(0, -h - 1, h + 1, h, -h - 1, h);
            case 3 -> polygon(0, -h - 1, h + 1, 0, 0, h + 1, -h - 1, 0);
            case 4 -> polygon(-h - 1, -h, h + 1, -h, 0, h + 1);
            default -> polygon(-h, -h, h, h, h, -h, -h, h);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    static Font font(int style, int size) {
        return new Font(FONT, style, size);
    }

    /** Fonts and plain white backgrounds, applied to each chart (never set as JFreeChart's global theme). */
    static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("recits", false);
        theme.setExtraLargeFont(font(Font.BOLD, 16));
        theme.setLargeFont(font(Font.BOLD, 13));
        theme.setRegularFont(font(Font.PLAIN, 11));
        theme.setSmallFont(font(Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setShadowVisible(false);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        theme.apply(chart);
    }
}
