package org.recits.report.excel.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.api.report.ReportRenderer;

/** The funder workbook, {@code recits-<period>.xlsx}. */
@Component(service = ReportRenderer.class)
public final class ExcelRenderer implements ReportRenderer {

    @Override
    public String id() {
        return "excel";
    }

    @Override
    public List<Path> render(Report report, RenderContext context) throws IOException {
        Path name = Path.of("recits-" + report.period().label() + ".xlsx"); // 2020-T1 whatever the language, as the narrative
        Texts texts = new Texts(report.locale());
        context.progress().update(texts.get("progress.workbook"), 0, 1);
        // Survey answers summed once for the workbook's count, its records sheets and the CSV export.
        RecordTables records = RecordTables.of(report);
        new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(report, records, context.outputDir().resolve(name));
        context.progress().update(texts.get("progress.workbook"), 1, 1);
        if (context.wants("csv")) {
            List<Path> files = new java.util.ArrayList<>();
            files.add(name);
            files.addAll(new CsvTables(texts).write(report, records, context.outputDir()));
            return files;
        }
        return List.of(name);
    }
}
