package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.recits.api.run.CommandRun;
import org.recits.api.run.Engine;

/**
 * The empty kit to fill in, as one zip: what {@code recits init} writes, in the page's language, made by the
 * command itself in a temporary folder that is removed once sent.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/modele.zip",
    "osgi.http.whiteboard.servlet.name=recits-kit"})
public final class KitServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Jobs jobs;
    private final transient Engine engine;

    @Activate
    public KitServlet(@Reference Jobs jobs, @Reference Engine engine) {
        this.jobs = jobs;
        this.engine = engine;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLanguage lang = PageLanguage.of(request);
        Path tmp = Files.createTempDirectory(jobs.root(), "modele-");
        try {
            Path kit = tmp.resolve("modele");
            CommandRun run = engine.run(List.of("init", kit.toString(), "--lang", lang.code()));
            if (run.code() != 0) {
                response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                PageFrame.write(response, lang, "/deposer", lang.texts().get("deposit.title"),
                        "<p class=\"alert\" role=\"alert\">" + escapeXml11(run.err()) + "</p>\n");
                return;
            }
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"recits-modele.zip\"");
            try (OutputStream out = response.getOutputStream()) {
                Outputs.zip(out, kit, Outputs.list(kit));
            }
        } finally {
            Jobs.delete(tmp);
        }
    }
}
