package org.recits.ingest.activity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.recits.api.model.Coded;
import org.recits.tabular.Values;

/** Vocabularies of docs/format.md: values normalised for accents, case and spaces ("En cours" → en-cours, "Élu" → elu). */
final class Vocab {
    static final List<String> COLLECTIVITE_TYPES = List.of("commune", "epci", "metropole", "departement", "region",
            "etablissement", "autre");
    static final List<String> PROGRAMMES = List.of("transfo", "post-transfo", "autre");
    static final List<String> CATEGORIES = List.of("A", "B", "C", "contractuel");
    /** The group's weather in words, best first; {@link #meteo} also reads 1 to 5. */
    static final List<String> METEO = List.of("soleil", "eclaircie", "nuageux", "pluie", "orage");

    /** Feminine and other obvious forms labs write. */
    static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("ambassadrice", "ambassadeur"), Map.entry("residente", "resident"),
            Map.entry("referente", "referent"), Map.entry("coordinatrice", "coordinateur"),
            Map.entry("elue", "elu"), Map.entry("elu(e)", "elu"), Map.entry("usagere", "usager"),
            Map.entry("proposee", "propose"), Map.entry("retenue", "retenu"), Map.entry("terminee", "termine"),
            Map.entry("abandonnee", "abandonne"), Map.entry("contractuelle", "contractuel"),
            Map.entry("contractuel(le)", "contractuel"), Map.entry("eclaircies", "eclaircie"),
            Map.entry("orages", "orage"), Map.entry("nuages", "nuageux"), Map.entry("inter-transfo", "intertransfo"),
            Map.entry("atelier", "atelier-collectif"));

    private Vocab() {
    }

    /** Lower case, accents stripped, spaces/underscores as hyphens, synonyms resolved. */
    static String code(String s) {
        if (s == null) {
            return null;
        }
        String c = Values.normalizeHeader(s).replace('_', '-');
        return SYNONYMS.getOrDefault(c, c);
    }

    static <E extends Enum<E> & Coded> E find(Class<E> type, String value) {
        return Coded.find(type, code(value)).orElse(null);
    }

    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

    /** oui/non and the usual variants; null for anything else. */
    static Boolean yesNo(String value) {
        return switch (code(value)) {
            case "oui", "o", "yes", "y", "vrai", "true", "1", "x" -> Boolean.TRUE;
            case "non", "n", "no", "faux", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** 1–5, or soleil 5, eclaircie 4, nuageux 3, pluie 2, orage 1; 0 when unreadable. */
    static int meteo(String value) {
        return switch (code(value)) {
            case "1", "orage" -> 1;
            case "2", "pluie" -> 2;
            case "3", "nuageux" -> 3;
            case "4", "eclaircie" -> 4;
            case "5", "soleil" -> 5;
            default -> 0;
        };
    }

    /** A known value in its canonical spelling, or null. */
    static String known(List<String> vocabulary, String value) {
        String c = code(value);
        for (String v : vocabulary) {
            if (code(v).equals(c)) {
                return v;
            }
        }
        return null;
    }
}
