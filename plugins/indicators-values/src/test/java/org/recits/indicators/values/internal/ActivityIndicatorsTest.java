package org.recits.indicators.values.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recits.indicators.values.internal.Fixtures.EPS;
import static org.recits.indicators.values.internal.Fixtures.at;
import static org.recits.indicators.values.internal.Fixtures.kase;
import static org.recits.indicators.values.internal.Fixtures.person;
import static org.recits.indicators.values.internal.Fixtures.quote;
import static org.recits.indicators.values.internal.Fixtures.session;
import static org.recits.indicators.values.internal.Fixtures.withRole;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.Period;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.SessionType;

class ActivityIndicatorsTest {

    private static final Period T1 = Period.parse("2020-T1");
    private static final Scope METZ = Scope.of("metz");
    private static final Scope LILLE = Scope.of("lille");

    private static double detail(IndicatorValue v, String key) {
        return v.details().stream().filter(d -> d.key().equals(key)).mapToDouble(Detail::value).findFirst()
                .orElseThrow(() -> new AssertionError("no detail " + key + " in " + v.details()));
    }

    @Nested
    class UsersInvolvedTest {
        private final Dataset data = Dataset.builder()
                .add(person("metz", "u1", Role.USAGER))
                .add(person("metz", "u2", Role.USAGER))
                .add(person("metz", "u3", Role.USAGER))
                .add(person("metz", "a1", Role.AMBASSADEUR))
                .add(person("lille", "a1", Role.AMBASSADEUR))
                .add(session("metz", "s1", "2020-01-10", 2, SessionType.SESSION))
                .add(session("metz", "s2", "2020-02-10", 1, SessionType.INTERTRANSFO))
                .add(session("metz", "s3", "2020-05-10", 2, SessionType.IMMERSION))
                .add(session("lille", "s1", "2020-01-10", 2, SessionType.SESSION))
                .add(at("metz", "s1", "u1"))
                .add(at("metz", "s1", "u1"))   // a duplicate row: still one person
                .add(at("metz", "s2", "u2"))   // an event, not a counted session
                .add(at("metz", "s3", "u3"))   // in T2
                .add(at("metz", "s1", "a1"))   // not a user
                .add(at("lille", "s1", "a1"))
                .add(withRole("metz", "r1", "2020-02-01", "Usager"))
                .add(withRole("metz", "r1", "2020-02-01", "usager"))
                .add(withRole("metz", null, null, "habitante"))
                .add(withRole("metz", "r2", "2020-02-01", "agent"))
                .add(withRole("metz", "r3", "2020-06-01", "usager")) // after T1
                .build();

        private final UsersInvolved indicator = new UsersInvolved();

        @Test
        void distinctUsersPresentAtCountedSessionsUpToTheEnd() {
            IndicatorValue t1 = indicator.compute(data, METZ, T1);
            // T1: u1 at s1 (twice) → 1; u2 only at an intertransfo; u3's immersion is in May
            assertThat(t1.value()).isEqualTo(1.0);
            assertThat(t1.population()).isEqualTo(1);
            // survey users up to T1: r1 (2 answers, « Usager » = « usager ») + 1 undated anonymous « habitante » = 2
            assertThat(detail(t1, "survey_user_respondents")).isEqualTo(2);
            // T2 is cumulative: u1 + u3 = 2
            assertThat(indicator.compute(data, METZ, Period.parse("2020-T2")).value()).isEqualTo(2.0);
        }

        @Test
        void notComputableWhenNoUserIsDeclared() {
            IndicatorValue v = indicator.compute(data, LILLE, T1);
            assertThat(v.isComputable()).isFalse();
            assertThat(v.reason().fr()).isEqualTo("aucun usager déclaré dans participants.csv");
        }

        @Test
        void programmeAddsUp() {
            // metz 1 + lille (no user present) = 1
            assertThat(indicator.compute(data, Scope.programme(), T1).value()).isEqualTo(1.0);
        }
    }

    @Nested
    class ElectedEngagementTest {
        private final Dataset data = Dataset.builder()
                .add(person("metz", "e1", Role.ELU))
                .add(person("metz", "a1", Role.AMBASSADEUR))
                .add(person("lille", "e9", Role.ELU))
                .add(person("nancy", "a1", Role.AMBASSADEUR))
                .add(session("metz", "s1", "2020-01-10", 2, SessionType.SESSION))
                .add(session("metz", "s2", "2020-02-10", 1, SessionType.INTERTRANSFO))
                .add(session("metz", "s3", "2020-02-20", 3, SessionType.IMMERSION))
                .add(session("metz", "s4", "2020-03-10", 2, null))
                .add(session("lille", "l1", "2020-01-20", 2, SessionType.SESSION))
                .add(session("nancy", "n1", "2020-01-20", 2, SessionType.SESSION))
                .add(at("metz", "s1", "e1"))
                .add(at("metz", "s2", "e1"))   // an event: neither numerator nor denominator
                .add(at("metz", "s3", "e1"))
                .add(at("metz", "s4", "a1"))
                .add(at("lille", "l1", "e9"))
                .add(at("nancy", "n1", "a1"))
                .build();

        private final ElectedEngagement indicator = new ElectedEngagement();

        @Test
        void shareOfCountedSessionsWithAnElectedOfficial() {
            IndicatorValue v = indicator.compute(data, METZ, T1);
            // counted sessions in T1: s1, s3, s4 (type empty = session); with an élu: s1, s3 → 2/3
            assertThat(v.value()).isCloseTo(2.0 / 3, within(EPS));
            assertThat(v.numerator()).isEqualTo(2.0);
            assertThat(v.denominator()).isEqualTo(3.0);
        }

        @Test
        void programmeIsTheRatioOfSums() {
            // metz 2/3, lille 1/1; nancy declares no élu: its session is left out → (2 + 1) / (3 + 1) = 0.75.
            // The mean of the ratios would be (2/3 + 1) / 2 ≈ 0.833.
            IndicatorValue v = indicator.compute(data, Scope.programme(), T1);
            assertThat(v.value()).isCloseTo(0.75, within(EPS));
            assertThat(v.note().fr()).isEqualTo("sessions écartées des collectivités sans élu déclaré\u00a0: nancy");
        }

        @Test
        void aSessionWithoutAnyAttendanceRowIsLeftOutNotCountedWithoutElus() {
            // s5 has no attendance row: whether an élu came is not known. Before: 2/4; now 2/3 and a note.
            Dataset more = data.toBuilder().add(session("metz", "s5", "2020-03-20", 1, SessionType.SESSION)).build();
            IndicatorValue v = indicator.compute(more, METZ, T1);
            assertThat(v.numerator()).isEqualTo(2.0);
            assertThat(v.denominator()).isEqualTo(3.0);
            assertThat(v.note().en()).isEqualTo("1 session without recorded attendance, left out");
            Dataset none = Dataset.builder().add(person("metz", "e1", Role.ELU))
                    .add(session("metz", "s1", "2020-01-10", 2, SessionType.SESSION)).build();
            assertThat(indicator.compute(none, METZ, T1).reason().en())
                    .isEqualTo("1 counted session in the period, none with attendance recorded in presences.csv");
        }

        @Test
        void notComputableCases() {
            assertThat(indicator.compute(data, Scope.of("nancy"), T1).reason().fr())
                    .isEqualTo("aucun élu déclaré dans participants.csv");
            assertThat(indicator.compute(data, METZ, Period.parse("2020-T2")).reason().fr())
                    .isEqualTo("aucune session ni immersion dans la période");
        }
    }

    @Nested
    class VoicePluralityTest {
        private final Dataset data = Dataset.builder()
                .add(session("metz", "s1", "2020-01-10", 2, SessionType.SESSION))
                .add(session("metz", "s9", "2020-09-10", 2, SessionType.SESSION))
                .add(quote("metz", "2020-01-11", null, "usager", true))
                .add(quote("metz", "2020-02-11", null, "Usager ", true))
                .add(quote("metz", null, "s1", "élu", true))          // dated by its session: January
                .add(quote("metz", null, "s9", "agent", true))        // dated by its session: September
                .add(quote("metz", "2020-07-01", null, "agent", true)) // after T1
                .add(quote("metz", "2020-01-11", null, "partenaire", false)) // no consent: never counted
                .add(quote("metz", "2020-01-11", null, "directeur", false))
                .add(quote("metz", null, null, null, true))           // undated, no role
                .add(quote("lille", "2020-01-11", null, "partenaire", false))
                .build();

        private final VoicePlurality indicator = new VoicePlurality();

        @Test
        void distinctRolesAmongConsentedQuotes() {
            IndicatorValue v = indicator.compute(data, METZ, T1);
            // consented up to T1: usager ×2, elu ×1, one without role → 2 roles
            assertThat(v.value()).isEqualTo(2.0);
            assertThat(detail(v, "quotes_role_usager")).isEqualTo(2);
            assertThat(detail(v, "quotes_role_elu")).isEqualTo(1);
            assertThat(detail(v, "quotes_without_role")).isEqualTo(1);
            assertThat(v.details()).noneMatch(d -> d.key().contains("partenaire") || d.key().contains("directeur"));
            // users' share among quotes with a role: 2 / 3
            assertThat(detail(v, "citizen_voice_share")).isCloseTo(2.0 / 3, within(EPS));
            // Pielou: H = −(2/3 ln 2/3 + 1/3 ln 1/3) = 0.636514; ÷ ln 2 = 0.693147 → 0.918296
            assertThat(detail(v, "pielou_evenness")).isCloseTo(0.918296, within(1e-6));
            // by the end of the year « agent » joins: 3 roles
            assertThat(indicator.compute(data, METZ, Period.parse("2020")).value()).isEqualTo(3.0);
        }

        @Test
        void unconsentedQuotesAloneGiveNoValue() {
            IndicatorValue v = indicator.compute(data, LILLE, T1);
            assertThat(v.isComputable()).isFalse();
            assertThat(v.reason().fr()).isEqualTo("aucun verbatim avec consentement jusqu’à la fin de la période");
        }

        @Test
        void programmeCountsDistinctRolesOverAllQuotes() {
            Dataset d = data.toBuilder().add(quote("lille", "2020-01-11", null, "usager", true))
                    .add(quote("lille", "2020-01-11", null, "habitant", true)).build();
            // metz {usager, elu} ∪ lille {usager, habitant} = 3 roles (not 2 + 2)
            IndicatorValue v = indicator.compute(d, Scope.programme(), T1);
            assertThat(v.value()).isEqualTo(3.0);
            assertThat(detail(v, "quotes_role_usager")).isEqualTo(3);
        }

        @Test
        void aRoleWrittenInTheFeminineIsTheSameVoice() {
            Dataset d = data.toBuilder().add(quote("lille", "2020-01-11", null, "Élue", true))
                    .add(quote("lille", "2020-01-12", null, "elu", true))
                    .add(quote("lille", "2020-01-13", null, "usagère", true)).build();
            IndicatorValue v = indicator.compute(d, LILLE, T1);
            assertThat(v.value()).isEqualTo(2.0);
            assertThat(detail(v, "quotes_role_elu")).isEqualTo(2);
            assertThat(detail(v, "quotes_role_usager")).isEqualTo(1);
        }
    }

    @Nested
    class ProposalUptakeTest {
        private final Dataset data = Dataset.builder()
                .add(kase("metz", "k1", "2019-10-01", CaseStatus.RETENU))
                .add(kase("metz", "k2", "2019-11-01", CaseStatus.EN_COURS))
                .add(kase("metz", "k3", "2019-12-01", CaseStatus.TERMINE))
                .add(kase("metz", "k4", "2020-01-01", CaseStatus.ABANDONNE))
                .add(kase("metz", "k5", null, CaseStatus.PROPOSE))
                .add(kase("metz", "k6", "2020-01-01", null))                 // no status: left out, noted
                .add(kase("metz", "k7", "2020-05-01", CaseStatus.RETENU))    // starts after T1
                .add(kase("lille", "l1", null, CaseStatus.PROPOSE))
                .add(kase("lille", "l2", "2020-02-01", CaseStatus.RETENU))
                .add(kase("nancy", "n1", null, null))
                .build();

        private final ProposalUptake indicator = new ProposalUptake();

        @Test
        void shareOfCasesTakenOn() {
            IndicatorValue v = indicator.compute(data, METZ, T1);
            // taken: k1, k2, k3 = 3; with a status: k1–k5 = 5 → 0.6
            assertThat(v.value()).isCloseTo(0.6, within(EPS));
            assertThat(v.numerator()).isEqualTo(3.0);
            assertThat(v.denominator()).isEqualTo(5.0);
            assertThat(detail(v, "cases_abandonne")).isEqualTo(1);
            assertThat(detail(v, "cases_propose")).isEqualTo(1);
            assertThat(v.note().fr()).isEqualTo("1 cas sans statut écarté");
        }

        @Test
        void programmeIsTheRatioOfSums() {
            // (3 + 1) / (5 + 2) = 4/7 ≈ 0.571; the mean of ratios would be (0.6 + 0.5) / 2 = 0.55
            assertThat(indicator.compute(data, Scope.programme(), T1).value()).isCloseTo(4.0 / 7, within(EPS));
        }

        @Test
        void anUndatedCaseSaysNothingOfAPeriodBeforeItsCollectivitesFirstDatedCase() {
            // 1999-T1: before metz's first dated case (01/10/2019); k5 (undated, propose) made it « 0 % (n = 1) ».
            IndicatorValue v = indicator.compute(data, METZ, Period.parse("1999-T1"));
            assertThat(v.isComputable()).isFalse();
            assertThat(v.reason().fr()).isEqualTo("aucun cas avec un statut à la fin de la période");
            // from 2019-T4 on it counts: k1, k2, k3 and k5 → 3/4
            assertThat(indicator.compute(data, METZ, Period.parse("2019-T4")).value()).isCloseTo(0.75, within(EPS));
        }

        @Test
        void notComputableWithoutStatus() {
            IndicatorValue v = indicator.compute(data, Scope.of("nancy"), T1);
            assertThat(v.isComputable()).isFalse();
            assertThat(v.reason().fr()).isEqualTo("aucun cas avec un statut à la fin de la période");
        }
    }

    @Nested
    class AgentTimeUseTest {
        private final Dataset data = Dataset.builder()
                .add(person("metz", "a1", Role.AMBASSADEUR, null, Map.of("Jours alloués", "40")))
                .add(person("metz", "a2", Role.AMBASSADEUR, "2020-01-01", Map.of()))
                .add(person("metz", "a3", Role.AMBASSADEUR, "2020-06-01", Map.of()))   // joins after T1
                .add(person("metz", "r1", Role.RESIDENT))
                .add(session("metz", "s1", "2020-01-10", 3, SessionType.SESSION))
                .add(session("metz", "s2", "2020-02-10", 2, SessionType.VISIO))
                .add(session("metz", "s3", "2020-03-10", 2, SessionType.SESSION))
                .add(at("metz", "s1", "a1"))          // whole session: 3
                .add(at("metz", "s3", "a1", 1))       // 1
                .add(at("metz", "s1", "a2", 5))       // capped at the session's 3
                .add(at("metz", "s2", "a2"))          // visio: not counted
                .add(at("metz", "s1", "r1"))          // not an ambassador
                .build();

        private final AgentTimeUse indicator = new AgentTimeUse();

        @Test
        void presentDaysOverAllottedDays() {
            IndicatorValue v = indicator.compute(data, METZ, T1);
            // present: 3 + 1 + 3 = 7; allotted: a1 40 + a2 35 (default) = 75 → 7/75 ≈ 0.0933
            assertThat(v.value()).isCloseTo(7.0 / 75, within(EPS));
            assertThat(v.numerator()).isEqualTo(7.0);
            assertThat(v.denominator()).isEqualTo(75.0);
            assertThat(v.population()).isEqualTo(2);
            assertThat(v.note().fr()).isEqualTo("allocation par défaut de 35 jours pour 1 ambassadeur sans «\u00a0jours_alloues\u00a0»");
        }

        @Test
        void sessionsWithoutAttendanceAreSaidNotCountedAsUnused() {
            Dataset more = data.toBuilder().add(session("metz", "s4", "2020-03-20", 2, SessionType.SESSION)).build();
            IndicatorValue v = indicator.compute(more, METZ, T1);
            assertThat(v.numerator()).isEqualTo(7.0);
            assertThat(v.note().en()).isEqualTo("default allocation of 35 days for 1 ambassador without “jours_alloues”; "
                    + "1 session without recorded attendance: their days are not counted");
        }

        @Test
        void notComputableBeforeAnyAmbassador() {
            IndicatorValue v = indicator.compute(data, Scope.of("lille"), T1);
            assertThat(v.isComputable()).isFalse();
        }

        @Test
        void allocationColumnIsReadLikeAHeader() {
            assertThat(AgentTimeUse.allocation(Map.of("jours_alloues", "37,5"))).isEqualTo(37.5);
            assertThat(AgentTimeUse.allocation(Map.of("JOURS ALLOUES", " 38 "))).isEqualTo(38.0);
            assertThat(AgentTimeUse.allocation(Map.of("jours_alloues", "beaucoup"))).isNull();
            assertThat(AgentTimeUse.allocation(Map.of("jours_alloues", "0"))).isNull();
            assertThat(AgentTimeUse.allocation(Map.of())).isNull();
        }
    }
}
