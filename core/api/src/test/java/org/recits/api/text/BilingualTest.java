package org.recits.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;

class BilingualTest {

    private static final Bilingual TEXTS = Bilingual.of(BilingualTest.class);

    @Test
    void bothLanguagesEachWithItsOwnNumbers() {
        assertEquals(LocalizedText.of("12\u202f345 réponses", "12,345 answers"), TEXTS.get("count", 12345));
    }

    @Test
    void aLocalizedArgumentIsTakenInEachLanguage() {
        assertEquals(LocalizedText.of("Bonjour madame", "Hello madam"),
                TEXTS.get("greeting", LocalizedText.of("madame", "madam")));
    }

    @Test
    void aKeyOnlyInFrenchGivesFrenchTwice() {
        assertEquals(LocalizedText.of("l’atelier d'été", "l’atelier d'été"), TEXTS.get("quote"));
    }

    @Test
    void oneLanguageAtATime() {
        assertEquals(Locale.ENGLISH, TEXTS.in(Locale.UK).locale());
        assertEquals(Locale.FRENCH, TEXTS.in(Locale.GERMAN).locale());
        assertSame(TEXTS.in(Locale.FRENCH), TEXTS.in(Locale.CANADA_FRENCH));
    }

    @Test
    void aMissingKeyIsAnError() {
        assertThrows(MissingResourceException.class, () -> TEXTS.get("nope"));
    }
}
