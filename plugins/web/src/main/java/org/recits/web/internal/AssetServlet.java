package org.recits.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * The page's stylesheet and scripts, from inside this bundle: nothing is fetched from elsewhere. Only the
 * names listed here are served; the request's path never reaches a file or resource lookup otherwise.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/static/*",
    "osgi.http.whiteboard.servlet.name=recits-static"})
public final class AssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** File name to content type. */
    private static final Map<String, String> ASSETS = Map.of(
            "recits.css", "text/css; charset=utf-8",
            "recits.js", "text/javascript; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String name = path == null ? "" : path.substring(1);
        String type = ASSETS.get(name);
        if (type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = AssetServlet.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            in.transferTo(response.getOutputStream());
        }
    }
}
