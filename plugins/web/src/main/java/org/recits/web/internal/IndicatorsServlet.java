package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.report.PluginInfo;
import org.recits.api.run.Catalogue;
import org.recits.api.run.Engine;
import org.recits.api.text.Messages;

/**
 * <em>Indicateurs</em>: the catalogue of the installed indicators with their definitions, by value family and
 * code as {@code recits indicators --markdown} orders them, then the installed plugins with what each
 * provides, as {@code recits plugins} counts them. Both come from the engine's own registry ({@link
 * Engine#catalogue()}); the page only lays them out.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/indicateurs",
    "osgi.http.whiteboard.servlet.name=recits-indicators"})
public final class IndicatorsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Engine engine;

    @Activate
    public IndicatorsServlet(@Reference Engine engine) {
        this.engine = engine;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLanguage lang = PageLanguage.of(request);
        Messages t = lang.texts();
        Locale locale = lang.locale();
        StringBuilder main = new StringBuilder();
        Catalogue catalogue = engine.catalogue();
        List<IndicatorDefinition> sorted = catalogue.indicators();
        Map<String, String> bundleOf = new HashMap<>();
        for (PluginInfo p : catalogue.plugins()) {
            if ("indicator".equals(p.kind())) {
                bundleOf.put(p.id(), p.bundle());
            }
        }
        main.append("<p>").append(escapeXml11(t.get("indicators.count", sorted.size()))).append("</p>\n");
        main.append("<table id=\"indicateurs\">\n<caption>").append(escapeXml11(t.get("indicators.caption")))
                .append("</caption>\n<thead><tr>");
        for (String key : List.of("col.code", "col.indicator", "col.family", "col.formula", "col.unit", "col.target",
                "col.plugin")) {
            main.append("<th scope=\"col\">").append(escapeXml11(t.get(key))).append("</th>");
        }
        main.append("</tr></thead>\n<tbody>\n");
        for (IndicatorDefinition d : sorted) {
            // a long code breaks after its underscores, not between any two letters
            main.append("<tr><th scope=\"row\"><code>").append(escapeXml11(d.code()).replace("_", "_<wbr>"))
                    .append("</code></th>")
                    .append("<td><strong>").append(escapeXml11(d.label().in(locale))).append("</strong><br>")
                    .append(escapeXml11(d.description().in(locale))).append("</td>")
                    .append(cell(d.family().label().in(locale)))
                    .append(cell(d.formula().in(locale)))
                    .append(cell(d.unit().label().in(locale)))
                    .append(cell(d.target().text().in(locale)))
                    .append(cell(bundleOf.getOrDefault(d.code(), ""))).append("</tr>\n");
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
        List<String> kinds = List.of("ingestor", "indicator", "renderer");
        for (PluginInfo p : catalogue.plugins()) {
            byBundle.computeIfAbsent(p.bundle(), b -> new long[kinds.size()])[kinds.indexOf(p.kind())]++;
            versions.put(p.bundle(), p.version());
        }
        byBundle.forEach((bundle, counts) -> main.append("<tr><th scope=\"row\">").append(escapeXml11(bundle))
                .append("</th>").append(cell(versions.get(bundle))).append(cell(Long.toString(counts[0])))
                .append(cell(Long.toString(counts[1]))).append(cell(Long.toString(counts[2]))).append("</tr>\n"));
        main.append("</tbody>\n</table>\n");
        PageFrame.write(response, lang, "/indicateurs", t.get("indicators.title"), main.toString());
    }

    private static String cell(String text) {
        return "<td>" + escapeXml11(text) + "</td>";
    }
}
