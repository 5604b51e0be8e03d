package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.ingest.Ingestor;
import org.recits.api.report.ReportRenderer;
import org.recits.api.text.Messages;

/**
 * <em>Indicateurs</em>: the catalogue of the installed indicators with their definitions, by value family and
 * code as {@code recits indicators --markdown} orders them, then the installed plugins with what each
 * provides, as {@code recits plugins} counts them. The services are the ones the command line uses; the page
 * only lays them out.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/indicateurs",
    "osgi.http.whiteboard.servlet.name=recits-indicators"})
public final class IndicatorsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A service with the bundle that provides it. */
    private record Provided<T>(T service, String bundle, String version) {
        static <T> Provided<T> of(T service, ServiceReference<?> ref) {
            Bundle b = ref.getBundle();
            return b == null ? new Provided<>(service, "?", "?")
                    : new Provided<>(service, b.getSymbolicName(), b.getVersion().toString());
        }
    }

    private final transient List<Provided<Indicator>> indicators = new CopyOnWriteArrayList<>();
    private final transient List<Provided<Ingestor>> ingestors = new CopyOnWriteArrayList<>();
    private final transient List<Provided<ReportRenderer>> renderers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(Indicator service, ServiceReference<Indicator> ref) {
        indicators.add(Provided.of(service, ref));
    }

    void removeIndicator(Indicator service) {
        indicators.removeIf(p -> p.service() == service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIngestor(Ingestor service, ServiceReference<Ingestor> ref) {
        ingestors.add(Provided.of(service, ref));
    }

    void removeIngestor(Ingestor service) {
        ingestors.removeIf(p -> p.service() == service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRenderer(ReportRenderer service, ServiceReference<ReportRenderer> ref) {
        renderers.add(Provided.of(service, ref));
    }

    void removeRenderer(ReportRenderer service) {
        renderers.removeIf(p -> p.service() == service);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLanguage lang = PageLanguage.of(request);
        Messages t = lang.texts();
        Locale locale = lang.locale();
        StringBuilder main = new StringBuilder();
        List<Provided<Indicator>> sorted = new ArrayList<>(indicators);
        sorted.sort(Comparator.comparing((Provided<Indicator> p) -> p.service().definition().family())
                .thenComparing(p -> p.service().definition().code()));
        main.append("<p>").append(escapeXml11(t.get("indicators.count", sorted.size()))).append("</p>\n");
        main.append("<table id=\"indicateurs\">\n<caption>").append(escapeXml11(t.get("indicators.caption")))
                .append("</caption>\n<thead><tr>");
        for (String key : List.of("col.code", "col.indicator", "col.family", "col.formula", "col.unit", "col.target",
                "col.plugin")) {
            main.append("<th scope=\"col\">").append(escapeXml11(t.get(key))).append("</th>");
        }
        main.append("</tr></thead>\n<tbody>\n");
        for (Provided<Indicator> p : sorted) {
            IndicatorDefinition d = p.service().definition();
            // a long code breaks after its underscores, not between any two letters
            main.append("<tr><th scope=\"row\"><code>").append(escapeXml11(d.code()).replace("_", "_<wbr>"))
                    .append("</code></th>")
                    .append("<td><strong>").append(escapeXml11(d.label().in(locale))).append("</strong><br>")
                    .append(escapeXml11(d.description().in(locale))).append("</td>")
                    .append(cell(d.family().label().in(locale)))
                    .append(cell(d.formula().in(locale)))
                    .append(cell(d.unit().label().in(locale)))
                    .append(cell(d.target().text().in(locale)))
                    .append(cell(p.bundle())).append("</tr>\n");
        }
        main.append("</tbody>\n</table>\n");
        main.append("<h2>").append(escapeXml11(t.get("plugins.title"))).append("</h2>\n");
        main.append("<table id=\"extensions\">\n<caption>").append(escapeXml11(t.get("plugins.caption")))
                .append("</caption>\n<thead><tr>");
        for (String key : List.of("col.bundle", "col.version", "col.ingestors", "col.indicators", "col.renderers")) {
            main.append("<th scope=\"col\">").append(escapeXml11(t.get(key))).append("</th>");
        }
        main.append("</tr></thead>\n<tbody>\n");
        Map<String, long[]> byBundle = new TreeMap<>();
        Map<String, String> versions = new TreeMap<>();
        count(byBundle, versions, ingestors, 0);
        count(byBundle, versions, indicators, 1);
        count(byBundle, versions, renderers, 2);
        byBundle.forEach((bundle, counts) -> main.append("<tr><th scope=\"row\">").append(escapeXml11(bundle))
                .append("</th>").append(cell(versions.get(bundle))).append(cell(Long.toString(counts[0])))
                .append(cell(Long.toString(counts[1]))).append(cell(Long.toString(counts[2]))).append("</tr>\n"));
        main.append("</tbody>\n</table>\n");
        PageFrame.write(response, lang, "/indicateurs", t.get("indicators.title"), main.toString());
    }

    private static void count(Map<String, long[]> byBundle, Map<String, String> versions,
            List<? extends Provided<?>> services, int column) {
        for (Provided<?> p : services) {
            byBundle.computeIfAbsent(p.bundle(), b -> new long[3])[column]++;
            versions.put(p.bundle(), p.version());
        }
    }

    private static String cell(String text) {
        return "<td>" + escapeXml11(text) + "</td>";
    }
}
