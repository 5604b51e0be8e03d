package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void frenchIsRequired() {
        assertThatThrownBy(() -> LocalizedText.of(null, "en")).isInstanceOf(NullPointerException.class)
                .hasMessage("fr");
        assertThatThrownBy(() -> LocalizedText.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void englishIsReadForAnyEnglishLocaleAndFrenchOtherwise() {
        LocalizedText t = LocalizedText.of("bonjour", "hello");
        assertThat(t.in(Locale.ENGLISH)).isEqualTo("hello");
        assertThat(t.in(Locale.UK)).isEqualTo("hello");
        assertThat(t.in(Locale.FRENCH)).isEqualTo("bonjour");
        assertThat(t.in(Locale.GERMAN)).isEqualTo("bonjour");
        assertThat(t.in(Locale.ROOT)).isEqualTo("bonjour");
        assertThat(t.in(null)).isEqualTo("bonjour");
    }

    @Test
    void aMissingEnglishFallsBackToFrench() {
        LocalizedText t = LocalizedText.of("météo", null);
        assertThat(t.en()).isNull();
        assertThat(t.in(Locale.ENGLISH)).isEqualTo("météo");
    }

    @Test
    void anEmptyEnglishIsKeptNotReplaced() {
        // Only null falls back: an empty English text is a choice of the caller.
        assertThat(LocalizedText.of("x", "").in(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void oneTextForBothLanguages() {
        LocalizedText t = LocalizedText.of("Mulhouse");
        assertThat(t.fr()).isEqualTo("Mulhouse");
        assertThat(t.en()).isEqualTo("Mulhouse");
    }

    @Test
    void equalityIsByBothTextsAndToStringIsTheFrench() {
        assertThat(LocalizedText.of("a", "b")).isEqualTo(new LocalizedText("a", "b"));
        assertThat(LocalizedText.of("a", "b")).isNotEqualTo(LocalizedText.of("a", null));
        assertThat(LocalizedText.of("a")).isNotEqualTo(LocalizedText.of("a", null));
        assertThat(LocalizedText.of("bonjour", "hello")).hasToString("bonjour");
    }
}
