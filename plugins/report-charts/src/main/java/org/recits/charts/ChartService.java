package org.recits.charts;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.recits.api.report.Report;
import org.recits.api.report.SharedWork;

/**
 * Draws the charts of a report. Registered as an OSGi service by the charts bundle; other renderers
 * reference it (optionally: a report without charts is still a report).
 */
@ProviderType
public interface ChartService {

    /**
     * The charts the report's indicators allow, in a stable order: overviews first, then one trend
     * per indicator. A chart whose indicators are absent is left out, never an error.
     */
    List<Chart> charts(Report report);

    /**
     * The report's charts, drawn once in a run: the first renderer that asks draws them, the others
     * of the same run get the same charts, with the encodings already made.
     *
     * @param report the run's report
     * @param shared the run's shared work ({@code RenderContext.shared()})
     * @return as {@link #charts(Report)}
     */
    default List<Chart> charts(Report report, SharedWork shared) {
        return shared.once(new SharedWork.Key<>("org.recits.charts.ChartService.charts"), () -> charts(report));
    }
}
