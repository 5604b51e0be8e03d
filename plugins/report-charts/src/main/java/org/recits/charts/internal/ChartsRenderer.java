package org.recits.charts.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.api.report.ReportRenderer;
import org.recits.charts.Chart;
import org.recits.charts.ChartService;

/**
 * Writes every chart of the report as {@code graphiques/<id>.png} (twice the resolution, for slides)
 * and {@code graphiques/<id>.svg} (for print).
 */
@Component(service = ReportRenderer.class)
public final class ChartsRenderer implements ReportRenderer {

    static final String FOLDER = "graphiques";
    static final double PNG_SCALE = 2;

    private final ChartService charts;

    @Activate
    public ChartsRenderer(@Reference ChartService charts) {
        this.charts = charts;
    }

    @Override
    public String id() {
        return "charts";
    }

    @Override
    public List<Path> render(Report report, RenderContext context) throws IOException {
        List<Chart> all = charts.charts(report, context.shared());
        Path dir = context.outputDir().resolve(FOLDER);
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        int done = 0;
        for (Chart c : all) {
            context.progress().update(c.title().in(report.locale()), done++, all.size());
            Path png = Path.of(FOLDER, c.id() + ".png");
            Files.write(context.outputDir().resolve(png), c.png(PNG_SCALE));
            written.add(png);
            Path svg = Path.of(FOLDER, c.id() + ".svg");
            Files.writeString(context.outputDir().resolve(svg),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + c.svg() + "\n", StandardCharsets.UTF_8);
            written.add(svg);
        }
        return written;
    }
}
