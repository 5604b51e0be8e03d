package org.recits.narrative.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.recits.api.report.Report;
import org.recits.api.report.SharedWork;
import org.recits.charts.Chart;
import org.recits.charts.ChartService;

/**
 * The chart service's charts, for the narrative. The only class of this bundle that names the chart
 * service: without the charts bundle its reference is never satisfied and the class is never loaded.
 */
@Component(service = Figures.class)
public final class ChartFigures implements Figures {

    private final ChartService charts;

    @Activate
    public ChartFigures(@Reference ChartService charts) {
        this.charts = charts;
    }

    @Override
    public List<Chart> of(Report report, SharedWork shared) {
        return charts.charts(report, shared);
    }
}
