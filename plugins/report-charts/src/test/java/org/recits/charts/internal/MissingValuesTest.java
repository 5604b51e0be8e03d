package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Report;
import org.recits.charts.Chart;

/**
 * What a chart does with values it cannot draw: one footnote line instead of a paragraph of names, empty
 * series out of the legend, empty collectivités off the axis, a word in the place of a missing bar.
 */
class MissingValuesTest {

    private static final IndicatorDefinition DEM = Fixtures.def("DEM_VOICE", "Voix des agents", "Agents’ voice",
            Unit.SCORE, ValueFamily.DEMOCRATIE, TargetBand.NONE);
    private static final IndicatorDefinition SAT = Fixtures.def("QUAL_SESSION_SATISFACTION", "Satisfaction des sessions",
            "Session satisfaction", Unit.SCORE, ValueFamily.QUALITE, TargetBand.NONE);
    private static final IndicatorDefinition ATT = Fixtures.def("PART_ATTENDANCE_RATE", "Taux de présence",
            "Attendance rate", Unit.PERCENT, ValueFamily.PARTICIPATION, Fixtures.ATTENDANCE_BAND);

    /** Ten collectivités c01…c10; only c03 has values (both scores); the others have n/d. */
    private static Report tenWithOneAnswering(Locale locale) {
        List<Scope> scopes = new ArrayList<>(List.of(Scope.programme()));
        List<IndicatorResult> results = new ArrayList<>();
        var data = org.recits.api.data.Dataset.builder();
        for (int i = 1; i <= 10; i++) {
            Scope s = Scope.of(String.format("c%02d", i));
            scopes.add(s);
            data.add(new Collectivite(s.collectivite(), "Ville " + i, "commune", "transfo", null, null, null, null));
            Double v = i == 3 ? 3.5 : null;
            results.add(Fixtures.result(DEM, s, Fixtures.obs(Fixtures.P, v, TargetBand.NONE)));
            results.add(Fixtures.result(SAT, s, Fixtures.obs(Fixtures.P, v == null ? null : 4.1, TargetBand.NONE)));
        }
        return new Report(Fixtures.P, Fixtures.P.previous(4), scopes, locale, Fixtures.P.end(), results, data.build(),
                List.of(), List.of(), List.of(), 5);
    }

    private static RenderedChart chart(Report report, String id) {
        return (RenderedChart) new ReportCharts(report).build().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static String footnote(RenderedChart chart) {
        List<String> italic = new ArrayList<>();
        for (Object t : chart.drawing().getSubtitles()) {
            if (t instanceof TextTitle tt && tt.getFont().isItalic()) {
                italic.add(tt.getText());
            }
        }
        assertThat(italic).as("one footnote at most").hasSizeLessThanOrEqualTo(1);
        return italic.isEmpty() ? "" : italic.get(0);
    }

    private static List<String> legend(RenderedChart chart) {
        List<String> labels = new ArrayList<>();
        var items = chart.drawing().getCategoryPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    @Test
    void nineCollectivitesWithoutAnswerAreOneLineAndLeaveTheAxis() {
        RenderedChart c = chart(tenWithOneAnswering(Locale.FRENCH), "valeurs-score");
        assertThat(footnote(c)).startsWith("9 collectivités sans donnée ce trimestre");
        CategoryPlot plot = c.drawing().getCategoryPlot();
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("Ville 3");
        // Nothing above the plot but the title: no paragraph of « n/d : … ».
        for (Object t : c.drawing().getSubtitles()) {
            assertThat(((Title) t).getPosition()).isNotEqualTo(org.jfree.chart.ui.RectangleEdge.TOP);
        }
        assertThat(c.svg()).doesNotContain("Ville 1<").doesNotContain("n/d :");
        assertThat(footnote(chart(tenWithOneAnswering(Locale.ENGLISH), "valeurs-score")))
                .startsWith("9 local authorities without data this quarter");
    }

    @Test
    void oneCollectiviteWithoutDataIsSaidInTheSingular() {
        List<IndicatorResult> results = List.of(
                Fixtures.result(DEM, Fixtures.MUL, Fixtures.obs(Fixtures.P, 3.0, TargetBand.NONE)),
                Fixtures.result(DEM, Fixtures.PAR, Fixtures.obs(Fixtures.P, null, TargetBand.NONE)));
        assertThat(footnote(chart(Fixtures.report(results, Locale.FRENCH), "valeurs-score")))
                .startsWith("1 collectivité sans donnée ce trimestre");
    }

    @Test
    void theFourValuesSayWhichHaveNoData() {
        // Démocratie and Qualité are in the report; Impact and Productivité are not.
        RenderedChart c = chart(Fixtures.report(Fixtures.full(), Locale.FRENCH), "valeurs-score");
        assertThat(footnote(c)).startsWith("Sans donnée ce trimestre\u00a0: Impact, Productivité");
        assertThat(legend(c)).containsExactly("Voix des agents", "Satisfaction des sessions");
    }

    @Test
    void aValueWithNothingToDrawLeavesTheLegendAndIsNamed() {
        List<IndicatorResult> results = List.of(
                Fixtures.result(DEM, Fixtures.MUL, Fixtures.obs(Fixtures.P, null, TargetBand.NONE)),
                Fixtures.result(DEM, Fixtures.PAR, Fixtures.obs(Fixtures.P, null, TargetBand.NONE)),
                Fixtures.result(SAT, Fixtures.MUL, Fixtures.obs(Fixtures.P, 4.0, TargetBand.NONE)),
                Fixtures.result(SAT, Fixtures.PAR, Fixtures.obs(Fixtures.P, 3.0, TargetBand.NONE)));
        RenderedChart fr = chart(Fixtures.report(results, Locale.FRENCH), "valeurs-score");
        assertThat(legend(fr)).containsExactly("Satisfaction des sessions");
        assertThat(footnote(fr)).isEqualTo("Sans donnée ce trimestre\u00a0: Démocratie, Impact, Productivité");
        RenderedChart en = chart(Fixtures.report(results, Locale.ENGLISH), "valeurs-score");
        assertThat(footnote(en)).isEqualTo("No data this quarter: Democracy, Impact, Productivity");
    }

    @Test
    void theFourValuesComeInTheirOrderWhateverTheReportsOrder() {
        List<IndicatorResult> results = List.of(
                Fixtures.result(SAT, Fixtures.MUL, Fixtures.obs(Fixtures.P, 4.0, TargetBand.NONE)),
                Fixtures.result(DEM, Fixtures.MUL, Fixtures.obs(Fixtures.P, 3.0, TargetBand.NONE)));
        assertThat(legend(chart(Fixtures.report(results, Locale.FRENCH), "valeurs-score")))
                .containsExactly("Voix des agents", "Satisfaction des sessions");
    }

    @Test
    void aCollectiviteWithNoLineLeavesTheLegendAndTheFootnoteCountsIt() {
        List<IndicatorResult> results = List.of(
                Fixtures.result(ATT, Fixtures.PROG, Fixtures.obs(Fixtures.P, 0.8, ATT.target()), 0.7, 0.75),
                Fixtures.result(ATT, Fixtures.MUL, Fixtures.obs(Fixtures.P, 0.9, ATT.target()), 0.8),
                Fixtures.result(ATT, Fixtures.PAR, Fixtures.obs(Fixtures.P, null, ATT.target())));
        RenderedChart c = chart(Fixtures.report(results, Locale.FRENCH), "assiduite");
        assertThat(legend(c)).containsExactly("Programme", "Mulhouse");
        // Programme misses 2 of its 5 quarters, Mulhouse 3: gaps in the lines, counted.
        assertThat(footnote(c)).isEqualTo(
                "1 collectivité sans donnée sur la période · 5 points sans donnée (ligne interrompue)");
    }

    @Test
    void theFootnoteIsOneLineUnderThePlotAtTheBottom() {
        RenderedChart c = chart(Fixtures.report(Fixtures.full(), Locale.FRENCH), "valeurs-score");
        List<Object> bottom = new ArrayList<>(c.drawing().getSubtitles());
        // JFreeChart stacks bottom titles from the edge: footnote, legend; no source line.
        assertThat(bottom).hasSize(2);
        assertThat(((TextTitle) bottom.get(0)).getText()).isEqualTo(footnote(c));
        assertThat(bottom.get(1)).isInstanceOf(org.jfree.chart.title.LegendTitle.class);
        assertThat(footnote(c)).doesNotContain("\n");
        java.awt.FontMetrics fm = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
                .createGraphics().getFontMetrics(Style.font(java.awt.Font.ITALIC, 10));
        assertThat(fm.stringWidth(footnote(c))).isLessThan(c.width() - 16);
    }

    @Test
    void aChartWithoutAnythingToSayHasNoFootnote() {
        List<IndicatorResult> results = List.of(
                Fixtures.result(SAT, Fixtures.MUL, Fixtures.obs(Fixtures.P, 4.0, TargetBand.NONE)),
                Fixtures.result(SAT, Fixtures.PAR, Fixtures.obs(Fixtures.P, 3.0, TargetBand.NONE)));
        List<Chart> charts = new ReportCharts(Fixtures.report(results, Locale.FRENCH)).build();
        // Only the four values' own footnote: the three values not in the report.
        assertThat(footnote((RenderedChart) charts.get(0))).isEqualTo(
                "Sans donnée ce trimestre\u00a0: Démocratie, Impact, Productivité");
    }
}
