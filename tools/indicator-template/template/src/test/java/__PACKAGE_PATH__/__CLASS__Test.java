package __PACKAGE__;

import static org.recits.testkit.RecitsAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.model.SessionType;
import org.recits.testkit.Fixture;

class __CLASS__Test {

    private final __CLASS__ indicator = new __CLASS__();

    private final Dataset data = Fixture.collectivite("metz")
            .ambassadors(2, "2019-09-01")
            .session("2020-01-10", 3).attendedByAll()
            .immersion("2020-02-10", 1)
            .session("evt", "2020-02-20", 2, SessionType.INTERTRANSFO) // an event: not counted
            .and("lille")
            .session("2020-04-15", 2)
            .build();

    @Test
    void countsTheDaysThatStartInThePeriod() {
        assertThat(indicator).on(data).forScope("metz").forPeriod("2020-T1").hasValue(4);
        assertThat(indicator).on(data).forPeriod("2020-T1").hasValue(4);
        assertThat(indicator).on(data).forPeriod("2020").hasValue(6);
    }

    @Test
    void saysWhyThereIsNoValue() {
        assertThat(indicator).on(data).forScope("lille").forPeriod("2020-T1")
                .isNotComputableBecause("aucune session");
    }

    @Test
    void speaksInTheNarrative() {
        // The collectivité by its name (the fixture names "metz" Metz), never by its id.
        assertThat(indicator).on(data).forScope("metz").forPeriod("2020-T1")
                .says("Metz\u00a0: 4 jours d’intervention dans la période.")
                .saysInEnglish("Metz: 4 intervention days in the period.");
        assertThat(indicator).on(data).forPeriod("2020").says("Sur l’ensemble du programme, 6 jours d’intervention")
                .saysInEnglish("Across the programme, 6 intervention days");
    }

    @Test
    void honoursWhatTheEngineExpects() {
        assertThat(indicator).hasACompleteDefinition();
        assertThat(indicator).on(data).forPeriod("2020-T2").honoursTheEngineContract();
    }
}
