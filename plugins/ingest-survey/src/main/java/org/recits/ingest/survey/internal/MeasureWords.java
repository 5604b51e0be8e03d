package org.recits.ingest.survey.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recits.api.model.Measure;

/**
 * A measure proposed from a question's words, French and English (and the short codes survey designers use,
 * {@code SAT1}, {@code CAP2}), for a drafted mapping: only a proposal, the lab decides what a question measures.
 */
final class MeasureWords {

    /** What the proposal rests on: the measure and the word of the question that suggested it. */
    record Proposal(Measure measure, String word) {
    }

    /** Word beginnings, checked measure by measure in this order (satisfaction first: "satisfied with the quality"). */
    private static final List<Map.Entry<Measure, List<String>>> STEMS = List.of(
            Map.entry(Measure.SATISFACTION, List.of("satisf", "insatisf", "dissatisf", "recommand", "recommend",
                    "apprecie", "enjoy", "zufrieden", "weiterempfehl")),
            Map.entry(Measure.CAPACITATION, List.of("competen", "skill", "capab", "capacit", "confian", "confiden",
                    "autonom", "appris", "apprendre", "apprentissage", "learn", "savoir", "know how", "pouvoir d agir",
                    "empower", "formation", "training", "kompetenz", "able to", "capable")),
            Map.entry(Measure.DEMOCRATIE, List.of("democra", "citoyen", "citizen", "particip", "habitant", "concert",
                    "decision", "decid", "implication", "implique", "involve", "elus", "elu", "elected", "voix",
                    "voice", "co construi", "coconstrui")),
            Map.entry(Measure.QUALITE, List.of("qualit", "quality", "accueil", "welcome", "delai", "attente", "wait",
                    "facile", "easy", "comprendre", "understand", "clair", "clear", "simpl", "service", "reponse a vos",
                    "joignable", "accessib")),
            Map.entry(Measure.PRODUCTIVITE, List.of("productiv", "temps gagne", "gain de temps", "time saved",
                    "save time", "saves time", "efficac", "efficien", "cout", "cost", "econom", "rapid", "faster",
                    "quicker", "gagne")),
            Map.entry(Measure.IMPACT, List.of("impact", "effet", "effect", "resultat", "result", "outcome", "utile",
                    "useful", "changement", "change", "ameliore", "improv", "benefi", "territoire", "community")));

    /** Short codes of questions ({@code SAT1}, {@code CAP1[SQ002]}): their letters before the digits. */
    private static final Map<String, Measure> CODES = Map.of("sat", Measure.SATISFACTION, "cap", Measure.CAPACITATION,
            "dem", Measure.DEMOCRATIE, "qual", Measure.QUALITE, "qua", Measure.QUALITE, "imp", Measure.IMPACT,
            "prod", Measure.PRODUCTIVITE, "nps", Measure.SATISFACTION);
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("([a-z]+)\\d+(?:\\s.*)?");

    private MeasureWords() {
    }

    /** The measure the question's words suggest, with the word; empty when nothing does. */
    static Optional<Proposal> propose(String question) {
        String k = Text.key(question);
        String[] words = k.split(" ");
        // a KoBo path or a group: its last part names the question best, the whole is tried after it
        for (String part : List.of(lastPart(question), k)) {
            String key = " " + Text.key(part) + " ";
            for (Map.Entry<Measure, List<String>> e : STEMS) {
                for (String stem : e.getValue()) {
                    if (key.contains(" " + stem)) {
                        return Optional.of(new Proposal(e.getKey(), stem));
                    }
                }
            }
        }
        if (words.length > 0) {
            java.util.regex.Matcher m = CODE.matcher(k);
            if (m.matches() && CODES.containsKey(m.group(1))) {
                return Optional.of(new Proposal(CODES.get(m.group(1)), m.group(1).toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    /** The last segment of a KoBo path ({@code evaluation/accueil} → {@code accueil}). */
    private static String lastPart(String question) {
        int slash = question.lastIndexOf('/');
        return slash >= 0 ? question.substring(slash + 1) : question;
    }

    /** Whether the words say a high answer means worse ("trop longue", "too long", "difficult"): inverse proposed. */
    static boolean negative(String question) {
        String key = " " + Text.key(lastPart(question)) + " ";
        return List.of("trop", "too", "difficult", "problem", "probleme", "stress", "fatigu")
                .stream().anyMatch(w -> key.contains(" " + w));
    }
}
