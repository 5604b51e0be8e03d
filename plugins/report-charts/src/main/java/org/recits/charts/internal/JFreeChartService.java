package org.recits.charts.internal;

import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Component;
import org.recits.api.report.Report;
import org.recits.charts.Chart;
import org.recits.charts.ChartService;

/** Draws a report's charts with JFreeChart; stateless, a new set of charts per call. */
@Component(service = ChartService.class)
public final class JFreeChartService implements ChartService {

    @Override
    public List<Chart> charts(Report report) {
        Objects.requireNonNull(report, "report");
        return List.copyOf(new ReportCharts(report).build());
    }
}
