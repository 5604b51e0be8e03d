package org.recits.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import org.recits.api.text.Messages;

/**
 * The language of one request: {@code ?lang=en} or {@code ?lang=fr} when given, else the first of the two in the
 * browser's preferences, else French. Every link of a page carries it on, so a choice made once holds.
 *
 * @param code {@code fr} or {@code en}
 */
record PageLanguage(String code) {

    static PageLanguage of(HttpServletRequest request) {
        // from the address only: on a multipart POST, getParameter would read the whole body first
        String asked = Visitor.fromAddress(request, "lang");
        if ("en".equals(asked) || "fr".equals(asked)) {
            return new PageLanguage(asked);
        }
        if (request.getHeader("Accept-Language") == null) {
            // without the header the container answers with the server machine's own locale
            return new PageLanguage("fr");
        }
        for (Locale l : Collections.list(request.getLocales())) {
            if (l.getLanguage().equals("en") || l.getLanguage().equals("fr")) {
                return new PageLanguage(l.getLanguage());
            }
        }
        return new PageLanguage("fr");
    }

    Locale locale() {
        return code.equals("en") ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** The page's texts in this language. */
    Messages texts() {
        return Messages.of(PageLanguage.class, locale());
    }

    /** A link to {@code path} in this language. */
    String link(String path) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + code;
    }

    /** The other language, for the switch at the top of each page. */
    PageLanguage other() {
        return new PageLanguage(code.equals("en") ? "fr" : "en");
    }
}
