package org.recits.indicators.values.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.recits.api.data.Dataset;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Scope;
import org.recits.api.model.SurveyAnswer;

/** Small shared helpers: walking a scope's rows, respondent keys, role codes, French notes. */
final class Rows {

    private Rows() {
    }

    /**
     * Who answered. Respondent ids are taken to identify a person within a collectivité across
     * questionnaires (that is what lets a wave « avant » be paired with a wave « après » exported to two
     * files). An answer without an id is its own respondent: {@code row} makes it unique.
     */
    record Respondent(String collectivite, String id, long row) {
    }

    /** Walks the answers of a scope; for the programme, collectivité by collectivité without copying them. */
    static void forEachAnswer(Dataset data, Scope scope, Consumer<SurveyAnswer> action) {
        forEach(data, scope, Dataset::surveyAnswers, action);
    }

    static <T> void forEach(Dataset data, Scope scope, java.util.function.BiFunction<Dataset, Scope, List<T>> rows,
            Consumer<T> action) {
        if (scope.isProgramme()) {
            for (String id : data.collectiviteIds()) {
                rows.apply(data, Scope.of(id)).forEach(action);
            }
        } else {
            rows.apply(data, scope).forEach(action);
        }
    }

    /** A respondent id that can be used for pairing, or null. */
    static String respondentId(SurveyAnswer a) {
        return a.respondent() == null || a.respondent().isBlank() ? null : a.respondent().strip();
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
