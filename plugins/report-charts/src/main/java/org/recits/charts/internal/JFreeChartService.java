package org.recits.charts.internal;

import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Component;
import org.recits.api.report.Report;
import org.recits.charts.Chart;
import org.recits.charts.ChartService;

/**
 * Draws a report's charts with JFreeChart. The charts renderer and the narrative ask for the same
 * report's charts, side by side: the last report's charts are kept (each keeps its encoded PNG and SVG),
 * so each chart is drawn and encoded once per report instead of once per renderer.
 */
@Component(service = ChartService.class)
public final class JFreeChartService implements ChartService {

    private Report last;
    private List<Chart> lastCharts;

    @Override
    public synchronized List<Chart> charts(Report report) {
        Objects.requireNonNull(report, "report");
        if (report != last) { // identity: a Report is immutable once assembled
            lastCharts = List.copyOf(new ReportCharts(report).build());
            last = report;
        }
        return lastCharts;
    }
}
