package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.recits.api.data.Finding;
import org.recits.api.run.FolderCheck;
import org.recits.api.text.Messages;

/**
 * <em>Vérifier</em>: what {@code recits check} says of a job's files, through the engine's own service: each
 * file and what it was read as, then every finding in a table (file, line, column, value, what to do), grouped by
 * cause, with a filter by file; a folder with nothing to fix says so plainly.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/verifier",
    "osgi.http.whiteboard.servlet.name=recits-check"})
public final class CheckServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Rows shown per cause: past that, the page says how many more there are. */
    static final int ROWS_PER_CAUSE = 200;

    private final transient JobPages pages;

    @Activate
    public CheckServlet(@Reference JobPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLanguage lang = PageLanguage.of(request);
        Messages t = lang.texts();
        Job job = pages.find(request.getParameter("job"), Visitor.cookie(request), response, lang, "/verifier");
        if (job == null) {
            return;
        }
        FolderCheck check = pages.check(job, lang);
        String file = request.getParameter("fichier");
        // the language switch keeps the job and the file chosen
        String here = "/verifier?job=" + job.id + (file == null || file.isEmpty() ? ""
                : "&fichier=" + java.net.URLEncoder.encode(file, java.nio.charset.StandardCharsets.UTF_8));
        PageFrame.write(response, lang, here, t.get("check.title"), body(lang, job, check, file));
    }

    /** What to fix first, then what each file was read as. */
    private static String body(PageLanguage lang, Job job, FolderCheck check, String file) {
        StringBuilder b = new StringBuilder(findings(lang, job, check, file));
        Messages t = lang.texts();
        b.append("<h2>").append(escapeXml11(t.get("check.files"))).append("</h2>\n<ul class=\"files\">\n");
        for (String line : check.files()) {
            b.append("<li>").append(escapeXml11(line.strip())).append("</li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    private static String findings(PageLanguage lang, Job job, FolderCheck check, String file) {
        Messages t = lang.texts();
        Locale locale = lang.locale();
        StringBuilder b = new StringBuilder(JobSteps.html(lang, job, "/verifier"));
        if (check.refusal() == null && !check.quarters().isEmpty()) {
            b.append("<p><a class=\"next\" href=\"").append(escapeXml11(lang.link("/produire?job=" + job.id)))
                    .append("\">").append(escapeXml11(t.get("check.next"))).append("</a></p>\n");
        }
        if (check.refusal() != null) {
            b.append("<p class=\"alert\" role=\"alert\">").append(escapeXml11(t.get("check.refused", check.refusal())))
                    .append("</p>\n");
        } else if (check.quarters().isEmpty()) {
            // nothing to fix may still be nothing to report on: said here, not only once on Produire
            b.append("<p class=\"alert\" id=\"sans-periode\">").append(escapeXml11(t.get("produce.noPeriod")))
                    .append("</p>\n");
        }
        for (String problem : check.problems()) {
            b.append("<p class=\"alert\">").append(escapeXml11(problem)).append("</p>\n");
        }
        if (!check.summary().isEmpty()) {
            b.append("<p id=\"bilan\">").append(escapeXml11(check.summary())).append("</p>\n");
        }
        b.append("<h2>").append(escapeXml11(t.get("check.findings"))).append("</h2>\n");
        if (check.findings().isEmpty()) {
            b.append("<p id=\"rien\" class=\"ok\">").append(escapeXml11(t.get("check.nothing"))).append("</p>\n");
            return b.toString();
        }
        TreeSet<String> files = new TreeSet<>();
        check.findings().forEach(f -> files.add(f.file()));
        String chosen = file != null && files.contains(file) ? file : null;
        filter(b, lang, job, files, chosen);
        List<Finding> shown = chosen == null ? check.findings()
                : check.findings().stream().filter(f -> f.file().equals(chosen)).toList();
        int n = 0;
        for (FindingGroups.Group g : FindingGroups.of(shown, locale)) {
            n++;
            String severity = t.get(g.severity() == Finding.Severity.REJECTED ? "check.rejected" : "check.warning");
            b.append("<section class=\"cause\" aria-labelledby=\"cause-").append(n).append("\">\n<h3 id=\"cause-")
                    .append(n).append("\">").append(escapeXml11(t.get("check.cause", severity, g.findings().size())))
                    .append("</h3>\n<p>").append(escapeXml11(g.cause())).append("</p>\n");
            b.append("<table class=\"findings\">\n<caption class=\"visually-hidden\">")
                    .append(escapeXml11(t.get("check.caption", g.cause()))).append("</caption>\n<thead><tr>");
            for (String key : List.of("col.file", "col.line", "col.column", "col.value", "col.todo")) {
                b.append("<th scope=\"col\">").append(escapeXml11(t.get(key))).append("</th>");
            }
            b.append("</tr></thead>\n<tbody>\n");
            g.findings().stream().limit(ROWS_PER_CAUSE).forEach(f -> b.append("<tr>")
                    .append(cell(f.file())).append(cell(f.line() > 0 ? Long.toString(f.line()) : ""))
                    .append(cell(f.column())).append(cell(f.value())).append(cell(f.reason().in(locale)))
                    .append("</tr>\n"));
            b.append("</tbody>\n</table>\n");
            if (g.findings().size() > ROWS_PER_CAUSE) {
                b.append("<p>").append(escapeXml11(t.get("check.more", g.findings().size() - ROWS_PER_CAUSE)))
                        .append("</p>\n");
            }
            b.append("</section>\n");
        }
        return b.toString();
    }

    /** A form that needs no script: choose a file, press the button, the page comes back with its rows only. */
    private static void filter(StringBuilder b, PageLanguage lang, Job job, TreeSet<String> files, String chosen) {
        Messages t = lang.texts();
        b.append("<form method=\"get\" action=\"/verifier\" class=\"filter\">\n")
                .append("<input type=\"hidden\" name=\"job\" value=\"").append(escapeXml11(job.id)).append("\">\n")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(lang.code()).append("\">\n")
                .append("<label for=\"fichier\">").append(escapeXml11(t.get("check.filter"))).append("</label>\n")
                .append("<select id=\"fichier\" name=\"fichier\">\n<option value=\"\">")
                .append(escapeXml11(t.get("check.allFiles"))).append("</option>\n");
        for (String f : files) {
            b.append("<option").append(f.equals(chosen) ? " selected" : "").append(" value=\"").append(escapeXml11(f))
                    .append("\">").append(escapeXml11(f)).append("</option>\n");
        }
        b.append("</select>\n<button type=\"submit\">").append(escapeXml11(t.get("check.apply")))
                .append("</button>\n</form>\n");
    }

    private static String cell(String text) {
        return "<td>" + (text == null ? "" : escapeXml11(text)) + "</td>";
    }
}
