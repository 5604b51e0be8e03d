package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.junit.jupiter.api.Test;

/**
 * Printed in black and white, every series stays apart from every other: each series' look is drawn,
 * turned to grey, and compared with the others'. Two looks are the same when no pixel differs by more
 * than a printer's grey step.
 */
class BlackAndWhiteTest {

    /** Greys closer than this print alike. */
    private static final int GREY_STEP = 40;
    private static final int SERIES = 6;

    private static BufferedImage canvas(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, w, h);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.dispose();
        return img;
    }

    /** A bar of the series as the painter draws it. */
    private static BufferedImage bar(int series) {
        BufferedImage img = canvas(40, 40);
        Graphics2D g2 = img.createGraphics();
        Rectangle2D r = new Rectangle2D.Double(5, 5, 30, 30);
        g2.setPaint(Style.fill(series));
        g2.fill(r);
        Style.hatch(g2, r, series);
        g2.dispose();
        return img;
    }

    /** A stretch of the series' line with its marker in the middle. */
    private static BufferedImage line(int series) {
        BufferedImage img = canvas(80, 20);
        Graphics2D g2 = img.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setPaint(Style.line(series));
        g2.setStroke(Style.stroke(series));
        g2.draw(new Line2D.Double(2, 10, 78, 10));
        g2.translate(40, 10);
        g2.fill(Style.shape(series));
        g2.dispose();
        return img;
    }

    private static boolean printAlike(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs(Style.grey(new Color(a.getRGB(x, y))) - Style.grey(new Color(b.getRGB(x, y)))) > GREY_STEP) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> alike(java.util.function.IntFunction<BufferedImage> look) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < SERIES; i++) {
            for (int j = i + 1; j < SERIES; j++) {
                if (printAlike(look.apply(i), look.apply(j))) {
                    pairs.add(i + "~" + j);
                }
            }
        }
        return pairs;
    }

    @Test
    void noTwoBarSeriesPrintAlike() {
        // Without hatching, fills 1 and 2 (orange and light blue) print as greys 164 and 159.
        assertThat(Math.abs(Style.grey(Style.fill(1)) - Style.grey(Style.fill(2)))).isLessThan(GREY_STEP);
        assertThat(alike(BlackAndWhiteTest::bar)).isEmpty();
    }

    @Test
    void noTwoLineSeriesPrintAlike() {
        assertThat(alike(BlackAndWhiteTest::line)).isEmpty();
    }

    @Test
    void theLegendShowsEachBarsHatching() {
        CategoryPlot plot = ((RenderedChart) new ReportCharts(Fixtures.report(Fixtures.full(), Locale.FRENCH)).build()
                .stream().filter(c -> c.id().equals("cas-methodes") || c.id().equals("valeurs-score")).findFirst()
                .orElseThrow()).drawing().getCategoryPlot();
        assertThat(plot.getRenderer()).isInstanceOf(BarRenderer.class);
        assertThat(((BarRenderer) plot.getRenderer()).getBarPainter()).isInstanceOf(HatchedBarPainter.class);
        LegendItemCollection items = Legend.items(plot, List.of());
        assertThat(items.getItemCount()).isEqualTo(2);
        // The first series is plain; the second's square carries its hatch lines (more than the 6 steps
        // of a closed square's path).
        assertThat(segments(items.get(0).getShape())).isEqualTo(6);
        assertThat(segments(items.get(1).getShape())).isGreaterThan(6);
    }

    private static int segments(java.awt.Shape s) {
        int n = 0;
        for (var it = s.getPathIterator(null); !it.isDone(); it.next()) {
            n++;
        }
        return n;
    }
}
