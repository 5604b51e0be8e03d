package org.recits.narrative.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Quote;
import org.recits.api.text.Typesetting;

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

    /** How far before the period a quote may come from when the period has too few of its own. */
    static final int WINDOW_MONTHS = 12;

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
     * The quotes a period's narrative may draw from: dated in the period, or in the
     * {@value #WINDOW_MONTHS} months before it (those are shown with their date and said to be from
     * before the period); undated quotes cannot be placed in a period and are never used. The same
     * words from the same collectivité (see {@link #key}) are kept once, the most recent.
     * In-period quotes come first, in the report's order, then the earlier ones, most recent first.
     */
    static List<Quote> forPeriod(List<Quote> consented, Period period) {
        LocalDate from = period.start().minusMonths(WINDOW_MONTHS);
        List<Quote> dated = consented.stream()
                .filter(q -> q.date() != null && !q.date().isBefore(from) && !q.date().isAfter(period.end()))
                .toList();
        Map<String, Quote> latest = new LinkedHashMap<>();
        for (Quote q : dated) {
            latest.merge(key(q), q, (a, b) -> b.date().isAfter(a.date()) ? b : a);
        }
        List<Quote> in = new ArrayList<>();
        List<Quote> before = new ArrayList<>();
        for (Quote q : dated) {
            if (latest.get(key(q)) == q) {
                (period.contains(q.date()) ? in : before).add(q);
            }
        }
        before.sort(Comparator.comparing(Quote::date).reversed());
        in.addAll(before);
        return List.copyOf(in);
    }

    /** Whether a quote usable in {@code period} is from before it (and must say so). */
    static boolean isBefore(Quote q, Period period) {
        return q.date() != null && q.date().isBefore(period.start());
    }

    /**
     * The words of a quote as the report prints them: as said, with French no-break spaces where the
     * data has ordinary ones before « : », « ; », « ? »…, so that no line of the quote begins with one.
     */
    static String shown(Quote q) {
        return Typesetting.french(q.texte().strip());
    }

    /**
     * What makes two quotes the same: the collectivité and the words, ignoring case, accents,
     * apostrophe and quotation-mark styles, spacing and the punctuation around them.
     */
    static String key(Quote q) {
        return q.collectivite() + "\u001f" + words(q.texte());
    }

    private static String words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        t = t.replaceAll("[«»“”\"]", " ").replaceAll("\\s+", " ").strip();
        return t.replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
    }

    /**
     * Up to {@code max} quotes about {@code values} (any, with or without a value, when null) of
     * {@code collectivite} (or of any when null), in
     * the given order, with the first not-positive one always among them when one exists; never two
     * with the same words (even from two collectivités) in one block.
     */
    static List<Quote> select(List<Quote> consented, Set<Measure> values, String collectivite, int max) {
        List<Quote> candidates = consented.stream()
                .filter(Quote::consent) // the report carries consented ones only; say it again here
                .filter(q -> values == null || q.valeur() != null && values.contains(q.valeur()))
                .filter(q -> collectivite == null || collectivite.equals(q.collectivite()))
                .toList();
        if (candidates.isEmpty() || max <= 0) {
            return List.of();
        }
        List<Quote> chosen = new ArrayList<>();
        Set<String> said = new HashSet<>();
        candidates.stream().filter(Quotes::isNotPositive).findFirst().ifPresent(q -> {
            chosen.add(q);
            said.add(words(q.texte()));
        });
        for (Quote q : candidates) {
            if (chosen.size() >= max) {
                break;
            }
            if (said.add(words(q.texte()))) {
                chosen.add(q);
            }
        }
        chosen.sort(Comparator.comparingInt(candidates::indexOf));
        return List.copyOf(chosen);
    }
}
