package org.recits.tabular.internal;

import java.io.IOException;
import java.io.Reader;

/** Separator detection on the header line: the most frequent of ; , TAB | outside quotes. */
final class Separators {
    /** Tie order: French exports use ';' most, then ','. */
    private static final char[] CANDIDATES = {';', ',', '\t', '|'};
    private static final int MAX_CHARS = 1 << 20;

    private Separators() {
    }

    static char detect(Reader r) throws IOException {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean started = false;
        int c;
        int read = 0;
        while ((c = r.read()) >= 0 && read++ < MAX_CHARS) {
            if (!started && (c == '\r' || c == '\n')) {
                continue; // leading blank lines
            }
            started = true;
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\r' || c == '\n')) {
                break;
            } else if (!quoted) {
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
}
