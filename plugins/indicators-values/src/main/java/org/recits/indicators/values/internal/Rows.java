package org.recits.indicators.values.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
        String s = Normalizer.normalize(role.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
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
