package org.recits.indicators.values.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;

/** The texts of the values: plural agreement per language, counts as written, notes joined. */
class TextsTest {

    @Test
    void frenchTakesTheSingularForZeroAndOneEnglishForOneOnly() {
        assertThat(Texts.text("note.undatedLeftOut", 0L)).isEqualTo(
                LocalizedText.of("0 réponse sans date écartée", "0 undated answers left out"));
        assertThat(Texts.text("note.undatedLeftOut", 1L)).isEqualTo(
                LocalizedText.of("1 réponse sans date écartée", "1 undated answer left out"));
        assertThat(Texts.text("note.undatedLeftOut", 2L)).isEqualTo(
                LocalizedText.of("2 réponses sans date écartées", "2 undated answers left out"));
    }

    @Test
    void theParticipleAgreesWithTheCountAtTheEndOfTheFrenchSentence() {
        assertThat(Texts.text("note.unpairedLeftOut", 1L).fr())
                .isEqualTo("1 réponse de répondants sans paire (une seule vague ou sans identifiant) écartée");
        assertThat(Texts.text("note.unpairedLeftOut", 3L).fr())
                .isEqualTo("3 réponses de répondants sans paire (une seule vague ou sans identifiant) écartées");
    }

    @Test
    void largeCountsAreWrittenWithoutGrouping() {
        assertThat(Texts.text("note.paired", 12345)).isEqualTo(LocalizedText.of(
                "apparié sur 12345 répondants présents aux deux vagues",
                "paired on 12345 respondents present in both waves"));
    }

    @Test
    void theDefaultAllocationIsWrittenAsAWholeNumberOfDays() {
        assertThat(Texts.text("note.defaultAllocation", 2, AgentTimeUse.DEFAULT_ALLOCATION_DAYS)).isEqualTo(
                LocalizedText.of("allocation par défaut de 35 jours pour 2 ambassadeurs sans «\u00a0jours_alloues\u00a0»",
                        "default allocation of 35 days for 2 ambassadors without “jours_alloues”"));
    }

    @Test
    void anApostropheOfAnEnglishTextIsKept() {
        assertThat(Texts.text("nd.noWaveAnswer", Texts.word("measure.", "capacitation"), Texts.word("wave.", "avant")).en())
                .isEqualTo("no answer on capacity building to the before-programme survey by the period's end");
    }

    @Test
    void vocabularyCodesAreWordsInEachLanguageAndAnUnknownOneIsWrittenAsItIs() {
        assertThat(Texts.text("detail.casesOfStatus", Texts.word("status.", "en-cours")))
                .isEqualTo(LocalizedText.of("cas en cours", "ongoing cases"));
        assertThat(Texts.text("detail.quotesOfRole", Texts.word("roles.", "elu")))
                .isEqualTo(LocalizedText.of("verbatims (élus)", "quotes (elected officials)"));
        assertThat(Texts.text("nd.noDatedAnswer", Texts.word("measure.", "qualite")))
                .isEqualTo(LocalizedText.of("aucune réponse sur la qualité datée dans la période",
                        "no dated answer on quality in the period"));
        // a role of the lab's own (open vocabulary)
        assertThat(Texts.word("roles.", "directrice-generale")).isEqualTo(LocalizedText.of("directrice generale"));
    }

    @Test
    void notePartsAreJoinedWithEachLanguagesSeparator() {
        assertThat(Texts.join(List.of())).isNull();
        assertThat(Texts.join(List.of(LocalizedText.of("un", "one"), LocalizedText.of("deux", null))))
                .isEqualTo(LocalizedText.of("un\u202f; deux", "one; deux"));
    }
}
