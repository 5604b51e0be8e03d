package org.recits.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.model.Attendance;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.FundingType;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.Wave;

class FixtureTest {

    @Test
    void recordsGoToTheCurrentCollectiviteWithMadeUpIds() {
        Dataset d = Fixture.collectivite("metz")
                .ambassadors(3, "2019-09-01")
                .ambassador("metz-x", "2019-09-01", "2020-01-05")
                .session("2020-01-10", 3).attendedByAll()
                .immersion("2020-02-10", 1).attendedBy("metz-a1").weather(4, 5)
                .and("lille")
                .ambassadors(1)
                .session("2020-01-15", 2)
                .build();

        assertThat(d.collectiviteIds()).containsExactly("lille", "metz");
        assertThat(d.participants(Scope.of("metz"))).extracting(Participant::id)
                .containsExactly("metz-a1", "metz-a2", "metz-a3", "metz-x");
        assertThat(d.sessions(Scope.of("metz"))).extracting(Session::id, Session::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("metz-s1", SessionType.SESSION),
                        org.assertj.core.groups.Tuple.tuple("metz-s2", SessionType.IMMERSION));
        // metz-x left before the first session: not in "attended by all"
        assertThat(d.attendance(Scope.of("metz"))).extracting(Attendance::session, Attendance::participant)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("metz-s1", "metz-a1"),
                        org.assertj.core.groups.Tuple.tuple("metz-s1", "metz-a2"),
                        org.assertj.core.groups.Tuple.tuple("metz-s1", "metz-a3"),
                        org.assertj.core.groups.Tuple.tuple("metz-s2", "metz-a1"));
        assertThat(d.weather(Scope.of("metz"))).hasSize(2);
        assertThat(d.participants(Scope.of("lille")).get(0).id()).isEqualTo("lille-a1");
        assertThat(d.sessions(Scope.of("lille")).get(0).dateDebut()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(d.sessions(Scope.of("metz")).get(0).source().file()).isEqualTo("fixture");
    }

    @Test
    void casesFundingQuotesAndAnswers() {
        Dataset d = Fixture.collectivite("metz")
                .practicalCase("c1", CaseStatus.EN_COURS, "2020-01-01", "design", "enquete")
                .funding("Fondation X", FundingType.FONDATION, "12500.50", "2020-01-01")
                .quote("On se parle enfin.", Measure.DEMOCRATIE, "2020-02-01", true)
                .answer("r1", Wave.AVANT, Measure.QUALITE, 2)
                .answer("r1", Wave.APRES, Measure.QUALITE, 4)
                .build();
        assertThat(d.cases(Scope.programme()).get(0).methodes()).containsExactly("design", "enquete");
        assertThat(d.funding(Scope.programme()).get(0).montantEur()).isEqualByComparingTo("12500.50");
        assertThat(d.quotes(Scope.programme()).get(0).consent()).isTrue();
        assertThat(d.surveyAnswers(Scope.of("metz"))).extracting(a -> a.score()).containsExactly(2.0, 4.0);
    }

    @Test
    void saysWhatIsMissing() {
        assertThatThrownBy(() -> Fixture.empty().session("2020-01-10", 1))
                .hasMessageContaining("name a collectivité first");
        assertThatThrownBy(() -> Fixture.collectivite("metz").attendedBy("x"))
                .hasMessageContaining("no session yet for metz");
    }
}
