package org.recits.narrative.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.api.report.ReportRenderer;
import org.recits.api.text.Messages;
import org.recits.charts.Chart;

/**
 * The narrative for élus: {@code recit-<period>.html} (self-contained, prints on A4),
 * {@code recit-<period>.docx} and {@code recit-<period>.pdf} (tagged, PDF/UA-1), the PDF by default since
 * it is what élus read and forward. Charts come from the chart service, through {@link Figures}, when one
 * is there; without it the narrative is written without pictures.
 */
@Component(service = ReportRenderer.class)
public final class NarrativeRenderer implements ReportRenderer {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Figures figures;

    public NarrativeRenderer() {
    }

    /** For tests and for use outside OSGi; {@code figures} may be null. */
    NarrativeRenderer(Figures figures) {
        this.figures = figures;
    }

    @Override
    public String id() {
        return "recit";
    }

    @Override
    public List<Path> render(Report report, RenderContext context) throws IOException {
        Figures service = figures; // read the dynamic reference once
        List<Chart> drawn = service == null ? List.of() : service.of(report, context.shared());
        String step = Messages.of(NarrativeRenderer.class, report.locale()).get("progress.narrative");
        context.progress().update(step, 0, 3);
        Doc doc = new NarrativeBuilder(report, drawn).build();
        String label = report.period().label(); // the file-name label (2020-T1) whatever the language
        Path html = Path.of("recit-" + label + ".html");
        Files.writeString(context.outputDir().resolve(html), new HtmlWriter().write(doc, report.locale()),
                StandardCharsets.UTF_8);
        context.progress().update(step, 1, 3);
        Path docx = Path.of("recit-" + label + ".docx");
        Files.write(context.outputDir().resolve(docx), new DocxWriter().write(doc, report.locale(), report.generatedOn()));
        context.progress().update(step, 2, 3);
        Path pdf = Path.of("recit-" + label + ".pdf");
        Files.write(context.outputDir().resolve(pdf), new PdfWriter().write(doc, report.locale(), report.generatedOn()));
        return List.of(html, docx, pdf);
    }
}
