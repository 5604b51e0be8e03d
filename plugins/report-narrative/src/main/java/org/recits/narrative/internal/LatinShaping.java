package org.recits.narrative.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.gsub.GlyphArraySplitter;
import org.apache.fontbox.ttf.gsub.GlyphArraySplitterRegexImpl;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.fontbox.ttf.model.ScriptFeature;

/**
 * The glyph substitutions (GSUB features ccmp, liga, clig, in that order) of one Latin font, as fontbox's
 * {@code GsubWorkerForLatin} applies them, with what that worker makes again on every word kept for the
 * document: each feature's splitter (fontbox compiles a regular expression of all its glyph sequences per word
 * and feature: 44 % of the demo's CPU samples) and each word's result. Same algorithm, so the same glyphs.
 */
final class LatinShaping {

    private static final List<String> FEATURES_IN_ORDER = List.of("ccmp", "liga", "clig");

    private final List<ScriptFeature> features = new ArrayList<>();
    private final List<GlyphArraySplitter> splitters = new ArrayList<>();
    private final Map<List<Integer>, List<Integer>> done = new HashMap<>();

    private LatinShaping(GsubData gsub) {
        for (String name : FEATURES_IN_ORDER) {
            if (gsub.isFeatureSupported(name)) {
                ScriptFeature feature = gsub.getFeature(name);
                if (!feature.getAllGlyphIdsForSubstitution().isEmpty()) {
                    features.add(feature);
                    splitters.add(new GlyphArraySplitterRegexImpl(feature.getAllGlyphIdsForSubstitution()));
                }
            }
        }
    }

    /** The shaping of a font whose GSUB data is Latin; null for any other (PDFBox then shapes it itself). */
    static LatinShaping of(GsubData gsub) {
        return gsub == null || gsub == GsubData.NO_DATA_FOUND || gsub.getLanguage() != Language.LATIN ? null
                : new LatinShaping(gsub);
    }

    /** The glyphs of one word after the substitutions (an unmodifiable list). */
    List<Integer> apply(List<Integer> glyphs) {
        return done.computeIfAbsent(glyphs, this::substitute);
    }

    private List<Integer> substitute(List<Integer> original) {
        List<Integer> glyphs = original;
        for (int i = 0; i < features.size(); i++) {
            ScriptFeature feature = features.get(i);
            List<Integer> out = new ArrayList<>();
            for (List<Integer> token : splitters.get(i).split(glyphs)) {
                if (feature.canReplaceGlyphs(token)) {
                    out.add(feature.getReplacementForGlyphs(token));
                } else {
                    out.addAll(token);
                }
            }
            glyphs = out;
        }
        return Collections.unmodifiableList(new ArrayList<>(glyphs));
    }
}
