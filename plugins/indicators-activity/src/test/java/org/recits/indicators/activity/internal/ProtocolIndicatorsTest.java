package org.recits.indicators.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recits.indicators.activity.internal.Fixture.ABSENT;
import static org.recits.indicators.activity.internal.Fixture.LILLE;
import static org.recits.indicators.activity.internal.Fixture.METZ;
import static org.recits.indicators.activity.internal.Fixture.PROGRAMME;
import static org.recits.indicators.activity.internal.Fixture.Q4_2019;
import static org.recits.indicators.activity.internal.Fixture.T1;
import static org.recits.indicators.activity.internal.Fixture.Y2020;
import static org.recits.indicators.activity.internal.Fixture.compute;
import static org.recits.indicators.activity.internal.Fixture.pc;
import static org.recits.indicators.activity.internal.Fixture.s;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Status;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.SessionType;

class ProtocolIndicatorsTest {

    private static final double EPS = 1e-12;

    @Nested
    class InterventionDaysTest {
        private final InterventionDays ind = new InterventionDays();

        @Test
        void metzIsJudgedAgainstTheProratedBand() {
            // ms1 2 + ms2 1 = 3 days (ms3, ms5 are InterTransfos). Programme 01/01–31/12/2020 = 366 days;
            // elapsed on 31/03: 31 + 29 + 31 = 91 days → 91/366 = 24,86 %. Green 30–40 becomes 7,46–9,95: 3 is red.
            IndicatorValue v = compute(ind, METZ, T1);
            double share = 91.0 / 366;
            assertThat(v.value()).isEqualTo(3.0);
            assertThat(v.status()).isEqualTo(Status.RED);
            assertThat(v.target().green()).hasSize(1);
            assertThat(v.target().green().get(0).low()).isCloseTo(30 * share, within(EPS));
            assertThat(v.target().green().get(0).high()).isCloseTo(40 * share, within(EPS));
            assertThat(v.target().text().fr()).isEqualTo("au prorata (24,9\u00a0%)\u00a0: 7,5–9,9 / 5–7,5 ou 9,9–11,2 / sinon");
            assertThat(v.target().text().en()).isEqualTo("prorated (24.9%): 7.5–9.9 / 5–7.5 or 9.9–11.2 / otherwise");
            assertThat(v.note().fr()).contains("prorata").contains("24,9\u00a0%").contains("au 31 mars 2020");
        }

        @Test
        void wholeBandOnceTheProgrammeIsOverOrWhenItsEndIsUnknown() {
            // metz 2020: 2 + 1 + 2 = 5 days; 31/12 is date_fin → whole band → red.
            IndicatorValue metz = compute(ind, METZ, Y2020);
            assertThat(metz.value()).isEqualTo(5.0);
            assertThat(metz.target()).isEqualTo(InterventionDays.BAND);
            // lille: ls0 1 + ls1 1 + ls2 0,5 = 2,5 days, no date_fin → whole band, and the note says why.
            IndicatorValue lille = compute(ind, LILLE, T1);
            assertThat(lille.value()).isEqualTo(2.5);
            assertThat(lille.target()).isEqualTo(InterventionDays.BAND);
            assertThat(lille.note().fr()).contains("date_fin").contains("faute de date_fin connue");
        }

        @Test
        void programmeSumsAndIsNotJudged() {
            // 3 + 2,5 = 5,5.
            IndicatorValue v = compute(ind, PROGRAMME, T1);
            assertThat(v.value()).isEqualTo(5.5);
            assertThat(v.status()).isEqualTo(Status.NONE);
            // a lab's figure is computed as the programme of its rows: the note fits both (issue 22)
            assertThat(v.note().fr()).startsWith("Le total est la somme des collectivités").doesNotContain("rogramme");
            assertThat(v.note().en()).startsWith("The total is the sum over the local authorities").doesNotContain("rogramme");
        }

        @Test
        void upToThePeriodAndNotComputableBeforeAnySession() {
            assertThat(compute(ind, LILLE, Q4_2019).value()).isEqualTo(1.0); // ls0 only
            IndicatorValue metz = compute(ind, METZ, Q4_2019);
            assertThat(metz.isComputable()).isFalse();
            assertThat(metz.reason().en()).isEqualTo("no counted session by then");
        }

        /**
         * nancy runs 01/01/2021–10/04/2021: 31 + 28 + 31 + 10 = 100 days; on 19/02 31 + 19 = 50 days have
         * passed → half: green 15–20, orange 10–15 or 20–22,5.
         */
        @ParameterizedTest(name = "{0} days at half-way → {1}")
        @CsvSource({"15, GREEN", "14.5, ORANGE", "20, GREEN", "20.5, ORANGE", "22.5, ORANGE", "23, RED",
                "10, ORANGE", "9.5, RED"})
        void proratedBandEdges(double days, Status expected) {
            for (String start : new String[] {"2021-01-01", null}) {
                // Without date_debut, the first counted session (01/01) is the start: same result.
                Dataset data = Dataset.builder()
                        .add(new Collectivite("nancy", "Nancy", null, null, Fixture.d(start), LocalDate.of(2021, 4, 10),
                                null, null))
                        .add(s("nancy", "n1", "2021-01-01", days, SessionType.SESSION, false))
                        .build();
                IndicatorValue v = ind.compute(data, Scope.of("nancy"),
                        Period.range(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 19)));
                assertThat(v.status()).as("start %s", start).isEqualTo(expected);
                assertThat(v.target().text().fr()).startsWith("au prorata (50\u00a0%)\u00a0: 15–20 / 10–15 ou 20–22,5");
            }
        }
    }

    @Nested
    class MonthlyRhythmTest {
        private final MonthlyRhythm ind = new MonthlyRhythm();

        @Test
        void perCollectivite() {
            // metz T1: sessions in Jan (ms1) and Feb (ms2); last counted session overall 15/04, so the range stops
            // at 31/03: Jan..Mar = 3 months, 2 with a session → 2/3: orange.
            IndicatorValue metz = compute(ind, METZ, T1);
            assertThat(metz.numerator()).isEqualTo(2.0);
            assertThat(metz.denominator()).isEqualTo(3.0);
            assertThat(metz.status()).isEqualTo(Status.ORANGE);
            assertThat(metz.population()).isNull();
            // metz 2020: range Jan..Apr (last session 15/04 < 31/12) = 4 months; Jan, Feb, Apr → 3/4.
            assertThat(compute(ind, METZ, Y2020).value()).isEqualTo(0.75);
            // lille T1: Dec 2019..Mar 2020 (last session 05/03) = 4 months; Dec, Jan, Mar → 3/4.
            IndicatorValue lille = compute(ind, LILLE, T1);
            assertThat(lille.numerator()).isEqualTo(3.0);
            assertThat(lille.denominator()).isEqualTo(4.0);
        }

        @Test
        void programmeAddsMonths() {
            // (2 + 3) / (3 + 4) = 5/7 = 0,714; the mean of ratios would be (0,667 + 0,75) / 2 = 0,708.
            IndicatorValue v = compute(ind, PROGRAMME, T1);
            assertThat(v.value()).isCloseTo(5.0 / 7, within(EPS));
            assertThat(v.status()).isEqualTo(Status.ORANGE);
        }

        @Test
        void notComputableBeforeTheFirstSession() {
            assertThat(compute(ind, METZ, Q4_2019).reason().fr()).isEqualTo("aucune session comptée à cette date");
            // lille 2019-T4: Dec..Dec = 1 month with a session → 100 %.
            assertThat(compute(ind, LILLE, Q4_2019).value()).isEqualTo(1.0);
        }
    }

    @Nested
    class CasesTest {
        private final CasesCount count = new CasesCount();
        private final SessionsPerCase perCase = new SessionsPerCase();
        private final MethodDiversity methods = new MethodDiversity();

        @Test
        void casesCount() {
            // metz T1: c1 (en-cours, 10/01) yes, c2 (starts 01/04) not yet, c3 abandonné never → 1: red.
            assertThat(compute(count, METZ, T1).value()).isEqualTo(1.0);
            assertThat(compute(count, METZ, T1).status()).isEqualTo(Status.RED);
            // metz 2020: c1, c2 → 2: orange. lille T1: k1 (no status, no date), k2 (terminé 01/02) → 2.
            assertThat(compute(count, METZ, Y2020).status()).isEqualTo(Status.ORANGE);
            assertThat(compute(count, LILLE, T1).value()).isEqualTo(2.0);
            assertThat(compute(count, LILLE, Q4_2019).value()).isEqualTo(1.0); // k1 only
            IndicatorValue all = compute(count, PROGRAMME, T1);
            assertThat(all.value()).isEqualTo(3.0);
            assertThat(all.status()).isEqualTo(Status.NONE);
            assertThat(compute(count, ABSENT, T1).reason().fr()).isEqualTo("aucun cas dans cas.csv");
            // Cases listed but none counted yet is a true zero: metz in 2019 has c1 (2020) and c3 (abandonné).
            assertThat(compute(count, METZ, Q4_2019).value()).isEqualTo(0.0);
        }

        @Test
        void sessionsPerCase() {
            // metz T1: c1 named by ms1 and ms2 → 2 sessions, in 1..4 → 1/1: green.
            IndicatorValue metz = compute(perCase, METZ, T1);
            assertThat(metz.numerator()).isEqualTo(1.0);
            assertThat(metz.denominator()).isEqualTo(1.0);
            assertThat(metz.status()).isEqualTo(Status.GREEN);
            // metz 2020: c1 (ms1, ms2) and c2 (ms2, ms4) → 2/2.
            assertThat(compute(perCase, METZ, Y2020).value()).isEqualTo(1.0);
            // lille T1: k1 named by ls1, ls2 → ok; k2 by none → 1/2: red.
            IndicatorValue lille = compute(perCase, LILLE, T1);
            assertThat(lille.numerator()).isEqualTo(1.0);
            assertThat(lille.denominator()).isEqualTo(2.0);
            assertThat(lille.status()).isEqualTo(Status.RED);
        }

        @Test
        void sessionsPerCaseProgrammeIsRedWhereTheMeanOfRatiosWouldBeOrange() {
            // (1 + 1) / (1 + 2) = 0,667: red; the mean of ratios (1 + 0,5) / 2 = 0,75 would be orange.
            IndicatorValue v = compute(perCase, PROGRAMME, T1);
            assertThat(v.numerator()).isEqualTo(2.0);
            assertThat(v.denominator()).isEqualTo(3.0);
            assertThat(v.status()).isEqualTo(Status.RED);
        }

        @ParameterizedTest(name = "case named by {0} sessions → {1}")
        @CsvSource({"0, 0.0", "1, 1.0", "4, 1.0", "5, 0.0"})
        void oneToFourSessions(int sessions, double expected) {
            Dataset.Builder b = Dataset.builder().add(pc("nancy", "x", CaseStatus.EN_COURS, null, "entretien"));
            for (int i = 1; i <= sessions; i++) {
                b.add(s("nancy", "n" + i, "2020-01-0" + i, 1, SessionType.SESSION, false, "x", "x"));
            }
            IndicatorValue v = perCase.compute(b.build(), Scope.of("nancy"), T1);
            assertThat(v.value()).isEqualTo(expected);
        }

        @Test
        void sessionsPerCaseNotComputableWithoutCountedCase() {
            IndicatorValue v = compute(perCase, METZ, Q4_2019);
            assertThat(v.isComputable()).isFalse();
            assertThat(v.reason().fr()).isEqualTo("aucun cas compté à cette date");
        }

        @Test
        void methodDiversity() {
            // metz T1: c1 → immersion, entretien = 2: red. 2020: + c2 prototypage, "Entretien " (same) → 3.
            assertThat(compute(methods, METZ, T1).value()).isEqualTo(2.0);
            assertThat(compute(methods, METZ, T1).status()).isEqualTo(Status.RED);
            assertThat(compute(methods, METZ, Y2020).value()).isEqualTo(3.0);
            // lille T1: observation; immersion, maquette → 3.
            assertThat(compute(methods, LILLE, T1).value()).isEqualTo(3.0);
            // Programme: the union {immersion, entretien, observation, maquette} = 4, not 2 + 3.
            IndicatorValue all = compute(methods, PROGRAMME, T1);
            assertThat(all.value()).isEqualTo(4.0);
            assertThat(all.status()).isEqualTo(Status.NONE);
            assertThat(compute(methods, METZ, Q4_2019).reason().fr()).isEqualTo("aucun cas compté à cette date");
        }
    }

    @Nested
    class LabWorkStartTest {
        private final LabWorkStart ind = new LabWorkStart();

        @Test
        void rankOfTheFirstLabSession() {
            // metz T1: ms1, ms2 without lab work → n/d, not red yet (2 sessions < 7).
            IndicatorValue t1 = compute(ind, METZ, T1);
            assertThat(t1.isComputable()).isFalse();
            assertThat(t1.status()).isEqualTo(Status.NONE);
            assertThat(t1.reason().fr()).isEqualTo("pas encore de travail labo après 2 sessions");
            // metz 2020: ms1 (1), ms2 (2), ms4 (3, lab) → rank 3: red (too early). lille T1: ls0, ls1, ls2 (lab) → 3.
            assertThat(compute(ind, METZ, Y2020).value()).isEqualTo(3.0);
            assertThat(compute(ind, METZ, Y2020).status()).isEqualTo(Status.RED);
            assertThat(compute(ind, LILLE, T1).value()).isEqualTo(3.0);
            assertThat(compute(ind, METZ, Q4_2019).reason().fr()).isEqualTo("aucune session comptée à cette date");
        }

        @Test
        void programmeIsTheMeanRankOfTheCollectivitesThatStarted() {
            // T1: only lille has started (3) → 3/1; metz counted in the note as not yet started.
            IndicatorValue t1 = compute(ind, PROGRAMME, T1);
            assertThat(t1.numerator()).isEqualTo(3.0);
            assertThat(t1.denominator()).isEqualTo(1.0);
            assertThat(t1.note().fr()).contains("1 sans travail labo");
            // 2020: (3 + 3) / 2 = 3.
            assertThat(compute(ind, PROGRAMME, Y2020).value()).isEqualTo(3.0);
            assertThat(compute(ind, PROGRAMME, Q4_2019).reason().fr())
                    .isEqualTo("aucune collectivité n’a encore commencé le travail labo");
        }

        @Test
        void redWhenNoneBySevenSessionsAndMeanOverSeveralCollectivites() {
            Dataset.Builder b = Dataset.builder();
            sessions(b, "a", 7, 0);   // 7 sessions, no lab work: n/d but red
            sessions(b, "b", 6, 0);   // 6 sessions: n/d, not judged yet
            sessions(b, "c", 8, 5);   // lab work at rank 5: green
            sessions(b, "d", 8, 8);   // rank 8: red
            Dataset data = b.build();
            IndicatorValue a = ind.compute(data, Scope.of("a"), Y2020);
            assertThat(a.isComputable()).isFalse();
            assertThat(a.status()).isEqualTo(Status.RED);
            assertThat(ind.compute(data, Scope.of("b"), Y2020).status()).isEqualTo(Status.NONE);
            assertThat(ind.compute(data, Scope.of("c"), Y2020).status()).isEqualTo(Status.GREEN);
            // Programme: (5 + 8) / 2 = 6,5: red (not in 4–6, not 7); 2 without lab work, 1 of them after 7 sessions.
            IndicatorValue all = ind.compute(data, Scope.programme(), Y2020);
            assertThat(all.value()).isEqualTo(6.5);
            assertThat(all.status()).isEqualTo(Status.RED);
            // « collectivité(s) » was a code in an élu's prose: the number agrees with its noun
            assertThat(all.note().en()).contains("of 2 local authorities;");
            assertThat(all.note().fr()).contains("de 2 collectivités").doesNotContain("(s)").contains("2 sans travail labo à cette date, dont 1 après 7 sessions");
        }

        private static void sessions(Dataset.Builder b, String c, int count, int labAt) {
            for (int i = 1; i <= count; i++) {
                // An InterTransfo with lab work between them must not take a rank.
                b.add(s(c, c + i, String.format("2020-%02d-01", i), 1, SessionType.SESSION, i == labAt));
                b.add(s(c, c + "it" + i, String.format("2020-%02d-02", i), 1, SessionType.INTERTRANSFO, true));
            }
        }
    }

    @Nested
    class IntertransfoIntervalTest {
        private final IntertransfoInterval ind = new IntertransfoInterval();

        @Test
        void longestGapPerCollectivite() {
            // metz T1: 10/06/2019 → 25/02/2020 = 8 whole months (to 10/02) + 15 days of the 29 to 10/03 → 8,517: red.
            IndicatorValue metz = compute(ind, METZ, T1);
            assertThat(metz.value()).isCloseTo(8 + 15.0 / 29, within(EPS));
            assertThat(metz.status()).isEqualTo(Status.RED);
            // Since the last: 25/02 → 31/03 = 1 month (25/03) + 6 of the 31 days to 25/04.
            assertThat(metz.details().get(0).key()).isEqualTo(IntertransfoInterval.SINCE_LAST);
            assertThat(metz.details().get(0).value()).isCloseTo(1 + 6.0 / 31, within(EPS));
            // metz 2020 adds 30/09: 25/02 → 30/09 = 7 + 5/30 = 7,17 < 8,517, so the longest stays.
            assertThat(compute(ind, METZ, Y2020).value()).isCloseTo(8 + 15.0 / 29, within(EPS));
            // lille T1: 10/06/2019 → 10/03/2020 = exactly 9 months.
            assertThat(compute(ind, LILLE, T1).value()).isEqualTo(9.0);
        }

        @Test
        void programmeUsesTheDistinctDatesOfAllCollectivites() {
            // {10/06/2019, 25/02/2020, 10/03/2020}: gaps 8,517 and 25/02 → 10/03 = 14/29 → longest 8,517.
            assertThat(compute(ind, PROGRAMME, T1).value()).isCloseTo(8 + 15.0 / 29, within(EPS));
            // 2019-T4: metz and lille both list 10/06/2019: one event, so still n/d.
            IndicatorValue q4 = compute(ind, PROGRAMME, Q4_2019);
            assertThat(q4.isComputable()).isFalse();
            assertThat(q4.reason().fr()).isEqualTo("moins de deux InterTransfos à cette date (1)");
        }

        @ParameterizedTest(name = "15/01/2020 → {0}: {1}")
        @CsvSource({"2020-07-15, GREEN", "2020-07-16, ORANGE", "2020-09-15, ORANGE", "2020-09-16, RED"})
        void bandEdgesInCalendarMonths(String second, Status expected) {
            // 15/01 → 15/07 = 6 months exactly: green (≤ 6); one more day: 6 + 1/31: orange; 15/09 = 8: orange
            // (6–8 includes 8); 16/09 = 8 + 1/31: red.
            List<org.recits.api.model.Session> events = new ArrayList<>();
            events.add(s("a", "i1", "2020-01-15", 1, SessionType.INTERTRANSFO, false));
            events.add(s("a", "i2", second, 1, SessionType.INTERTRANSFO, false));
            Dataset.Builder b = Dataset.builder();
            events.forEach(b::add);
            assertThat(ind.compute(b.build(), Scope.of("a"), Y2020).status()).isEqualTo(expected);
        }
    }
}
