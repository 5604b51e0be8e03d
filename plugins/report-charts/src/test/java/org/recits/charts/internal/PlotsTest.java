package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;

/** The plots of the charts, one quirk per test. */
class PlotsTest {

    private static DefaultCategoryDataset data(Double... values) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int i = 0; i < values.length; i++) {
            ds.addValue(values[i], "s", "c" + i);
        }
        return ds;
    }

    private static double[] fit(Unit unit, DefaultCategoryDataset ds, TargetBand band) {
        CategoryPlot plot = Plots.lines(ds, unit, Locale.FRENCH);
        double[] range = Plots.fitRange(plot, unit, ds, band);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        assertThat(new double[] {axis.getLowerBound(), axis.getUpperBound()}).containsExactly(range);
        return range;
    }

    @Test
    void aRateAxisGoesFromZeroToAtLeastOneHundredPercent() {
        assertThat(fit(Unit.PERCENT, data(0.5), TargetBand.NONE)).containsExactly(0, 1);
        assertThat(fit(Unit.PERCENT, data(1.5), TargetBand.NONE)[1]).isCloseTo(1.65, within(1e-9));
    }

    @Test
    void aScoreAxisIsTheScaleOneToFive() {
        assertThat(fit(Unit.SCORE, data(4.2), TargetBand.NONE)).containsExactly(1, 5);
    }

    @Test
    void theAxisShowsTheTargetBandEvenAboveTheData() {
        TargetBand band = TargetBand.of(List.of(Interval.atLeast(35.0)), List.of(), LocalizedText.of("≥ 35"));
        double[] range = fit(Unit.DAYS, data(10.0), band);
        assertThat(range[0]).isZero();
        assertThat(range[1]).isCloseTo(35 + 35 * 0.15, within(1e-9));
    }

    @Test
    void negativeValuesGetRoomBelowZero() {
        double[] range = fit(Unit.SCORE_DELTA, data(-2.0, 4.0), TargetBand.NONE);
        assertThat(range[0]).isCloseTo(-2 - 0.9, within(1e-9));
        assertThat(range[1]).isCloseTo(4 + 0.9, within(1e-9));
    }

    @Test
    void allZerosStillGiveAnAxis() {
        assertThat(fit(Unit.COUNT, data(0.0, 0.0), TargetBand.NONE)).containsExactly(0, 1);
    }

    @Test
    void maxAndMinSkipValuesNotPlottedAndIncludeZero() {
        DefaultCategoryDataset ds = data(3.0, null, 7.0);
        assertThat(Plots.max(ds)).isEqualTo(7);
        assertThat(Plots.min(ds)).isZero();
        assertThat(Plots.min(data(-1.0, null))).isEqualTo(-1);
        assertThat(Plots.max(data(-1.0, null))).isZero();
    }

    @Test
    void sharesAreStackedBars() {
        CategoryPlot plot = Plots.bars(data(0.4), Unit.PERCENT, PlotOrientation.HORIZONTAL, true, Locale.FRENCH);
        assertThat(plot.getRenderer()).isInstanceOf(StackedBarRenderer.class);
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
    }

    @Test
    void manyVerticalBarsTiltTheirLabels() {
        CategoryPlot few = Plots.bars(data(1.0, 2.0), Unit.COUNT, PlotOrientation.VERTICAL, false, Locale.FRENCH);
        CategoryPlot many = Plots.bars(data(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0), Unit.COUNT, PlotOrientation.VERTICAL,
                false, Locale.FRENCH);
        assertThat(few.getDomainAxis().getCategoryLabelPositions()).isEqualTo(CategoryLabelPositions.STANDARD);
        assertThat(many.getDomainAxis().getCategoryLabelPositions()).isEqualTo(CategoryLabelPositions.UP_45);
    }

    @Test
    void valuesOnBarsAndAxisFollowTheLanguage() {
        CategoryPlot fr = Plots.bars(data(0.5), Unit.PERCENT, PlotOrientation.VERTICAL, false, Locale.FRENCH);
        CategoryPlot en = Plots.bars(data(0.5), Unit.PERCENT, PlotOrientation.VERTICAL, false, Locale.ENGLISH);
        assertThat(fr.getRenderer().getDefaultItemLabelGenerator().generateLabel(fr.getDataset(), 0, 0))
                .isEqualTo("50\u00a0%");
        assertThat(en.getRenderer().getDefaultItemLabelGenerator().generateLabel(en.getDataset(), 0, 0))
                .isEqualTo("50%");
        assertThat(((NumberAxis) fr.getRangeAxis()).getNumberFormatOverride().format(0.25)).isEqualTo("25\u00a0%");
    }

    @Test
    void seriesLooksSurviveTheTheme() {
        CategoryPlot plot = Plots.lines(data(1.0), Unit.COUNT, Locale.FRENCH);
        JFreeChart chart = Plots.newChart("t", plot); // the theme clears series paints
        Plots.styleSeries(plot);
        LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
        assertThat(r.getSeriesPaint(0)).isEqualTo(Style.line(0));
        assertThat(r.getSeriesStroke(0)).isEqualTo(Style.stroke(0));
        assertThat(chart.getLegend().getPosition()).isEqualTo(RectangleEdge.BOTTOM);
    }
}
