package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The folder named by {@code recits serve --data}, taken as it is (not copied): a job that reads it, and goes on to
 * <em>Vérifier</em>. Only that folder: the request names none.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/dossier",
    "osgi.http.whiteboard.servlet.name=recits-folder"})
public final class FolderServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Jobs jobs;

    @Activate
    public FolderServlet(@Reference Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLanguage lang = PageLanguage.of(request);
        if (!Visitor.posted(request) || jobs.dataFolder() == null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            PageFrame.write(response, lang, "/deposer", lang.texts().get("deposit.title"),
                    "<p class=\"alert\" role=\"alert\">" + escapeXml11(lang.texts().get("refused.csrf")) + "</p>\n");
            return;
        }
        Job job = jobs.onFolder(Visitor.cookie(request), jobs.dataFolder());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", lang.link("/verifier?job=" + job.id));
    }
}
