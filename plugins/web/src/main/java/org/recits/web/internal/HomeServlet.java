package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Component;
import org.recits.api.text.Messages;

/**
 * The welcome page, at the root; any address no other servlet takes gets a page that says it does not
 * exist (404), in the page's language, with the navigation to go on.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/",
    "osgi.http.whiteboard.servlet.name=recits-home"})
public final class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLanguage lang = PageLanguage.of(request);
        Messages t = lang.texts();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.isEmpty() && !path.equals("/")) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            PageFrame.write(response, lang, "", t.get("notFound.title"),
                    "<p>" + escapeXml11(t.get("notFound.text")) + "</p>\n");
            return;
        }
        StringBuilder main = new StringBuilder();
        main.append("<p>").append(escapeXml11(t.get("home.intro"))).append("</p>\n");
        main.append("<p>").append(escapeXml11(t.get("home.local"))).append("</p>\n");
        main.append("<ul class=\"steps\">\n");
        main.append("<li><a href=\"").append(escapeXml11(lang.link("/deposer"))).append("\">")
                .append(escapeXml11(t.get("nav.deposit"))).append("</a>").append(escapeXml11(t.get("home.separator")))
                .append(escapeXml11(t.get("home.deposit"))).append("</li>\n");
        main.append("<li><a href=\"").append(escapeXml11(lang.link("/indicateurs"))).append("\">")
                .append(escapeXml11(t.get("nav.indicators"))).append("</a>").append(escapeXml11(t.get("home.separator")))
                .append(escapeXml11(t.get("home.indicators"))).append("</li>\n");
        main.append("</ul>\n");
        PageFrame.write(response, lang, "/", t.get("home.title"), main.toString());
    }
}
