package org.recits.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The files of a job's last report, {@code /sortie/JOB/NAME}, and all of them as one zip, {@code /sortie/JOB.zip}.
 * The name asked for is looked up among the files the report wrote ({@link Outputs#list}); it never reaches the
 * file system itself. The narrative opens in the browser under a policy that lets its own styles and images
 * through and still runs no script; every other file is a download.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/sortie/*",
    "osgi.http.whiteboard.servlet.name=recits-outputs"})
public final class OutputServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The narrative's own styles and images, no script, no framing. */
    static final String NARRATIVE_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf", "application/pdf",
            "png", "image/png",
            "svg", "image/svg+xml",
            "csv", "text/csv; charset=utf-8");

    private final transient Jobs jobs;

    @Activate
    public OutputServlet(@Reference Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        int slash = path.indexOf('/', 1);
        boolean zip = slash < 0 && path.endsWith(".zip");
        String id = zip ? path.substring(1, path.length() - 4) : slash < 0 ? "" : path.substring(1, slash);
        Job job = jobs.find(id, Visitor.cookie(request));
        Production p = job == null ? null : job.production.get();
        if (p == null || !p.done()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<String> files = Outputs.list(p.out());
        if (zip) {
            zip(response, p, files);
            return;
        }
        String name = path.substring(slash + 1);
        if (!files.contains(name)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        if (extension.equals("html")) {
            response.setHeader("Content-Security-Policy", NARRATIVE_CSP);
        } else if (!extension.equals("png") && !extension.equals("svg")) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii(name) + "\"");
        }
        response.setContentLengthLong(Files.size(p.out().resolve(name)));
        Files.copy(p.out().resolve(name), response.getOutputStream());
    }

    private static void zip(HttpServletResponse response, Production p, List<String> files) throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"recits-" + ascii(p.period()) + ".zip\"");
        try (OutputStream out = response.getOutputStream()) {
            Outputs.zip(out, p.out(), files);
        }
    }

    /** The last part of a name, in characters any browser takes in a header. */
    static String ascii(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return last.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
