package org.recits.ingest.survey.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Loose keys for matching what people type against what tools export. */
final class Text {

    private Text() {
    }

    /**
     * Lower case, accents stripped, every run of anything but letters and digits turned into one space,
     * trimmed. So {@code "Plutôt d’accord"}, {@code "plutot d'accord"} and {@code "PLUTOT  D ACCORD"} are
     * one key, a header cut over two lines matches the same text on one line, and {@code Q01[SQ001]}
     * matches LimeSurvey's newer {@code Q01_SQ001}. HTML entities are decoded first: some tools export
     * {@code R&amp;D} or {@code L&#39;accueil} where the mapping says {@code R&D} and {@code L'accueil}.
     */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(org.recits.tabular.HtmlEntities.decode(s), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** Trimmed, with no-break spaces counted as spaces; null becomes "". */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    }
}
