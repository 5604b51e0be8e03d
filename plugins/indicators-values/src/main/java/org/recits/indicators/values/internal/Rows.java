package org.recits.indicators.values.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Role codes as people write them, brought to one form. */
final class Rows {

    private Rows() {
    }

    /**
     * A role as written by people ({@code Élu}, {@code agent_service}, {@code non usager}) brought to one
     * code: no accents, lower case, words joined by '-'. Null for an empty role.
     */
    static String roleCode(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        String code = role;
        if (!isCode(role)) { // codes are the usual case, asked for every answer and quote
            String s = MARKS.matcher(Normalizer.normalize(role.strip(), Normalizer.Form.NFD)).replaceAll("");
            code = SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
        }
        return sameVoice(code);
    }

    /** A role code with its feminine form folded onto the masculine one. */
    static String sameVoice(String code) {
        return FEMININE.getOrDefault(code, code);
    }

    /**
     * One kind of voice whatever the speaker's gender: « ambassadrice » and « ambassadeur » are one role, not
     * two (the quote keeps its own word, which the narrative's attribution agrees with).
     */
    private static final Map<String, String> FEMININE = Map.of("ambassadrice", "ambassadeur", "elue", "elu",
            "referente", "referent", "residente", "resident", "coordinatrice", "coordinateur", "usagere", "usager",
            "non-usagere", "non-usager", "habitante", "habitant");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("[\\s_]+");

    /** Lower-case ASCII letters, digits and hyphens only: what {@link #roleCode} gives back unchanged. */
    private static boolean isCode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
