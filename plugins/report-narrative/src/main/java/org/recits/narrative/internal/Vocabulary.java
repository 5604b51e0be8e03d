package org.recits.narrative.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The words of the files' vocabularies in prose: a speaker's role (« elu » → « un élu », « elue » →
 * « une élue », « referent » → « un agent référent ») and a method (« atelier-creatif » → « atelier
 * créatif »), from the bundles' {@code role.*} and {@code method.*} texts. The files write codes, lower
 * case without accents; a reader must never see one. A role or method the bundles do not know is written
 * as the file gives it, its hyphens as spaces: an open vocabulary may hold words of the lab's own.
 */
final class Vocabulary {

    private final Typo ty;

    Vocabulary(Typo ty) {
        this.ty = ty;
    }

    /** A speaker, with its article and gender as the role says it: « une élue », « an elected official ». */
    String speaker(String role) {
        String key = "role." + code(role);
        return ty.has(key) ? ty.text(key) : asWritten(role);
    }

    /** A method in words: « atelier créatif », « chapeaux de Bono ». */
    String method(String method) {
        String key = "method." + code(method);
        return ty.has(key) ? ty.text(key) : asWritten(method);
    }

    /** The vocabulary's code of a word as written: lower case, no accents, words joined by hyphens. */
    static String code(String written) {
        String t = Normalizer.normalize(written.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return t.replaceAll("[\\s_]+", "-");
    }

    private static String asWritten(String s) {
        String t = s.strip().replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " ");
        // « Agent d’accueil » in the middle of a sentence, but « DGS » stays as written
        return t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !Character.isUpperCase(t.charAt(1))
                ? Character.toLowerCase(t.charAt(0)) + t.substring(1) : t;
    }
}
