package org.recits.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The browser on the other side, known by a random token in a cookie that scripts cannot read and other sites
 * cannot send ({@code HttpOnly}, {@code SameSite=Strict}). The token owns the visitor's jobs, and every form
 * carries it back in its address: a POST whose token is not the cookie's is refused (CSRF), before its body is
 * read.
 */
final class Visitor {

    static final String COOKIE = "recits";
    static final String PARAMETER = "csrf";

    private Visitor() {
    }

    /** The visitor's token, given to the browser now when it has none. */
    static String token(HttpServletRequest request, HttpServletResponse response) {
        String known = cookie(request);
        if (known != null) {
            return known;
        }
        String token = Jobs.token();
        Cookie c = new Cookie(COOKIE, token);
        c.setHttpOnly(true);
        c.setPath("/");
        c.setAttribute("SameSite", "Strict");
        response.addCookie(c);
        return token;
    }

    /** The token of the cookie, or null. */
    static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank()) {
                return c.getValue();
            }
        }
        return null;
    }

    /**
     * A parameter of the address alone: {@code getParameter} on a multipart POST would read and store its whole
     * body first, before anything is checked.
     */
    static String fromAddress(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Whether a POST carries in its address the token of its cookie. */
    static boolean posted(HttpServletRequest request) {
        String cookie = cookie(request);
        String sent = fromAddress(request, PARAMETER);
        return cookie != null && sent != null
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
