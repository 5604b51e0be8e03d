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
        assertThat(indicator).on(data).forScope("metz").forPeriod("2020-T1")
                .says("4 jours d’intervention en 2020-T1").saysInEnglish("intervention days in 2020-Q1");
    }

    @Test
    void honoursWhatTheEngineExpects() {
        assertThat(indicator).hasACompleteDefinition();
        assertThat(indicator).on(data).forPeriod("2020-T2").honoursTheEngineContract();
    }
}
