package org.recits.charts;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.recits.api.report.Report;

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
}
