package org.recits.narrative.internal;

import java.util.List;
import org.recits.api.report.Report;
import org.recits.api.report.SharedWork;
import org.recits.charts.Chart;

/**
 * The charts the narrative may show. Offered as a service of this bundle by {@link ChartFigures} only
 * when a chart service is there: the charts package is an optional import, so the narrative bundle
 * resolves and writes its text, without figures, when the charts bundle is absent.
 */
@FunctionalInterface
public interface Figures {

    /**
     * The report's charts, drawn once in the run for every renderer that shows them.
     *
     * @param report the report
     * @param shared the run's shared work
     * @return its charts, in the chart service's order
     */
    List<Chart> of(Report report, SharedWork shared);
}
