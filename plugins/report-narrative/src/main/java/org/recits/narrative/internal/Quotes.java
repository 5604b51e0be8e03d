package org.recits.narrative.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recits.api.model.Measure;
import org.recits.api.model.Quote;

/**
 * Picks the quotes shown beside a value's figures, from the report's consented quotes only. A
 * narrative of praise alone would not be believed, so where the value has a quote that is not
 * positive, one is always included.
 *
 * <p>"Not positive" is decided by a small lexicon of negative markers, matched on whole words,
 * case-insensitive: French « pas », « manque », « difficile », « trop », « jamais », « rien »,
 * « peur », « frein », « lourd », « compliqué », « fatigue », « dommage », « problème »,
 * « inquiet », « regrette » (and their usual inflections), English "not", "no", "never", "too",
 * "lack", "hard", "difficult", "problem", "worried". A crude rule, on purpose: it is easy to check
 * by eye, and a wrongly classed quote only changes which quotes are shown, never a figure.
 */
final class Quotes {

    static final Set<String> NEGATIVE_MARKERS = Set.of(
            "pas", "manque", "manquent", "manqué", "manquait", "difficile", "difficiles", "difficulté",
            "difficultés", "trop", "jamais", "rien", "peur", "frein", "freins", "lourd", "lourde", "lourds",
            "lourdes", "compliqué", "compliquée", "compliqués", "compliquées", "fatigue", "fatigant", "fatigante",
            "dommage", "problème", "problèmes", "inquiet", "inquiète", "inquiets", "regrette", "regret",
            "not", "no", "never", "too", "lack", "lacks", "hard", "difficult", "problem", "problems", "worried",
            "don't", "doesn't", "can't");

    private Quotes() {
    }

    /** Whether a quote carries one of the negative markers. */
    static boolean isNotPositive(Quote q) {
        String text = q.texte().toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String word : text.split("[^\\p{L}']+")) {
            if (NEGATIVE_MARKERS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Up to {@code max} quotes about {@code values} (of {@code collectivite}, or of any when null), in
     * the report's order (collectivité, date, file line), with the first not-positive one always
     * among them when one exists.
     */
    static List<Quote> select(List<Quote> consented, Set<Measure> values, String collectivite, int max) {
        List<Quote> candidates = consented.stream()
                .filter(Quote::consent) // the report carries consented ones only; say it again here
                .filter(q -> q.valeur() != null && values.contains(q.valeur()))
                .filter(q -> collectivite == null || collectivite.equals(q.collectivite()))
                .toList();
        if (candidates.isEmpty() || max <= 0) {
            return List.of();
        }
        List<Quote> chosen = new ArrayList<>();
        candidates.stream().filter(Quotes::isNotPositive).findFirst().ifPresent(chosen::add);
        for (Quote q : candidates) {
            if (chosen.size() >= max) {
                break;
            }
            if (!chosen.contains(q)) {
                chosen.add(q);
            }
        }
        chosen.sort(Comparator.comparingInt(candidates::indexOf));
        return List.copyOf(chosen);
    }
}
