package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Report;

/**
 * The values written on bars, checked on their boxes once drawn: none overlaps another, a bar not its
 * own, the reference line, or the axes; none is left out. The data are the demo's near misses: values
 * side by side that are equal (« 75 % » beside « 75 % »), days just under the protocol's 35.
 */
class LabelBoxesTest {

    private static final IndicatorDefinition DAYS = Fixtures.def("PROT_INTERVENTION_DAYS", "Jours d’intervention",
            "Intervention days", Unit.DAYS, ValueFamily.PROTOCOLE, TargetBand.NONE);
    private static final IndicatorDefinition UPTAKE = Fixtures.def("DEM_VOICE", "Reprise des cas", "Uptake",
            Unit.PERCENT, ValueFamily.DEMOCRATIE, TargetBand.NONE);
    private static final IndicatorDefinition TIME = Fixtures.def("QUAL_SESSION_SATISFACTION", "Temps alloué",
            "Time used", Unit.PERCENT, ValueFamily.QUALITE, TargetBand.NONE);

    /** A third value in percent, like the demo's élus' engagement. */
    private static final IndicatorDefinition ELECTED = new IndicatorDefinition("DEM_ELECTED",
            org.recits.api.model.LocalizedText.of("Implication des élus", "Elected"),
            org.recits.api.model.LocalizedText.of("Implication des élus", "Elected"),
            org.recits.api.model.LocalizedText.of("test", "test"), Unit.PERCENT,
            org.recits.api.indicator.Direction.HIGHER_IS_BETTER, ValueFamily.DEMOCRATIE,
            org.recits.api.indicator.Temporality.FLOW_IN_PERIOD, org.recits.api.indicator.Aggregation.MEAN,
            TargetBand.NONE, "test", org.recits.api.indicator.IndicatorRoles.NONE
                    .withChart(org.recits.api.indicator.ChartRole.values()));

    private static Report tenCollectivites(Locale locale) {
        double[] days = {19.5, 33.5, 34, 32.5, 42, 34, 31.5, 37, 36, 26};
        double[] uptake = {1, 0.8, 0.75, 0.67, 0.6, 0.67, 1, 0.75, 1, 0.75};
        double[] time = {0.38, 0.74, 0.67, 0.57, 0.89, 0.7, 0.66, 0.755, 0.755, 0.51};
        var data = org.recits.api.data.Dataset.builder();
        List<Scope> scopes = ten(data);
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Scope s = scopes.get(i + 1);
            results.add(Fixtures.result(DAYS, s, Fixtures.obs(Fixtures.P, days[i], TargetBand.NONE)));
            results.add(Fixtures.result(UPTAKE, s, Fixtures.obs(Fixtures.P, uptake[i], TargetBand.NONE)));
            results.add(Fixtures.result(TIME, s, Fixtures.obs(Fixtures.P, time[i], TargetBand.NONE)));
            // As in the demo: only one collectivité has its élus' engagement, the others a « n/d ».
            results.add(Fixtures.result(ELECTED, s, Fixtures.obs(Fixtures.P, i == 2 ? 1.0 : null, TargetBand.NONE)));
        }
        return new Report(Fixtures.P, Fixtures.P.previous(4), scopes, locale, Fixtures.P.end(), results, data.build(),
                List.of(), List.of(), List.of(), 5);
    }

    /** The programme and ten collectivités, c00 to c09, added to {@code data}. */
    private static List<Scope> ten(org.recits.api.data.Dataset.Builder data) {
        List<Scope> scopes = new ArrayList<>(List.of(Scope.programme()));
        for (int i = 0; i < 10; i++) {
            Scope s = Scope.of(String.format("c%02d", i));
            scopes.add(s);
            data.add(new Collectivite(s.collectivite(), "Collectivité " + i, "commune", "transfo", null, null, null, null));
        }
        return scopes;
    }

    private static ValueLabels labelsAfterDrawing(RenderedChart chart, boolean svg) throws Exception {
        if (svg) {
            chart.svg();
        } else {
            chart.png(2);
        }
        CategoryPlot plot = chart.drawing().getCategoryPlot();
        return (ValueLabels) plot.getAnnotations().stream().filter(a -> a instanceof ValueLabels).findFirst()
                .orElseThrow();
    }

    private static void assertClear(ValueLabels labels) {
        List<ValueLabels.Placed> placed = labels.placed();
        assertThat(placed).isNotEmpty();
        assertThat(labels.dropped()).isEmpty();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                // not even touching: « 4,2 » beside « 4,2 » with no room between read « 4,24,2 »
                assertThat(ValueLabels.grown(placed.get(i).box(), ValueLabels.BETWEEN_LABELS - 0.01)
                        .intersects(placed.get(j).box()))
                        .as("%s and %s overlap or touch", placed.get(i), placed.get(j)).isFalse();
            }
            for (Rectangle2D line : labels.lines()) {
                assertThat(placed.get(i).box().intersects(line)).as("%s on a reference line", placed.get(i)).isFalse();
            }
        }
    }

    @Test
    void daysJustUnderTheProtocolKeepClearOfItsLine() throws Exception {
        for (boolean svg : new boolean[] {false, true}) {
            RenderedChart c = (RenderedChart) new ReportCharts(tenCollectivites(Locale.FRENCH)).build().stream()
                    .filter(x -> x.id().equals("jours-intervention")).findFirst().orElseThrow();
            ValueLabels labels = labelsAfterDrawing(c, svg);
            assertThat(labels.lines()).hasSize(1);
            assertClear(labels);
            // 33,5 and 34 end under the line: they are written inside their bars.
            assertThat(labels.placed()).filteredOn(p -> p.text().equals("34")).allMatch(ValueLabels.Placed::inside);
        }
    }

    @Test
    void equalValuesSideBySideDoNotRunIntoEachOther() throws Exception {
        for (boolean svg : new boolean[] {false, true}) {
            RenderedChart c = (RenderedChart) new ReportCharts(tenCollectivites(Locale.FRENCH)).build().stream()
                    .filter(x -> x.id().equals("valeurs-percent")).findFirst().orElseThrow();
            ValueLabels labels = labelsAfterDrawing(c, svg);
            assertClear(labels);
            assertThat(labels.placed()).hasSize(21);
        }
    }

    /** A score of one of the four values, drawn on the values chart. */
    private static IndicatorDefinition value(String code, ValueFamily family) {
        return new IndicatorDefinition(code, org.recits.api.model.LocalizedText.of(code, code),
                org.recits.api.model.LocalizedText.of(code, code), org.recits.api.model.LocalizedText.of("test", "test"),
                Unit.SCORE, org.recits.api.indicator.Direction.HIGHER_IS_BETTER, family,
                org.recits.api.indicator.Temporality.FLOW_IN_PERIOD, org.recits.api.indicator.Aggregation.MEAN,
                TargetBand.NONE, "test", org.recits.api.indicator.IndicatorRoles.NONE
                        .withChart(org.recits.api.indicator.ChartRole.values()));
    }

    /** The demo's four values at Saint-Aubin: 4,2 beside 4,2 beside 4,0 then 3,2, in every group of four bars. */
    @Test
    void equalScoresInAGroupOfFourKeepRoomBetweenThem() throws Exception {
        List<IndicatorDefinition> four = List.of(value("DEM_S", ValueFamily.DEMOCRATIE), value("QUAL_S", ValueFamily.QUALITE),
                value("IMP_S", ValueFamily.IMPACT), value("PROD_S", ValueFamily.PRODUCTIVITE));
        double[] scores = {4.2, 4.2, 4.0, 3.2};
        var data = org.recits.api.data.Dataset.builder();
        List<Scope> scopes = ten(data);
        List<IndicatorResult> results = new ArrayList<>();
        for (Scope s : scopes.subList(1, scopes.size())) {
            for (int k = 0; k < 4; k++) {
                results.add(Fixtures.result(four.get(k), s, Fixtures.obs(Fixtures.P, scores[k], TargetBand.NONE)));
            }
        }
        Report r = new Report(Fixtures.P, Fixtures.P.previous(4), scopes, Locale.FRENCH, Fixtures.P.end(), results,
                data.build(), List.of(), List.of(), List.of(), 5);
        RenderedChart c = (RenderedChart) new ReportCharts(r).build().stream()
                .filter(x -> x.id().equals("valeurs-score")).findFirst().orElseThrow();
        ValueLabels labels = labelsAfterDrawing(c, false);
        assertClear(labels);
        assertThat(labels.placed()).extracting(ValueLabels.Placed::text).contains("4,2", "4,0", "3,2").hasSize(40);
    }

    @Test
    void everyBarChartOfTheFixturesIsClear() throws Exception {
        for (var chart : new ReportCharts(Fixtures.report(Fixtures.full(), Locale.FRENCH)).build()) {
            RenderedChart c = (RenderedChart) chart;
            boolean bars = c.drawing().getCategoryPlot().getAnnotations().stream().anyMatch(a -> a instanceof ValueLabels);
            if (bars) {
                assertClear(labelsAfterDrawing(c, false));
            }
        }
    }

    @Test
    void aLabelStaysInsideTheDataArea() throws Exception {
        RenderedChart c = (RenderedChart) new ReportCharts(tenCollectivites(Locale.FRENCH)).build().stream()
                .filter(x -> x.id().equals("valeurs-percent")).findFirst().orElseThrow();
        ValueLabels labels = labelsAfterDrawing(c, false);
        // 100 % bars reach near the top: their labels are still under the plot's upper edge.
        var info = new org.jfree.chart.ChartRenderingInfo();
        var img = new java.awt.image.BufferedImage(c.width(), c.height(), java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g2 = img.createGraphics();
        c.drawing().draw(g2, new Rectangle2D.Double(0, 0, c.width(), c.height()), info);
        g2.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        for (ValueLabels.Placed p : labels.placed()) {
            assertThat(area.contains(p.box())).as("%s inside %s", p, area).isTrue();
        }
    }
}
