package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.recits.api.text.Messages;

/**
 * What every page shares: the document's language, the skip link, the navigation between the steps, the
 * language switch and the stylesheet. Pages give their title and the HTML of their main content, already
 * escaped; the frame escapes what it writes itself.
 */
final class PageFrame {

    /** The steps of the navigation, in order: path and text key. */
    private static final List<String[]> STEPS = List.of(
            new String[] {"/", "nav.home"},
            new String[] {"/deposer", "nav.deposit"},
            new String[] {"/indicateurs", "nav.indicators"});

    private PageFrame() {
    }

    /**
     * Writes a whole page.
     *
     * @param current the path of the page, to mark its step as the current one
     * @param title   the page's heading and title, unescaped
     * @param main    the main content, HTML
     */
    static void write(HttpServletResponse response, PageLanguage lang, String current, String title, String main)
            throws IOException {
        write(response, lang, current, title, main, false);
    }

    /**
     * The same, with the page's own script when {@code follow}: how a running report's page follows its progress
     * in place (a page that reloaded itself would take the reader's place and focus away).
     */
    static void write(HttpServletResponse response, PageLanguage lang, String current, String title, String main,
            boolean follow) throws IOException {
        Messages t = lang.texts();
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.print("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.print("<title>" + escapeXml11(title + " – Récits") + "</title>\n");
        out.print("<link rel=\"stylesheet\" href=\"/static/recits.css\">\n");
        if (follow) {
            out.print("<script src=\"/static/recits.js\" defer></script>\n");
        }
        out.print("</head>\n<body>\n");
        out.print("<a class=\"skip\" href=\"#contenu\">" + escapeXml11(t.get("frame.skip")) + "</a>\n");
        out.print("<header>\n<p class=\"brand\">Récits</p>\n<nav aria-label=\"" + escapeXml11(t.get("nav.label"))
                + "\">\n<ul>\n");
        for (String[] step : STEPS) {
            String aria = step[0].equals(current) ? " aria-current=\"page\"" : "";
            out.print("<li><a href=\"" + escapeXml11(lang.link(step[0])) + "\"" + aria + ">"
                    + escapeXml11(t.get(step[1])) + "</a></li>\n");
        }
        out.print("</ul>\n</nav>\n");
        PageLanguage other = lang.other();
        out.print("<p class=\"lang\"><a href=\"" + escapeXml11(other.link(current)) + "\" hreflang=\"" + other.code()
                + "\" lang=\"" + other.code() + "\">" + escapeXml11(t.get("frame.otherLanguage")) + "</a></p>\n");
        out.print("</header>\n<main id=\"contenu\" tabindex=\"-1\">\n<h1>" + escapeXml11(title) + "</h1>\n");
        out.print(main);
        out.print("</main>\n<footer><p>" + escapeXml11(t.get("frame.footer")) + "</p></footer>\n</body>\n</html>\n");
        out.flush();
    }
}
