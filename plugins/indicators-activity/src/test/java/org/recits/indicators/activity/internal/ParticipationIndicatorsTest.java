package org.recits.indicators.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recits.indicators.activity.internal.Fixture.ABSENT;
import static org.recits.indicators.activity.internal.Fixture.LILLE;
import static org.recits.indicators.activity.internal.Fixture.METZ;
import static org.recits.indicators.activity.internal.Fixture.PROGRAMME;
import static org.recits.indicators.activity.internal.Fixture.Q4_2019;
import static org.recits.indicators.activity.internal.Fixture.T1;
import static org.recits.indicators.activity.internal.Fixture.T2;
import static org.recits.indicators.activity.internal.Fixture.Y2020;
import static org.recits.indicators.activity.internal.Fixture.compute;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Status;
import org.recits.api.model.Period;

class ParticipationIndicatorsTest {

    private static final double EPS = 1e-12;

    private static Detail detail(IndicatorValue v, String key) {
        return v.details().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    @Nested
    class ActiveAmbassadorsTest {
        private final ActiveAmbassadors ind = new ActiveAmbassadors();

        @Test
        void countsThoseActiveOnTheLastDay() {
            // metz on 31/03: m1 yes, m2 no (left 15/02), m3 yes (entered 01/02), m4 is a referent → 2: red (18–22).
            IndicatorValue metz = compute(ind, METZ, T1);
            assertThat(metz.value()).isEqualTo(2.0);
            assertThat(metz.status()).isEqualTo(Status.RED);
            assertThat(metz.population()).isNull(); // a count of people, not a rate: never suppressed
            // lille on 31/03: l1, l2; l3 leaves on 31/03 itself (sortie must be > d) → 2.
            assertThat(compute(ind, LILLE, T1).value()).isEqualTo(2.0);
        }

        @Test
        void exitOnTheDayAndEntryAfterItAreTheBoundaries() {
            // lille on 30/03: l3 still there → 3.
            assertThat(compute(ind, LILLE, Period.range(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 30))).value())
                    .isEqualTo(3.0);
            // metz on 14/02: m1, m2 (leaves 15/02), m3 (entered 01/02) → 3; on 31/01: m1, m2 → 2.
            assertThat(compute(ind, METZ, Period.range(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 14))).value())
                    .isEqualTo(3.0);
            assertThat(compute(ind, METZ, Period.month(2020, 1)).value()).isEqualTo(2.0);
        }

        @Test
        void programmeIsTheSumAndIsNotJudgedAgainstAGroupsBand() {
            // 2 + 2 = 4; the band 18–22 is per group, so no status for the total.
            IndicatorValue all = compute(ind, PROGRAMME, T1);
            assertThat(all.value()).isEqualTo(4.0);
            assertThat(all.status()).isEqualTo(Status.NONE);
            assertThat(all.target().text().fr()).contains("par collectivité");
            assertThat(all.note()).isNotNull();
        }

        @Test
        void aPeriodBeforeEveryProgrammeSaysNoneIsActiveYetNotThatNoneIsListed() {
            // participants.csv lists m1–m3, but metz's programme starts on 01/01/2020: none active on 31/03/1999.
            org.recits.api.data.Dataset data = org.recits.api.data.Dataset.builder()
                    .add(Fixture.DATA.collectivites().get(0))
                    .add(Fixture.amb("metz", "m1", null, null, null, null))
                    .build();
            IndicatorValue v = ind.compute(data, PROGRAMME, Period.parse("1999-T1"));
            assertThat(v.isComputable()).isFalse();
            assertThat(v.reason().en()).isEqualTo("no active ambassador on 31 March 1999: no local authority has its programme running then");
        }

        @Test
        void noAmbassadorAtAllIsNotComputable() {
            IndicatorValue v = compute(ind, ABSENT, T1);
            assertThat(v.isComputable()).isFalse();
            assertThat(v.reason().fr()).isEqualTo("aucun ambassadeur dans participants.csv");
            assertThat(v.reason().en()).isEqualTo("no ambassador in participants.csv");
        }
    }

    @Nested
    class AttendanceRateTest {
        private final AttendanceRate ind = new AttendanceRate();

        @Test
        void metzInT1() {
            // Sessions in T1: ms1 (10/01, 2 d), ms2 (20/02, 1 d); ms3 is an InterTransfo.
            // Denominator: ms1 active m1, m2 → 2 × 2 = 4; ms2 active m1, m3 → 2 × 1 = 2; total 6.
            // Numerator: ms1 m1 2 + m2 1,5; ms2 m1 min(3, 1) = 1 + m3 1; m2 (left) and m4 (referent) out → 5,5.
            // 5,5 / 6 = 0,9167: green. People: m1, m2, m3 → 3.
            IndicatorValue v = compute(ind, METZ, T1);
            assertThat(v.numerator()).isEqualTo(5.5);
            assertThat(v.denominator()).isEqualTo(6.0);
            assertThat(v.value()).isCloseTo(5.5 / 6, within(EPS));
            assertThat(v.status()).isEqualTo(Status.GREEN);
            assertThat(v.population()).isEqualTo(3);
        }

        @Test
        void lilleInT1() {
            // ls1 (20/01, 1 d): l1, l2, l3 active → 3; ls2 (05/03, 0,5 d): 3 × 0,5 = 1,5; denominator 4,5.
            // Numerator: ls1 l1 1 + l2 0,5; ls2 l1 0,5 + l3 0,5 → 2,5. 2,5 / 4,5 = 0,556: red. ls0 (12/2019) not in P.
            IndicatorValue v = compute(ind, LILLE, T1);
            assertThat(v.numerator()).isEqualTo(2.5);
            assertThat(v.denominator()).isEqualTo(4.5);
            assertThat(v.status()).isEqualTo(Status.RED);
            assertThat(v.population()).isEqualTo(3);
        }

        @Test
        void programmeIsTheRatioOfSumsNotTheMeanOfRatios() {
            // (5,5 + 2,5) / (6 + 4,5) = 8 / 10,5 = 0,7619; the mean of ratios would be (0,9167 + 0,5556) / 2 = 0,7361.
            IndicatorValue v = compute(ind, PROGRAMME, T1);
            assertThat(v.numerator()).isEqualTo(8.0);
            assertThat(v.denominator()).isEqualTo(10.5);
            assertThat(v.value()).isCloseTo(8 / 10.5, within(EPS)).isNotCloseTo(0.7361, within(1e-3));
            assertThat(v.status()).isEqualTo(Status.ORANGE);
            assertThat(v.population()).isEqualTo(6);
        }

        @Test
        void onlyTheSessionsStartingInThePeriodCount() {
            // T2: ms4 (15/04, 2 d): m1, m3 active → 4; present m1 2 + m3 1 = 3 → 0,75 orange, 2 people.
            IndicatorValue t2 = compute(ind, METZ, T2);
            assertThat(t2.numerator()).isEqualTo(3.0);
            assertThat(t2.denominator()).isEqualTo(4.0);
            assertThat(t2.status()).isEqualTo(Status.ORANGE);
            assertThat(t2.population()).isEqualTo(2);
            // 2020: ms1, ms2, ms4 → (5,5 + 3) / (6 + 4) = 0,85.
            assertThat(compute(ind, METZ, Y2020).value()).isCloseTo(0.85, within(EPS));
        }

        @Test
        void aPersonListedTwiceForOneSessionIsCappedOnTheTotal() {
            // One 1-day session, one ambassador listed twice (0,5 then 0,75): 1,25 capped at 1 → 1 / 1.
            // A second 2-day session with two rows of 0,5 → 1 of 2 days. Rate (1 + 1) / (1 + 2) = 2/3.
            org.recits.api.data.Dataset data = org.recits.api.data.Dataset.builder()
                    .add(Fixture.amb("a", "p", null, null, null, null))
                    .add(Fixture.s("a", "s1", "2020-01-10", 1, null, false))
                    .add(Fixture.s("a", "s2", "2020-02-10", 2, null, false))
                    .add(Fixture.att("a", "s1", "p", 0.5))
                    .add(Fixture.att("a", "s1", "p", 0.75))
                    .add(Fixture.att("a", "s2", "p", 0.5))
                    .add(Fixture.att("a", "s2", "p", 0.5))
                    .build();
            IndicatorValue v = ind.compute(data, org.recits.api.model.Scope.of("a"), T1);
            assertThat(v.numerator()).isEqualTo(2.0);
            assertThat(v.denominator()).isEqualTo(3.0);
            assertThat(v.population()).isEqualTo(1);
        }

        @Test
        void aSessionWithNoAttendanceRowIsLeftOutAndSaid() {
            // metz in T1 plus ms7 (25/03, 3 d) with no attendance row: before, 3 days × (m1, m3) = 6 more
            // possible days and 0 present made 5,5 / 12 (red). Its attendance was not entered: 5,5 / 6 stays.
            IndicatorValue v = ind.compute(Fixture.WITH_UNRECORDED_MS7, METZ, T1);
            assertThat(v.numerator()).isEqualTo(5.5);
            assertThat(v.denominator()).isEqualTo(6.0);
            assertThat(v.status()).isEqualTo(Status.GREEN);
            assertThat(v.note().fr()).isEqualTo("1 session sans présence saisie, écartée");
            assertThat(v.note().en()).isEqualTo("1 session without recorded attendance, left out");
            assertThat(detail(v, Detail.SAMPLE_SIZE).value()).isEqualTo(2.0);
            // the programme leaves it out too: (5,5 + 2,5) / (6 + 4,5)
            assertThat(ind.compute(Fixture.WITH_UNRECORDED_MS7, PROGRAMME, T1).value()).isCloseTo(8 / 10.5, within(EPS));
        }

        @Test
        void noSessionWithAttendanceIsNotComputableWithThatReason() {
            org.recits.api.data.Dataset data = org.recits.api.data.Dataset.builder()
                    .add(Fixture.amb("a", "p", null, null, null, null))
                    .add(Fixture.s("a", "s1", "2020-01-10", 1, null, false))
                    .add(Fixture.s("a", "s2", "2020-02-10", 2, null, false))
                    .build();
            IndicatorValue v = ind.compute(data, org.recits.api.model.Scope.of("a"), T1);
            assertThat(v.isComputable()).isFalse();
            assertThat(v.reason().en()).isEqualTo("2 counted sessions in the period, none with attendance recorded in presences.csv");
        }

        @Test
        void noSessionInThePeriodIsNotComputable() {
            IndicatorValue v = compute(ind, LILLE, T2);
            assertThat(v.isComputable()).isFalse();
            assertThat(v.reason().fr()).isEqualTo("aucune session comptée dans la période");
            assertThat(compute(ind, METZ, Q4_2019).isComputable()).isFalse();
        }
    }

    @Nested
    class RetentionRateTest {
        private final RetentionRate ind = new RetentionRate();

        @Test
        void perCollectivite() {
            // metz: first counted session ms1 (10/01): m1, m2 active → 2; on 31/03 only m1 of them → 1/2: red.
            IndicatorValue metz = compute(ind, METZ, T1);
            assertThat(metz.numerator()).isEqualTo(1.0);
            assertThat(metz.denominator()).isEqualTo(2.0);
            assertThat(metz.status()).isEqualTo(Status.RED);
            assertThat(metz.population()).isEqualTo(2);
            // lille: first counted session ls0 (05/12/2019): l1, l2, l3 → 3; on 31/03 l1, l2 → 2/3: orange.
            IndicatorValue lille = compute(ind, LILLE, T1);
            assertThat(lille.numerator()).isEqualTo(2.0);
            assertThat(lille.denominator()).isEqualTo(3.0);
            assertThat(lille.status()).isEqualTo(Status.ORANGE);
        }

        @Test
        void programmeRatioOfSumsIsOrangeWhereTheMeanOfRatiosWouldBeRed() {
            // (1 + 2) / (2 + 3) = 0,6: exactly the orange edge; the mean of ratios (0,5 + 0,667) / 2 = 0,583 is red.
            IndicatorValue v = compute(ind, PROGRAMME, T1);
            assertThat(v.value()).isCloseTo(0.6, within(EPS));
            assertThat(v.status()).isEqualTo(Status.ORANGE);
            assertThat(v.population()).isEqualTo(5);
        }

        @Test
        void upToThePeriodAndNotComputableBeforeTheFirstSession() {
            // 2019-T4: metz has no counted session by 31/12/2019 (ms5 is an InterTransfo) → n/d;
            // lille: ls0 (05/12) l1, l2, l3, all still there on 31/12 → 3/3; programme = lille's 3/3.
            IndicatorValue metz = compute(ind, METZ, Q4_2019);
            assertThat(metz.isComputable()).isFalse();
            assertThat(metz.reason().fr()).isEqualTo("aucune session comptée à cette date");
            assertThat(compute(ind, LILLE, Q4_2019).value()).isEqualTo(1.0);
            IndicatorValue all = compute(ind, PROGRAMME, Q4_2019);
            assertThat(all.numerator()).isEqualTo(3.0);
            assertThat(all.denominator()).isEqualTo(3.0);
        }
    }

    @Nested
    class GroupDiversityTest {
        private final GroupDiversity ind = new GroupDiversity();

        @Test
        void metzOnTheLastDay() {
            // Active on 31/03: m1 (Sports, A), m3 (Culture, C) → 2 directions: red (< 6).
            // Largest direction 1 of 2 = 50 %; categories B or C: m3 → 1 of 2 = 50 %.
            IndicatorValue v = compute(ind, METZ, T1);
            assertThat(v.value()).isEqualTo(2.0);
            assertThat(v.status()).isEqualTo(Status.RED);
            assertThat(v.population()).isEqualTo(2);
            assertThat(detail(v, GroupDiversity.LARGEST).value()).isEqualTo(0.5);
            assertThat(detail(v, GroupDiversity.CATEGORIES_B_C).value()).isEqualTo(0.5);
        }

        @Test
        void whileM2IsStillThere() {
            // 14/02: m1 Sports A, m2 Sports B, m3 Culture C → 2 directions; Sports 2 of 3; B or C 2 of 3.
            IndicatorValue v = compute(ind, METZ, Period.range(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 14)));
            assertThat(v.value()).isEqualTo(2.0);
            assertThat(detail(v, GroupDiversity.LARGEST).value()).isCloseTo(2.0 / 3, within(EPS));
            assertThat(detail(v, GroupDiversity.CATEGORIES_B_C).value()).isCloseTo(2.0 / 3, within(EPS));
        }

        @Test
        void anEmptyDirectionIsNotOne() {
            // lille on 31/03: l1 (Social, B), l2 (no direction, contractuel) → 1 direction;
            // largest: 1 of the 1 ambassador whose direction is known = 100 %; B or C: 1 of 2 = 50 %.
            IndicatorValue v = compute(ind, LILLE, T1);
            assertThat(v.value()).isEqualTo(1.0);
            assertThat(v.population()).isEqualTo(2);
            assertThat(detail(v, GroupDiversity.LARGEST).value()).isEqualTo(1.0);
            assertThat(detail(v, GroupDiversity.CATEGORIES_B_C).value()).isEqualTo(0.5);
        }

        @Test
        void programmeAddsTheCollectivitesDirections() {
            // (metz, Sports), (metz, Culture), (lille, Social) → 3; largest 1 of 3; B or C (m3, l1) 2 of 4.
            IndicatorValue v = compute(ind, PROGRAMME, T1);
            assertThat(v.value()).isEqualTo(3.0);
            assertThat(v.status()).isEqualTo(Status.NONE);
            assertThat(v.population()).isEqualTo(4);
            assertThat(detail(v, GroupDiversity.LARGEST).value()).isCloseTo(1.0 / 3, within(EPS));
            assertThat(detail(v, GroupDiversity.CATEGORIES_B_C).value()).isEqualTo(0.5);
        }

        @Test
        void noActiveAmbassadorIsNotComputable() {
            IndicatorValue v = compute(ind, ABSENT, T1);
            assertThat(v.isComputable()).isFalse();
            assertThat(v.reason().fr()).isEqualTo("aucun ambassadeur actif à la fin de la période");
        }
    }
}
