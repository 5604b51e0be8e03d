package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Report;
import org.recits.charts.Chart;

/** More than six lines on a chart over time become one small panel per collectivité. */
class SmallMultiplesTest {

    private static final IndicatorDefinition ATT = Fixtures.def("PART_ATTENDANCE_RATE", "Taux de présence",
            "Attendance rate", Unit.PERCENT, ValueFamily.PARTICIPATION, Fixtures.ATTENDANCE_BAND);

    /**
     * The programme and {@code n} collectivités over five quarters; every third misses 2019-T2, and
     * the last has no value at all when {@code lastEmpty}.
     */
    private static Report report(int n, boolean lastEmpty, Locale locale) {
        List<Scope> scopes = new ArrayList<>(List.of(Scope.programme()));
        List<IndicatorResult> results = new ArrayList<>();
        var data = org.recits.api.data.Dataset.builder();
        results.add(Fixtures.result(ATT, Fixtures.PROG, Fixtures.obs(Fixtures.P, 0.78, ATT.target()), 0.7, 0.72, 0.75,
                0.77));
        for (int i = 0; i < n; i++) {
            Scope s = Scope.of(String.format("c%02d", i));
            scopes.add(s);
            data.add(new Collectivite(s.collectivite(), "Ville " + i, "commune", "transfo", null, null, null, null));
            if (lastEmpty && i == n - 1) {
                results.add(Fixtures.result(ATT, s, Fixtures.obs(Fixtures.P, null, ATT.target())));
            } else {
                results.add(Fixtures.result(ATT, s, Fixtures.obs(Fixtures.P, 0.6 + 0.03 * i, ATT.target()),
                        0.5 + 0.04 * i, i % 3 == 0 ? null : 0.65, 0.7 - 0.02 * i, 0.8));
            }
        }
        return new Report(Fixtures.P, Fixtures.P.previous(4), scopes, locale, Fixtures.P.end(), results, data.build(),
                List.of(), List.of(), List.of(), 5);
    }

    private static RenderedChart attendance(Report r) {
        return (RenderedChart) new ReportCharts(r).build().stream().filter(c -> c.id().equals("assiduite"))
                .findFirst().orElseThrow();
    }

    @Test
    void elevenLinesBecomeTenPanelsEachWithItsLineAndTheProgrammes() {
        RenderedChart c = attendance(report(10, false, Locale.FRENCH));
        SmallMultiples m = (SmallMultiples) c.drawable();
        assertThat(m.panels()).hasSize(10);
        for (int i = 0; i < 10; i++) {
            JFreeChart panel = m.panels().get(i);
            assertThat(panel.getTitle().getText()).isEqualTo("Ville " + i);
            assertThat(panel.getCategoryPlot().getDataset().getRowKeys()).containsExactly("Programme", "Ville " + i);
            assertThat(panel.getCategoryPlot().getRenderer().getSeriesPaint(0)).isEqualTo(SmallMultiples.REFERENCE);
        }
        assertThat(c.height()).isEqualTo(SmallMultiples.height(10)).isEqualTo(150 + 3 * 150);
        LegendItemCollection legend = m.legend().getSources()[0].getLegendItems();
        assertThat(legend.getItemCount()).isEqualTo(2);
        assertThat(legend.get(0).getLabel()).isEqualTo("La collectivité du panneau");
        assertThat(legend.get(1).getLabel()).isEqualTo("Programme (repère, en gris)");
    }

    @Test
    void everyPanelHasTheSameValueAxis() {
        SmallMultiples m = (SmallMultiples) attendance(report(10, false, Locale.FRENCH)).drawable();
        ValueAxis first = m.panels().get(0).getCategoryPlot().getRangeAxis();
        for (JFreeChart panel : m.panels()) {
            assertThat(panel.getCategoryPlot().getRangeAxis().getRange()).isEqualTo(first.getRange());
        }
    }

    @Test
    void sixLinesStayOnePlotAndSevenDoNot() {
        assertThat(attendance(report(5, false, Locale.FRENCH)).drawable()).isInstanceOf(JFreeChart.class);
        assertThat(attendance(report(6, false, Locale.FRENCH)).drawable()).isInstanceOf(SmallMultiples.class);
        // Seven collectivités of which one has no value: six lines, one plot.
        assertThat(attendance(report(6, true, Locale.FRENCH)).drawable()).isInstanceOf(JFreeChart.class);
    }

    @Test
    void noPlotEverDrawsMoreThanSixLines() {
        for (int n : new int[] {1, 4, 5, 6, 10, 29}) {
            for (Chart chart : new ReportCharts(report(n, n % 2 == 0, Locale.FRENCH)).build()) {
                List<CategoryPlot> plots = new ArrayList<>();
                if (((RenderedChart) chart).drawable() instanceof SmallMultiples m) {
                    m.panels().forEach(p -> plots.add(p.getCategoryPlot()));
                } else {
                    plots.add(((RenderedChart) chart).drawing().getCategoryPlot());
                }
                for (CategoryPlot p : plots) {
                    assertThat(p.getDataset().getRowCount()).as("%s with %d", chart.id(), n)
                            .isLessThanOrEqualTo(SmallMultiples.MAX_LINES);
                }
            }
        }
    }

    @Test
    void aCollectiviteWithoutDataGetsNoPanelAndIsCounted() {
        SmallMultiples m = (SmallMultiples) attendance(report(10, true, Locale.FRENCH)).drawable();
        assertThat(m.panels()).hasSize(9);
        String footnote = m.bottom().stream().filter(t -> t instanceof TextTitle tt && tt.getFont().isItalic())
                .map(t -> ((TextTitle) t).getText()).findFirst().orElseThrow();
        assertThat(footnote).startsWith("1 collectivité sans donnée sur la période · 3 points sans donnée");
    }

    @Test
    void inEnglishAndTheSameBytesEachTime() throws Exception {
        RenderedChart a = attendance(report(10, false, Locale.ENGLISH));
        RenderedChart b = attendance(report(10, false, Locale.ENGLISH));
        assertThat(a.png(2)).isEqualTo(b.png(2));
        assertThat(a.svg()).isEqualTo(b.svg()).contains("The panel’s local authority").contains("Programme (grey reference)")
                .contains(">Ville 9<").doesNotContain("panneau");
    }
}
