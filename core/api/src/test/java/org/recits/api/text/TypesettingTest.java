package org.recits.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** One test per rule and per thing left alone. */
class TypesettingTest {

    private static final String NB = "\u00A0";
    private static final String NNB = "\u202F";

    @Test
    void aSpaceBeforeAColonPercentEuroOrClosingQuoteBecomesNoBreak() {
        assertEquals("Défaut" + NB + ": 5" + NB + "% soit 3" + NB + "€", Typesetting.french("Défaut : 5 % soit 3 €"));
    }

    @Test
    void aSpaceBeforeASemicolonExclamationOrQuestionMarkBecomesNarrow() {
        assertEquals("oui" + NNB + "; non" + NNB + "! Qui finance" + NNB + "?",
                Typesetting.french("oui ; non ! Qui finance ?"));
    }

    @Test
    void guillemetsGetTheirInnerSpacesWhetherWrittenOrNot() {
        assertEquals("«" + NB + "a" + NB + "» et «" + NB + "b" + NB + "»", Typesetting.french("« a » et «b»"));
    }

    @Test
    void whatIsNotProseIsLeftAsWritten() {
        for (String s : new String[] {"10:30", "mesure:code", "https://exemple.fr", "Montant (€)", "95%", "a;b",
                "un texte sans ponctuation haute", ""}) {
            assertEquals(s, Typesetting.french(s));
        }
        assertNull(Typesetting.french(null));
    }

    @Test
    void aSpaceAlreadyRightIsKeptAndTwiceIsOnce() {
        String once = Typesetting.french("Erreur : « x » ; y ? 3 %");
        assertEquals(once, Typesetting.french(once));
        assertEquals("a" + NNB + ";", Typesetting.french("a" + NNB + ";"));
    }
}
