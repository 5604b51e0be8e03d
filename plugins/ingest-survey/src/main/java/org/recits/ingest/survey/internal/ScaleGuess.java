package org.recits.ingest.survey.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's scale guessed from the answers seen in its column, for a drafted mapping: numbers on a likert or
 * NPS range, yes/no words, LimeSurvey codes, or agreement and satisfaction labels put in order by their words.
 * A guess is kept only when every answer seen reads on it (so the draft rejects none); else the question is
 * {@code texte}.
 */
final class ScaleGuess {

    /**
     * @param scale  the scale guessed
     * @param labels label as seen → value on the scale ("" for a "no answer" label), in order of value; empty when
     *               the answers are plain values of the scale
     */
    record Guess(Scale scale, Map<String, String> labels) {
    }

    /** Distinct answers that may be labels of a scale; more are free text, or numbers. */
    static final int MAX_LABELS = 12;

    private static final Pattern LIME_CODE = Pattern.compile("(?i)A0*(\\d{1,2})");
    /** A label that carries its value: "Strongly agree (7)", "(4) Unchanged". */
    private static final Pattern NUMBERED = Pattern.compile("^\\((\\d{1,2})\\)\\s*\\S.*|.*\\S\\s*\\((\\d{1,2})\\)$");
    /** Loose keys of labels meaning "no answer", as whole words of the label. */
    private static final List<String> NO_ANSWER = List.of("n a", "na", "not applicable", "sans avis", "ne sait pas",
            "je ne sais pas", "nsp", "don t know", "dont know", "do not know", "keine angabe", "non concerne",
            "prefer not to say", "je ne souhaite pas repondre", "sans objet", "no opinion", "weiss nicht");

    /** Words that put a label on an ordered scale, strongest first in each group; checked in this order. */
    private static final List<Map.Entry<Integer, List<String>>> POSITIONS = List.of(
            Map.entry(-2, List.of("pas du tout", "strongly disagree", "tres insatisfait", "very dissatisfied",
                    "very unsatisfied", "tout a fait en desaccord", "totalement en desaccord", "not at all",
                    "tres mauvais", "very poor", "gar nicht", "jamais", "never")),
            Map.entry(0, List.of("ni d accord ni pas d accord", "ni satisfait ni insatisfait", "neither", "neutral",
                    "neutre", "moyennement", "teils teils")),
            Map.entry(-1, List.of("plutot pas", "plutot non", "disagree", "insatisfait", "dissatisfied", "unsatisfied",
                    "peu satisfait", "en desaccord", "pas d accord", "mauvais", "poor", "eher nicht", "rarement",
                    "rarely")),
            Map.entry(2, List.of("tout a fait", "strongly agree", "tres satisfait", "very satisfied",
                    "totalement d accord", "excellent", "vollstandig", "toujours", "always")),
            Map.entry(1, List.of("plutot d accord", "plutot oui", "plutot satisfait", "agree", "satisfait", "satisfied",
                    "d accord", "bon", "good", "eher zu", "souvent", "often")));

    private ScaleGuess() {
    }

    /**
     * @param answers   every distinct answer seen in the column (cleaned, not empty)
     * @param complete  false when the column held more distinct answers than were kept: nothing is guessed
     * @param noAnswer  loose keys the tool writes for "not answered"
     * @param limeCodes whether A1, A2… stand for 1, 2… when read (LimeSurvey and generic exports)
     */
    static Guess guess(Collection<String> answers, boolean complete, Set<String> noAnswer, boolean limeCodes) {
        if (!complete) {
            return texte();
        }
        List<String> seen = answers.stream().filter(a -> !noAnswer.contains(Text.key(a))).toList();
        boolean numbers = seen.stream().allMatch(a -> Answers.number(a).isPresent());
        Guess g = seen.size() > MAX_LABELS && !numbers ? texte() : ordered(seen);
        return readsAll(g, answers, noAnswer, limeCodes) ? g : texte();
    }

    private static Guess texte() {
        return new Guess(Scale.TEXTE, Map.of());
    }

    private static Guess ordered(List<String> seen) {
        if (seen.isEmpty()) {
            return texte();
        }
        if (seen.stream().allMatch(a -> Answers.yesNo(a).isPresent())) {
            return new Guess(Scale.OUI_NON, Map.of());
        }
        if (seen.stream().allMatch(a -> Answers.number(a).isPresent())) {
            List<BigDecimal> n = seen.stream().map(a -> Answers.number(a).get()).toList();
            Optional<Scale> s = numeric(n);
            return new Guess(s.orElse(Scale.NOMBRE), Map.of());
        }
        if (seen.stream().allMatch(a -> LIME_CODE.matcher(a).matches())) {
            Map<Integer, String> codes = new java.util.TreeMap<>();
            seen.forEach(a -> {
                Matcher m = LIME_CODE.matcher(a);
                m.matches();
                codes.put(Integer.parseInt(m.group(1)), a);
            });
            Optional<Scale> s = numeric(codes.keySet().stream().map(BigDecimal::valueOf).toList());
            if (s.isEmpty() || s.get() == Scale.NPS) {
                return texte();
            }
            Map<String, String> labels = new LinkedHashMap<>();
            codes.forEach((v, a) -> labels.put(a, String.valueOf(v)));
            return new Guess(s.get(), labels);
        }
        return labelled(seen);
    }

    /** Integers on 1–5, 1–7 or 0–10 (with an answer above 5): that scale; else none. */
    private static Optional<Scale> numeric(List<BigDecimal> values) {
        if (values.stream().anyMatch(v -> v.stripTrailingZeros().scale() > 0)) {
            return Optional.empty();
        }
        int min = values.stream().mapToInt(BigDecimal::intValue).min().orElse(0);
        int max = values.stream().mapToInt(BigDecimal::intValue).max().orElse(0);
        if (min >= 1 && max <= 5) {
            return Optional.of(Scale.LIKERT5);
        }
        if (min >= 1 && max <= 7) {
            return Optional.of(Scale.LIKERT7);
        }
        if (min >= 0 && max <= 10 && max > 5) {
            return Optional.of(Scale.NPS);
        }
        return Optional.empty();
    }

    /** Labels put in order: by the value they carry ("Agree (6)"), else by their words. */
    private static Guess labelled(List<String> seen) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> scored = new ArrayList<>();
        for (String a : seen) {
            if (isNoAnswer(a)) {
                labels.put(a, "");
            } else {
                scored.add(a);
            }
        }
        if (scored.isEmpty()) {
            return texte();
        }
        Map<String, Integer> carried = new LinkedHashMap<>();
        for (String a : scored) {
            Matcher m = NUMBERED.matcher(a);
            if (m.matches()) {
                carried.put(a, Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
            }
        }
        if (carried.size() == scored.size()) {
            Optional<Scale> s = numeric(carried.values().stream().map(BigDecimal::valueOf).toList());
            if (s.isEmpty()) {
                return texte();
            }
            carried.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .forEach(e -> labels.put(e.getKey(), String.valueOf(e.getValue())));
            return new Guess(s.get(), labels);
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (String a : scored) {
            Integer p = position(a);
            if (p == null || positions.containsValue(p)) {
                return texte(); // words that give no order, or two labels at one place: not a scale we can tell
            }
            positions.put(a, p);
        }
        // a neutral answer seen, or not four labels: the five-point scale (−2…2 → 1…5); else four points
        boolean four = !positions.containsValue(0) && positions.size() == 4;
        positions.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            int p = e.getValue();
            labels.put(e.getKey(), String.valueOf(four ? (p < 0 ? p + 3 : p + 2) : p + 3));
        });
        Map<String, String> ordered = new LinkedHashMap<>();
        labels.entrySet().stream().filter(e -> !e.getValue().isEmpty()).forEach(e -> ordered.put(e.getKey(), e.getValue()));
        labels.entrySet().stream().filter(e -> e.getValue().isEmpty()).forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return new Guess(four ? Scale.LIKERT4 : Scale.LIKERT5, ordered);
    }

    static boolean isNoAnswer(String label) {
        String k = " " + Text.key(label) + " ";
        return NO_ANSWER.stream().anyMatch(w -> k.contains(" " + w + " "));
    }

    /** −2…2 from the label's words, or null when they say nothing of an order. */
    static Integer position(String label) {
        String k = " " + Text.key(label) + " ";
        for (Map.Entry<Integer, List<String>> e : POSITIONS) {
            if (e.getValue().stream().anyMatch(w -> k.contains(" " + w + " "))) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Whether the reader, given this guess, keeps every answer seen. */
    private static boolean readsAll(Guess g, Collection<String> answers, Set<String> noAnswer, boolean limeCodes) {
        Map<String, String> keyed = new LinkedHashMap<>();
        g.labels().forEach((label, value) -> keyed.put(Text.key(label), value));
        Mapping.Entry entry = new Mapping.Entry(0, "q", null, null, g.scale(), false, keyed);
        return answers.stream().noneMatch(a -> Answers.score(entry, a, noAnswer, limeCodes) instanceof Answers.Rejected);
    }
}
