package org.recits.web.internal;

import static org.apache.commons.text.StringEscapeUtils.escapeXml11;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Answers only requests addressed to the names the server is bound to, and only from its own pages: a site whose
 * name a DNS server points at this machine (DNS rebinding) would otherwise read the page, get the CSRF token and
 * cookie, and post files and read their findings. A {@code Host} that is none of 127.0.0.1, localhost, [::1] and
 * the {@code --host} given gets 421; an {@code Origin} other than the address asked gets 403 (an opaque
 * {@code null} origin is left to the CSRF token). Bound to every
 * address (0.0.0.0, ::), the server also takes an IP address as host, which no DNS answer can stand for.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.filter.name=recits-host-guard",
    "service.ranking:Integer=100"})
public final class HostGuard implements Filter {

    /** The framework property the launcher sets from {@code --host}. */
    static final String HOST_PROPERTY = "org.apache.felix.http.host";

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private final String bound;

    @Activate
    public HostGuard(BundleContext context) {
        this(context.getProperty(HOST_PROPERTY));
    }

    HostGuard(String bound) {
        this.bound = bound == null ? null : name(bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        int status = status(http.getHeader("Host"), http.getHeader("Origin"));
        if (status == 0) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) response;
        PageLanguage lang = PageLanguage.of(http);
        out.setStatus(status);
        String key = status == 421 ? "refused.host" : "refused.origin";
        PageFrame.write(out, lang, "/", lang.texts().get("refused.title"),
                "<p class=\"alert\" role=\"alert\">" + escapeXml11(lang.texts().get(key)) + "</p>\n");
    }

    /**
     * 0 when the request may go on, else its status: 421 for a host this server is not bound to, 403 for an
     * origin that is not the host asked.
     *
     * @param host   the {@code Host} header (name and port), or null
     * @param origin the {@code Origin} header, or null when the browser sent none (a same-origin GET)
     */
    int status(String host, String origin) {
        if (host != null && !allowed(name(host))) {
            return 421;
        }
        // "null": the browser hides the origin (our pages' no-referrer policy makes Chromium send it on their own
        // form posts); the host checked above and the CSRF token still hold
        if (origin != null && !origin.strip().equals("null")) {
            URI o;
            try {
                o = URI.create(origin.strip());
            } catch (IllegalArgumentException e) {
                return 403;
            }
            String asked = o.getScheme() == null || o.getRawAuthority() == null ? null
                    : o.getRawAuthority().toLowerCase(Locale.ROOT);
            if (!"http".equalsIgnoreCase(o.getScheme()) || asked == null || host == null
                    || !asked.equals(host.strip().toLowerCase(Locale.ROOT))) {
                return 403;
            }
        }
        return 0;
    }

    private boolean allowed(String name) {
        if (LOOPBACK.contains(name) || name.equals(bound)) {
            return true;
        }
        // bound to every address: the machine's IP addresses, which a DNS answer cannot stand for
        return ("0.0.0.0".equals(bound) || "[::]".equals(bound) || "[0:0:0:0:0:0:0:0]".equals(bound))
                && (name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || name.startsWith("["));
    }

    /** The host name of a {@code Host} header, without its port, in lower case ({@code [::1]} keeps its brackets). */
    static String name(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
