package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.recits.api.report.Report;

/** The summary's charts, drawn from its table once written. */
class SummaryChartsTest {

    /** The French fixture's summary, its table and charts written on a sheet of {@code wb}. */
    private static SummarySheet written(XSSFWorkbook wb) {
        Report report = Fixtures.report(Locale.FRENCH);
        Texts tx = new Texts(Locale.FRENCH);
        Styles st = new Styles(wb, tx);
        XSSFSheet summary = wb.createSheet(tx.summary());
        wb.createSheet(tx.indicators());
        SummarySheet sum = new SummarySheet(report, tx, st, IndicatorLayout.of(report, tx));
        sum.writeTable(new Rows(summary, st));
        new SummaryCharts(tx, sum).write(summary);
        return sum;
    }

    @Test
    void oneChartPerFigureTheReportHasBelowTheTable() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SummarySheet sum = written(wb);
            XSSFSheet summary = wb.getSheet("Synthèse");
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).extracting(c -> c.getTitleText().getString()).containsExactly(
                    "Jours d’intervention par collectivité (cible\u00a0: 35)", "Répartition des financements",
                    "Taux de présence par collectivité", "Les quatre valeurs par collectivité (score sur 5)",
                    "Taux de présence du programme au fil des trimestres");
            // Under the table (programme and two collectivités below two header rows), a blank row and a title
            // (row 6), one block per chart of its header and the collectivités with a figure to draw (rows 7–9,
            // 10–12, 13–15; the four values' 16–17, Strasbourg's scores being masked), then the programme's
            // attendance per quarter (rows 19–20); the charts two rows below.
            assertThat(sum.lastRow()).isEqualTo(4);
            assertThat(sum.chartBlocks()).extracting(SummarySheet.ChartBlock::headerRow).containsExactly(7, 10, 13, 16);
            assertThat(sum.chartBlocks()).extracting(SummarySheet.ChartBlock::firstRow).containsExactly(8, 11, 14, 17);
            assertThat(sum.chartBlocks()).extracting(SummarySheet.ChartBlock::lastRow).containsExactly(9, 12, 15, 17);
            assertThat(sum.trendHeaderRow()).isEqualTo(19);
            assertThat(charts.get(0).getGraphicFrame().getAnchor().getRow1()).isEqualTo(22);
            // The collectivités' intervention days, from the summary's cached results, and the target line
            assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(0))
                    .isEqualTo(28.0);
            assertThat(charts.get(0).getChartSeries().get(1).getSeries(0).getValuesData().getPointAt(1))
                    .isEqualTo(35.0); // the planned value the days' roles give (Fixtures.DAYS)
            // The programme's attendance over the quarters, from its row of the trends sheet
            assertThat(charts.get(4).getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("Synthèse!$C$21:$E$21");
        }
    }

    /**
     * A grey print tells the series apart: within a chart, two bar series differ by their hatching or by 40 of
     * 255 greys at least (orange and grey, 150 and 165, had looked alike), and the target line is dashed. And
     * no chart shows an empty slot or an empty series: every collectivité drawn has a figure in it, every
     * series one figure at least.
     */
    @Test
    void chartsReadInGreyAndShowNoEmptySlotNorSeries() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            written(wb);
            XSSFSheet summary = wb.getSheet("Synthèse");
            int seriesSeen = 0;
            for (XSSFChart chart : summary.getDrawingPatriarch().getCharts()) {
                var plot = chart.getCTChart().getPlotArea();
                List<String> looks = new java.util.ArrayList<>();
                for (var bars : plot.getBarChartList()) {
                    for (var ser : bars.getSerList()) {
                        String sp = ser.getSpPr().xmlText();
                        java.util.regex.Matcher colour = java.util.regex.Pattern
                                .compile("(?:solidFill|bgClr)><\\w+:srgbClr val=\"(\\w{6})\"").matcher(sp);
                        assertThat(colour.find()).as(sp).isTrue();
                        int rgb = Integer.parseInt(colour.group(1), 16);
                        long grey = Math.round(0.299 * (rgb >> 16) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF));
                        java.util.regex.Matcher hatch = java.util.regex.Pattern.compile("pattFill prst=\"(\\w+)\"")
                                .matcher(sp);
                        String look = (hatch.find() ? hatch.group(1) : "solid") + " " + grey;
                        for (String other : looks) {
                            boolean sameHatch = other.split(" ")[0].equals(look.split(" ")[0]);
                            assertThat(!sameHatch || Math.abs(Long.parseLong(other.split(" ")[1]) - grey) >= 40)
                                    .as(chart.getTitleText() + ": " + look + " and " + other).isTrue();
                        }
                        looks.add(look);
                        seriesSeen++;
                    }
                }
                for (var lines : plot.getLineChartList()) {
                    for (var ser : lines.getSerList()) {
                        if (chart.getTitleText().getString().contains("cible")) {
                            assertThat(ser.getSpPr().xmlText()).contains("prstDash val=\"dash\"");
                        }
                    }
                }
                // every category has a figure in some series; every series a figure somewhere
                List<org.apache.poi.xddf.usermodel.chart.XDDFChartData> data = chart.getChartSeries();
                int categories = (int) data.get(0).getSeries(0).getCategoryData().getPointCount();
                boolean[] drawn = new boolean[categories];
                for (var d : data) {
                    for (int i = 0; i < d.getSeriesCount(); i++) {
                        var values = d.getSeries(i).getValuesData();
                        boolean any = false;
                        for (int k = 0; k < values.getPointCount(); k++) {
                            if (values.getPointAt(k) != null) {
                                drawn[k] = true;
                                any = true;
                            }
                        }
                        assertThat(any).as(chart.getTitleText() + " series " + i).isTrue();
                    }
                }
                for (int k = 0; k < categories; k++) {
                    assertThat(drawn[k]).as(chart.getTitleText() + " category " + k).isTrue();
                }
            }
            // the funding split's two shares and the four values' scores (Strasbourg's masked: Mulhouse alone)
            assertThat(seriesSeen).isGreaterThanOrEqualTo(5);
        }
    }
}
