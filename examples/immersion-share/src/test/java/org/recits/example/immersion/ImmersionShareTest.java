package org.recits.example.immersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recits.testkit.RecitsAssertions.assertThat;

import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Status;
import org.recits.api.model.SessionType;
import org.recits.testkit.DataFolder;
import org.recits.testkit.Fixture;

/** The indicator computed without a framework, on data built with the testkit. */
class ImmersionShareTest {

    private final ImmersionShare indicator = new ImmersionShare();

    private final Dataset data = Fixture.collectivite("metz")
            .session("2020-01-10", 3)
            .immersion("2020-02-10", 1)
            .session("metz-evt", "2020-02-20", 2, SessionType.INTERTRANSFO) // an event: not counted
            .immersion("2020-05-10", 2)                                    // after 2020-T1
            .and("lille")
            .session("2020-01-15", 2)
            .build();

    @Test
    void shareOfCountedDaysUpToThePeriodsEnd() {
        // 1 immersion day ÷ (3 + 1) counted days = 25 %: green (≥ 20 %).
        assertThat(indicator).on(data).forScope("metz").forPeriod("2020-T1")
                .hasValue(0.25).hasNumerator(1).hasDenominator(4).hasStatus(Status.GREEN);
    }

    @Test
    void programmeIsTheRatioOfSums() {
        // 1 ÷ (3 + 1 + 2) = 1/6 ≈ 16.7 %: orange. The mean of the two ratios (25 % and 0 %) would be 12.5 %.
        assertThat(indicator).on(data).forPeriod("2020-T1").hasValue(1.0 / 6).hasStatus(Status.ORANGE);
    }

    @Test
    void notComputableBeforeAnyDay() {
        assertThat(indicator).on(data).forScope("metz").forPeriod("2019-T4").isNotComputableBecause("aucun jour");
    }

    @Test
    void speaksInTheNarrative() {
        // 2020-T2 adds the May immersion: 3 ÷ 6 = 50 %, 25 points more than at the end of 2020-T1.
        assertThat(indicator).on(data).forScope("metz").forPeriod("2020-T2")
                .says("Metz\u00a0: 50 % des jours d’intervention se sont passés en immersion (3 jours sur 6).")
                .says("C’est 25 points de plus qu’à la fin de 2020-T1.")
                .saysInEnglish("25 points more than at the end of 2020-Q1");
        // No previous value to compare with: one sentence only.
        assertThat(assertThat(indicator).on(data).forScope("metz").forPeriod("2020-T1").sentences()).hasSize(1);
    }

    @Test
    void namesTheCollectiviteAsItsRowDoesAndAgreesWithOneDay() {
        // Before, « À metz » (the id, with a preposition that cannot agree with every name) and « 1 jours ».
        assertThat(indicator).on(data).forScope("metz").forPeriod("2020-T1")
                .says("Metz\u00a0: 25 % des jours d’intervention se sont passés en immersion (1 jour sur 4).")
                .saysInEnglish("Metz: 25% of the intervention days were spent in immersion (1 day out of 4).");
        assertThat(indicator).on(data).forPeriod("2020-T1")
                .says("Sur l’ensemble du programme, 17 % des jours d’intervention se sont passés en immersion "
                        + "(1 jour sur 6).");
    }

    @Test
    void honoursWhatTheEngineExpects() {
        assertThat(indicator).on(data).forPeriod("2020-T2").honoursTheEngineContract();
    }

    @Test
    void theSampleFilesGiveTheSameFigures() throws Exception {
        // src/test/resources/donnees holds the same programme as the lab's files; ImmersionShareIT runs
        // them through the product.
        Dataset files = DataFolder.load(Paths.get("src/test/resources/donnees"));
        assertThat(indicator).on(files).forScope("metz").forPeriod("2020-T1").hasValue(0.25);
        assertThat(indicator).on(files).forPeriod("2020-T1").hasValue(1.0 / 6);
    }
}
