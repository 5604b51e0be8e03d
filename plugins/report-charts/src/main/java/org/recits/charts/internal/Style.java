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
 * Look of every chart. Bars differ by fill and by hatching, lines by dash and marker shape, so that a
 * black-and-white print still tells every series apart (two fills here have the same grey).
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

    /** Hatching of bars, by series: none, rising, horizontal, falling, vertical, crossed. */
    enum Hatch {
        NONE, RISING, HORIZONTAL, FALLING, VERTICAL, CROSSED
    }

    private static final Hatch[] HATCHES = Hatch.values();

    /** Distance between two hatch lines, in points along the axes. */
    private static final double HATCH_STEP = 5;

    static final Color BAND = new Color(0xD9, 0xE8, 0xD5);
    static final Color BAND_EDGE = new Color(0x6E, 0x9A, 0x62);
    static final Color GRID = new Color(0xC8, 0xC8, 0xC8);
    static final Color OUTLINE = new Color(0x33, 0x33, 0x33);

    private Style() {
    }

    static Paint fill(int series) {
        return FILLS[series % FILLS.length];
    }

    static Hatch hatch(int series) {
        return HATCHES[series % HATCHES.length];
    }

    /** The grey a colour prints as (luma, 0 black to 255 white). */
    static int grey(Paint paint) {
        Color c = (Color) paint;
        return (int) Math.round(0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue());
    }

    /** Hatch lines in white on a dark fill, dark on a light one. */
    static Color hatchPaint(int series) {
        return grey(fill(series)) < 128 ? Color.WHITE : OUTLINE;
    }

    /**
     * The hatch lines of a series over a rectangle, as open segments computed to the rectangle's edges
     * (no clip: JFreeSVG would write one clip path per bar). Lines sit on a grid of the page, so that
     * neighbouring bars' hatching lines up.
     */
    static Path2D hatchLines(Rectangle2D r, int series) {
        Path2D.Double p = new Path2D.Double();
        Hatch h = hatch(series);
        double x0 = r.getMinX();
        double x1 = r.getMaxX();
        double y0 = r.getMinY();
        double y1 = r.getMaxY();
        if (h == Hatch.HORIZONTAL || h == Hatch.CROSSED) {
            for (double y = Math.ceil(y0 / HATCH_STEP) * HATCH_STEP; y <= y1; y += HATCH_STEP) {
                segment(p, x0, y, x1, y);
            }
        }
        if (h == Hatch.VERTICAL || h == Hatch.CROSSED) {
            for (double x = Math.ceil(x0 / HATCH_STEP) * HATCH_STEP; x <= x1; x += HATCH_STEP) {
                segment(p, x, y0, x, y1);
            }
        }
        if (h == Hatch.RISING) { // x + y = c: up and to the right on the page
            for (double c = Math.ceil((x0 + y0) / HATCH_STEP) * HATCH_STEP; c <= x1 + y1; c += HATCH_STEP) {
                double from = Math.max(x0, c - y1);
                double to = Math.min(x1, c - y0);
                if (from < to) {
                    segment(p, from, c - from, to, c - to);
                }
            }
        }
        if (h == Hatch.FALLING) { // x - y = c: down and to the right
            for (double c = Math.ceil((x0 - y1) / HATCH_STEP) * HATCH_STEP; c <= x1 - y0; c += HATCH_STEP) {
                double from = Math.max(x0, y0 + c);
                double to = Math.min(x1, y1 + c);
                if (from < to) {
                    segment(p, from, from - c, to, to - c);
                }
            }
        }
        return p;
    }

    private static void segment(Path2D p, double xa, double ya, double xb, double yb) {
        p.moveTo(xa, ya);
        p.lineTo(xb, yb);
    }

    /** Draws a series' hatching over a bar. */
    static void hatch(java.awt.Graphics2D g2, Rectangle2D bar, int series) {
        if (hatch(series) == Hatch.NONE) {
            return;
        }
        g2.setPaint(hatchPaint(series));
        g2.setStroke(new BasicStroke(1f));
        g2.draw(hatchLines(bar, series));
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
