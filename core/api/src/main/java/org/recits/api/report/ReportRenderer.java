package org.recits.api.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a report in one form (workbook, charts, narrative). Register implementations as OSGi
 * services. Same report, same bytes: take dates from {@link Report#generatedOn()}, never the clock.
 */
public interface ReportRenderer {

    /**
     * A stable id such as {@code excel}.
     *
     * @return the id; the same every call
     */
    String id();

    /**
     * Writes the report under {@link RenderContext#outputDir()}.
     *
     * @param report  what to write
     * @param context where to write, and the extra formats asked for
     * @return the files written, relative to the output folder
     * @throws IOException when writing fails; the engine then keeps none of this renderer's files
     */
    List<Path> render(Report report, RenderContext context) throws IOException;
}
