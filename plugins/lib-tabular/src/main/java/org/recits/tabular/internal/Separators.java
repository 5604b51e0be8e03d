package org.recits.tabular.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Separator detection on the header line: the most frequent of ; , TAB | outside quotes. The {@code ;} that
 * ends an HTML entity ({@code &amp;}, {@code &#39;}, left in question texts by survey tools) is not one. A first
 * line with none of them (a title above the header, as hand-made sheets have) does not decide: the next line
 * does, up to {@link #LINES} lines.
 */
final class Separators {
    /** Tie order: French exports use ';' most, then ','. */
    private static final char[] CANDIDATES = {';', ',', '\t', '|'};
    private static final int MAX_CHARS = 1 << 20;
    /** Non-blank lines looked at, at most, for one that holds a separator. */
    static final int LINES = 10;

    private Separators() {
    }

    static char detect(Reader r) throws IOException {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean started = false;
        StringBuilder entity = null; // what follows an '&' that may start an entity
        int c;
        int read = 0;
        int lines = 0;
        while ((c = r.read()) >= 0 && read++ < MAX_CHARS) {
            if (!started && (c == '\r' || c == '\n')) {
                continue; // leading blank lines
            }
            started = true;
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\r' || c == '\n')) {
                if (any(counts) || ++lines >= LINES) {
                    break;
                }
                started = false; // a line without separator: a title, the next line decides
                entity = null;
            } else if (c == '&') {
                entity = new StringBuilder();
            } else if (entity != null && entity.length() < 8 && (Character.isLetterOrDigit(c) || c == '#')) {
                entity.append((char) c);
            } else if (c == ';' && entity != null && org.recits.tabular.HtmlEntities.isEntity(entity.toString())) {
                entity = null;
            } else if (!quoted) {
                entity = null;
                for (int i = 0; i < CANDIDATES.length; i++) {
                    if (c == CANDIDATES[i]) {
                        counts[i]++;
                    }
                }
            }
        }
        int best = 1; // ',' for a one-column file
        int bestCount = 0;
        for (int i = 0; i < CANDIDATES.length; i++) {
            if (counts[i] > bestCount) {
                best = i;
                bestCount = counts[i];
            }
        }
        return CANDIDATES[best];
    }

    private static boolean any(int[] counts) {
        for (int n : counts) {
            if (n > 0) {
                return true;
            }
        }
        return false;
    }
}
