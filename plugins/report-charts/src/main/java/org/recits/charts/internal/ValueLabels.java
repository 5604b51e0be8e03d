package org.recits.charts.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;

/**
 * The values written on bars, placed once every bar is drawn so that no label overlaps another, a
 * bar, a reference line or the axes. JFreeChart writes each label beside its bar as the bar is drawn:
 * « 75 % » ran into its neighbour's « 75 % », and « 34 » sat on the protocol's 35-day line. Each label
 * tries, in order: beyond the bar's end, the same turned upright then a line further (vertical bars),
 * inside the bar's end on the bar's colour; it goes where it first fits, {@link #BETWEEN_LABELS} clear of
 * the labels already placed. Drawn as the plot's last annotation.
 */
final class ValueLabels extends AbstractAnnotation implements CategoryAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double GAP = 2;
    /**
     * The least room between two labels: boxes that only touched printed « 4,24,2 » over two bars of 4,2
     * side by side, which reads as one number. About a narrow space at the labels' size.
     */
    static final double BETWEEN_LABELS = 1.5;

    /** A label waiting for its place: its text, its bar, and how the bar is drawn. */
    private record Pending(String text, Rectangle2D bar, boolean negative, boolean stacked, Paint fill) {
    }

    /** Where a label went: its box, and whether it is turned upright or inside its bar. */
    record Placed(String text, Rectangle2D box, boolean upright, boolean inside) {
    }

    private final transient List<Pending> pending = new ArrayList<>();
    private final transient List<Placed> placed = new ArrayList<>();
    private final transient List<String> dropped = new ArrayList<>();
    private final transient List<Rectangle2D> lines = new ArrayList<>();

    /** Forgets the last drawing's labels: a chart is drawn once for PNG and once for SVG. */
    void clear() {
        pending.clear();
    }

    void add(String text, Rectangle2D bar, boolean negative, boolean stacked, Paint fill) {
        pending.add(new Pending(text, (Rectangle2D) bar.clone(), negative, stacked, fill));
    }

    /** The labels of the last drawing, with their boxes. */
    List<Placed> placed() {
        return List.copyOf(placed);
    }

    /** The labels of the last drawing that found no free place (none on the demo's charts). */
    List<String> dropped() {
        return List.copyOf(dropped);
    }

    /** The reference lines of the last drawing, as the boxes labels keep clear of. */
    List<Rectangle2D> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
            ValueAxis rangeAxis) {
        placed.clear();
        dropped.clear();
        lines.clear();
        PlotOrientation orientation = plot.getOrientation();
        boolean vertical = orientation == PlotOrientation.VERTICAL;
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            Collection<?> markers = plot.getRangeMarkers(layer);
            if (markers == null) {
                continue;
            }
            for (Object o : markers) {
                if (o instanceof ValueMarker m) {
                    lines.add(line((Marker) m, m.getValue(), plot, dataArea, rangeAxis, vertical));
                }
            }
        }
        Font font = Style.font(Font.PLAIN, 9);
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics();
        double h = fm.getAscent() + fm.getDescent();
        // The area minus a hair, so that a label never touches an axis line.
        Rectangle2D area = new Rectangle2D.Double(dataArea.getX() + 1, dataArea.getY() + 1, dataArea.getWidth() - 2,
                dataArea.getHeight() - 2);
        for (Pending p : pending) {
            double w = font.getStringBounds(p.text(), g2.getFontRenderContext()).getWidth();
            Placed spot = null;
            for (Placed c : candidates(p, w, h, vertical)) {
                if (fits(c, p, area)) {
                    spot = c;
                    break;
                }
            }
            if (spot == null) {
                dropped.add(p.text());
                continue;
            }
            placed.add(spot);
            drawLabel(g2, spot, p, fm);
        }
    }

    /** A reference line as a thin box across the data area. */
    private static Rectangle2D line(Marker m, double value, CategoryPlot plot, Rectangle2D dataArea,
            ValueAxis rangeAxis, boolean vertical) {
        double at = rangeAxis.valueToJava2D(value, dataArea, plot.getRangeAxisEdge());
        double half = m.getStroke() instanceof java.awt.BasicStroke b ? b.getLineWidth() / 2 + 1 : 2;
        return vertical ? new Rectangle2D.Double(dataArea.getX(), at - half, dataArea.getWidth(), 2 * half)
                : new Rectangle2D.Double(at - half, dataArea.getY(), 2 * half, dataArea.getHeight());
    }

    /** The places a label may take, best first. */
    private static List<Placed> candidates(Pending p, double w, double h, boolean vertical) {
        Rectangle2D b = p.bar();
        List<Placed> out = new ArrayList<>();
        if (p.stacked()) {
            out.add(new Placed(p.text(), box(b.getCenterX() - w / 2, b.getCenterY() - h / 2, w, h), false, true));
            if (vertical) {
                out.add(new Placed(p.text(), box(b.getCenterX() - h / 2, b.getCenterY() - w / 2, h, w), true, true));
            }
            return out;
        }
        if (vertical) {
            double cx = b.getCenterX();
            // beyond the end, upright, then a line further: equal neighbours' labels never touch
            double step = h + BETWEEN_LABELS;
            if (p.negative()) {
                out.add(new Placed(p.text(), box(cx - w / 2, b.getMaxY() + GAP, w, h), false, false));
                out.add(new Placed(p.text(), box(cx - h / 2, b.getMaxY() + GAP, h, w), true, false));
                out.add(new Placed(p.text(), box(cx - w / 2, b.getMaxY() + GAP + step, w, h), false, false));
                out.add(new Placed(p.text(), box(cx - w / 2, b.getMaxY() - GAP - h, w, h), false, true));
                out.add(new Placed(p.text(), box(cx - h / 2, b.getMaxY() - GAP - w, h, w), true, true));
            } else {
                out.add(new Placed(p.text(), box(cx - w / 2, b.getMinY() - GAP - h, w, h), false, false));
                out.add(new Placed(p.text(), box(cx - h / 2, b.getMinY() - GAP - w, h, w), true, false));
                out.add(new Placed(p.text(), box(cx - w / 2, b.getMinY() - GAP - h - step, w, h), false, false));
                out.add(new Placed(p.text(), box(cx - w / 2, b.getMinY() + GAP, w, h), false, true));
                out.add(new Placed(p.text(), box(cx - h / 2, b.getMinY() + GAP, h, w), true, true));
            }
        } else {
            double cy = b.getCenterY();
            if (p.negative()) {
                out.add(new Placed(p.text(), box(b.getMinX() - GAP - w, cy - h / 2, w, h), false, false));
                out.add(new Placed(p.text(), box(b.getMinX() + GAP, cy - h / 2, w, h), false, true));
            } else {
                out.add(new Placed(p.text(), box(b.getMaxX() + GAP, cy - h / 2, w, h), false, false));
                out.add(new Placed(p.text(), box(b.getMaxX() - GAP - w, cy - h / 2, w, h), false, true));
            }
        }
        return out;
    }

    /** {@code r} with {@code by} more on each side. */
    static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    private static Rectangle2D box(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x, y, w, h);
    }

    /** Inside the area, clear of the lines, of the labels placed, of every bar but its own when inside it. */
    private boolean fits(Placed c, Pending p, Rectangle2D area) {
        Rectangle2D box = c.box();
        if (!area.contains(box)) {
            return false;
        }
        if (c.inside() && !p.bar().contains(box)) {
            return false;
        }
        for (Rectangle2D l : lines) {
            if (l.intersects(box)) {
                return false;
            }
        }
        for (Placed other : placed) {
            if (grown(other.box(), BETWEEN_LABELS).intersects(box)) {
                return false;
            }
        }
        for (Pending other : pending) {
            if (other != p && other.bar().intersects(box)) {
                return false;
            }
        }
        return c.inside() || !p.bar().intersects(box);
    }

    private static void drawLabel(Graphics2D g2, Placed spot, Pending p, FontMetrics fm) {
        Rectangle2D box = spot.box();
        Paint text = Color.BLACK;
        if (spot.inside()) {
            // On the bar's own colour, over its hatching.
            g2.setPaint(p.fill());
            g2.fill(box);
            text = p.fill() instanceof Color c && Style.grey(c) < 128 ? Color.WHITE : Color.BLACK;
        }
        g2.setPaint(text);
        if (spot.upright()) {
            AffineTransform saved = g2.getTransform();
            g2.rotate(-Math.PI / 2, box.getX(), box.getMaxY());
            g2.drawString(spot.text(), (float) box.getX(), (float) (box.getMaxY() + fm.getAscent()));
            g2.setTransform(saved);
        } else {
            g2.drawString(spot.text(), (float) box.getX(), (float) (box.getY() + fm.getAscent()));
        }
    }
}
