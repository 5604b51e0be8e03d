package org.recits.indicators.values.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.recits.api.model.LocalizedText;

/** Small shared helpers: role codes, French notes. */
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

    /** {@code 1 répondant} / {@code 12 répondants}: French plural (0 and 1 are singular). */
    static String fr(long n, String one, String many) {
        return n + " " + (n <= 1 ? one : many);
    }

    static String en(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Parts of a note joined with « ; », or null when there is none. */
    static LocalizedText join(List<LocalizedText> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        return LocalizedText.of(String.join(" ; ", map(parts, LocalizedText::fr)),
                String.join("; ", map(parts, t -> t.en() == null ? t.fr() : t.en())));
    }

    private static List<String> map(List<LocalizedText> parts, Function<LocalizedText, String> f) {
        List<String> out = new ArrayList<>(parts.size());
        parts.forEach(p -> out.add(f.apply(p)));
        return out;
    }
}
