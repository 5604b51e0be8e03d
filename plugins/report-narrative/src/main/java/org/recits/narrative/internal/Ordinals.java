package org.recits.narrative.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French ordinals as typography writes them, the letters raised: « 1<sup>er</sup> trimestre »,
 * « 8<sup>e</sup> session », « 1<sup>re</sup> session ». Found in the finished text, wherever they come from (the
 * narrative's words, a name in the data), so that HTML, DOCX and PDF raise the same letters.
 */
final class Ordinals {

    /** A number of up to three digits and its suffix, neither inside a word or a number (« 1,2e3 », « A1e »). */
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{L}\\p{N}_.,/-])(\\d{1,3})(er|re|e)(?![\\p{L}\\p{N}])");

    /** A piece of text, raised or not. */
    record Part(String text, boolean raised) {
    }

    private Ordinals() {
    }

    /** The text in pieces, the ordinals' letters raised; one piece, not raised, when it holds none. */
    static List<Part> split(String text) {
        Matcher m = ORDINAL.matcher(text);
        List<Part> out = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            out.add(new Part(text.substring(last, m.end(1)), false));
            out.add(new Part(m.group(2), true));
            last = m.end();
        }
        if (last < text.length() || out.isEmpty()) {
            out.add(new Part(text.substring(last), false));
        }
        return out;
    }
}
