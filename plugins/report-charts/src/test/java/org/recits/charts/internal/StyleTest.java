package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

/** The house style of the charts, one quirk per test. */
class StyleTest {

    @Test
    void theFirstSeriesIsDrawnThickerThanTheOthers() {
        assertThat(((BasicStroke) Style.stroke(0)).getLineWidth()).isEqualTo(2.5f);
        assertThat(((BasicStroke) Style.stroke(1)).getLineWidth()).isEqualTo(1.6f);
    }

    @Test
    void shapesComeBackAfterSixSeries() {
        for (int i = 0; i < 6; i++) {
            assertThat(Style.shape(i + 6).getBounds2D()).isEqualTo(Style.shape(i).getBounds2D());
        }
        assertThat(Style.shape(0).getClass()).isNotEqualTo(Style.shape(1).getClass());
    }

    @Test
    void neighbouringSeriesDoNotShareAColour() {
        assertThat(Style.fill(0)).isNotEqualTo(Style.fill(1));
        assertThat(Style.line(0)).isNotEqualTo(Style.line(1));
    }

    @Test
    void fontsAreTheLogicalSansSerifWhateverTheMachine() {
        Font f = Style.font(Font.BOLD, 15);
        assertThat(f.getName()).isEqualTo("SansSerif");
        assertThat(f.isBold()).isTrue();
        assertThat(f.getSize()).isEqualTo(15);
    }

    @Test
    void aStyledChartIsOnWhite() {
        JFreeChart chart = new JFreeChart(new CategoryPlot());
        Style.apply(chart);
        assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(chart.getPlot().getBackgroundPaint()).isEqualTo(Color.WHITE);
    }
}
