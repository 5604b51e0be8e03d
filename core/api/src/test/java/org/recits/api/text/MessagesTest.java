package org.recits.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void frenchIsTheBase() {
        assertEquals("Bonjour Anne", Messages.of(MessagesTest.class, Locale.FRENCH).get("greeting", "Anne"));
    }

    @Test
    void englishReadsTheEnSuffix() {
        assertEquals("Hello Anne", Messages.of(MessagesTest.class, Locale.UK).get("greeting", "Anne"));
    }

    @Test
    void anyOtherLanguageGivesFrenchNotTheMachineDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Messages m = Messages.of(MessagesTest.class, Locale.GERMAN);
            assertEquals(Locale.FRENCH, m.locale());
            assertEquals("Bonjour Anne", m.get("greeting", "Anne"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersFollowTheLanguage() {
        assertEquals("12\u202f345 réponses", Messages.of(MessagesTest.class, Locale.FRENCH).get("count", 12345));
        assertEquals("12,345 answers", Messages.of(MessagesTest.class, Locale.ENGLISH).get("count", 12345));
    }

    @Test
    void englishFallsBackToFrenchForAMissingKey() {
        assertEquals("l’atelier d'été", Messages.of(MessagesTest.class, Locale.ENGLISH).get("quote"));
    }

    @Test
    void frenchTextsGetTheirNoBreakSpacesButTheArgumentsAreKeptAsGiven() {
        assertEquals("Valeur «\u00a010:30 ; x\u00a0»\u00a0: attendu mesure:code\u202f; voir\u202f?",
                Messages.of(MessagesTest.class, Locale.FRENCH).get("spaced", "10:30 ; x", "mesure:code"));
        assertEquals("Value “10:30”: expected a; see?",
                Messages.of(MessagesTest.class, Locale.ENGLISH).get("spaced", "10:30", "a"));
    }

    @Test
    void hasSaysWhetherAKeyHasAText() {
        Messages m = Messages.of(MessagesTest.class, Locale.FRENCH);
        assertTrue(m.has("quote"));
        assertFalse(m.has("nope"));
    }

    @Test
    void aMissingKeyIsAnError() {
        assertThrows(MissingResourceException.class, () -> Messages.of(MessagesTest.class, Locale.FRENCH).get("nope"));
    }
}
