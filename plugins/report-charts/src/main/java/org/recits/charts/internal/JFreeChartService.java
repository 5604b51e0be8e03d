package org.recits.charts.internal;

import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Component;
import org.recits.api.report.Report;
import org.recits.charts.Chart;
import org.recits.charts.ChartService;

/**
 * Draws a report's charts with JFreeChart. Holds nothing of a run: each call draws the report's charts
 * anew in its own {@link ReportCharts}, and each chart keeps its own encodings for whoever holds it.
 */
@Component(service = ChartService.class)
public final class JFreeChartService implements ChartService {

    @Override
    public List<Chart> charts(Report report) {
        return List.copyOf(new ReportCharts(Objects.requireNonNull(report, "report")).build());
    }
}
