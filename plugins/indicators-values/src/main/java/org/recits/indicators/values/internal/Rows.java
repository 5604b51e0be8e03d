package org.recits.indicators.values.internal;

import java.text.Normalizer;
import java.util.Locale;
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
        if (isCode(role)) {
            return role; // the usual case, asked for every answer and quote
        }
        String s = MARKS.matcher(Normalizer.normalize(role.strip(), Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
    }

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
