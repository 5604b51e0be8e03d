package org.recits.indicators.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recits.indicators.activity.internal.Fixture.LILLE;
import static org.recits.indicators.activity.internal.Fixture.METZ;
import static org.recits.indicators.activity.internal.Fixture.PROGRAMME;
import static org.recits.indicators.activity.internal.Fixture.Q3_2019;
import static org.recits.indicators.activity.internal.Fixture.Q4_2019;
import static org.recits.indicators.activity.internal.Fixture.T1;
import static org.recits.indicators.activity.internal.Fixture.T2;
import static org.recits.indicators.activity.internal.Fixture.Y2020;
import static org.recits.indicators.activity.internal.Fixture.compute;
import static org.recits.indicators.activity.internal.Fixture.f;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Status;
import org.recits.api.indicator.Unit;
import org.recits.api.model.FundingType;
import org.recits.api.model.Scope;

class FinanceAndQualityIndicatorsTest {

    private static final double EPS = 1e-12;

    @Nested
    class GroupWeatherTest {
        private final GroupWeather ind = new GroupWeather();

        @Test
        void meanOfTheRowsOfSessionsInThePeriod() {
            // metz T1: ms1 5 + 4, ms2 3, ms3 (an InterTransfo is still a session row) 1 → 13 / 4 = 3,25: orange.
            // ms4 (T2) and the row of the unknown session "fantome" are left out. People: m1, m2 → 2.
            IndicatorValue metz = compute(ind, METZ, T1);
            assertThat(metz.numerator()).isEqualTo(13.0);
            assertThat(metz.denominator()).isEqualTo(4.0);
            assertThat(metz.status()).isEqualTo(Status.ORANGE);
            assertThat(metz.population()).isEqualTo(2);
            // lille T1: 4 (nobody named) + 5 + 5 = 14 / 3 = 4,67: green; people: l1, l2 and the unnamed row → 3.
            IndicatorValue lille = compute(ind, LILLE, T1);
            assertThat(lille.value()).isCloseTo(14.0 / 3, within(EPS));
            assertThat(lille.status()).isEqualTo(Status.GREEN);
            assertThat(lille.population()).isEqualTo(3);
        }

        @Test
        void programmeIsTheMeanOfAllRows() {
            // (13 + 14) / (4 + 3) = 27/7 = 3,857; the mean of the two means (3,25 + 4,667) / 2 = 3,958 differs.
            IndicatorValue v = compute(ind, PROGRAMME, T1);
            assertThat(v.value()).isCloseTo(27.0 / 7, within(EPS)).isNotCloseTo(3.958, within(1e-3));
            assertThat(v.population()).isEqualTo(5);
        }

        @Test
        void flowInThePeriod() {
            // metz T2: ms4 m1 2 → 2: red; 1 person (the engine will suppress it).
            IndicatorValue t2 = compute(ind, METZ, T2);
            assertThat(t2.value()).isEqualTo(2.0);
            assertThat(t2.status()).isEqualTo(Status.RED);
            assertThat(t2.population()).isEqualTo(1);
            assertThat(compute(ind, LILLE, T2).reason().fr()).isEqualTo("aucune météo pour les sessions de la période");
        }
    }

    @Nested
    class FundingSharesTest {
        private final CollectiviteShare coll = new CollectiviteShare();
        private final PartnerShare partners = new PartnerShare();

        @Test
        void metzUpToT1() {
            // Rows by 31/03: Ville de Metz 30 000 (15/01), Fondation A 10 000 (no date) → 30 000 / 40 000 = 75 %:
            // orange (70–80 %). Partners: 10 000 / 40 000 = 25 %, all Fondation A.
            IndicatorValue v = compute(coll, METZ, T1);
            assertThat(v.numerator()).isEqualTo(30000.0);
            assertThat(v.denominator()).isEqualTo(40000.0);
            assertThat(v.status()).isEqualTo(Status.ORANGE);
            assertThat(v.population()).isNull();
            IndicatorValue p = compute(partners, METZ, T1);
            assertThat(p.value()).isEqualTo(0.25);
            assertThat(p.status()).isEqualTo(Status.NONE);
            // a funder is a name from the data: the narrative keeps its capitals
            assertThat(p.details()).containsExactly(new Detail("financeur:Fondation A",
                    org.recits.api.model.LocalizedText.of("Fondation A"), 10000.0, Unit.EUR, true));
        }

        @Test
        void metzUpToTheYearSumsToTheCent() {
            // + État 15 000,50 (01/05) + Ville de Metz 5 000 (01/06): 35 000 / 60 000,50 = 58,33 %: green.
            // Partners 25 000,50: État 15 000,50 first (largest), then Fondation A 10 000.
            IndicatorValue v = compute(coll, METZ, Y2020);
            assertThat(v.denominator()).isEqualTo(60000.5);
            assertThat(v.value()).isCloseTo(35000 / 60000.5, within(EPS));
            assertThat(v.status()).isEqualTo(Status.GREEN);
            IndicatorValue p = compute(partners, METZ, Y2020);
            assertThat(p.numerator()).isEqualTo(25000.5);
            assertThat(p.details()).extracting(Detail::key)
                    .containsExactly("financeur:État – FTAP", "financeur:Fondation A");
            assertThat(p.details()).extracting(Detail::value).containsExactly(15000.5, 10000.0);
        }

        @Test
        void aRowDatedOnTheLastDayCounts() {
            // lille by 31/03: MEL 8 000 (2019) + Fondation A 2 000 (31/03 itself) → 80 %: orange, upper edge
            // of 70–80 % included. Europe FSE (01/04) is not yet counted.
            IndicatorValue v = compute(coll, LILLE, T1);
            assertThat(v.numerator()).isEqualTo(8000.0);
            assertThat(v.denominator()).isEqualTo(10000.0);
            assertThat(v.status()).isEqualTo(Status.ORANGE);
        }

        @Test
        void programmeIsTheRatioOfSumsAndGroupsFundersByName() {
            // (30 000 + 8 000) / (40 000 + 10 000) = 76 %; mean of ratios (75 + 80) / 2 = 77,5 % differs.
            IndicatorValue v = compute(coll, PROGRAMME, T1);
            assertThat(v.value()).isCloseTo(0.76, within(EPS));
            IndicatorValue p = compute(partners, PROGRAMME, T1);
            assertThat(p.value()).isCloseTo(0.24, within(EPS));
            // Fondation A funds both: 10 000 + 2 000 = 12 000 in one line.
            assertThat(p.details()).hasSize(1);
            assertThat(p.details().get(0).value()).isEqualTo(12000.0);
        }

        @Test
        void zeroIsAValueAndNoRowIsNotComputable() {
            // metz by 31/12/2019: only the undated Fondation A row → 0 / 10 000 = 0 %: a real 0, red.
            IndicatorValue zero = compute(coll, METZ, Q4_2019);
            assertThat(zero.value()).isEqualTo(0.0);
            assertThat(zero.status()).isEqualTo(Status.RED);
            assertThat(compute(partners, METZ, Q4_2019).value()).isEqualTo(1.0);
            // lille by 30/09/2019: no row at all → n/d.
            IndicatorValue none = compute(coll, LILLE, Q3_2019);
            assertThat(none.isComputable()).isFalse();
            assertThat(none.reason().fr()).isEqualTo("aucun financement à cette date");
            assertThat(compute(partners, LILLE, Q3_2019).reason().en()).isEqualTo("no funding by then");
        }

        @Test
        void amountsAreSummedExactly() {
            // 0,10 + 0,20 in doubles is 0,30000000000000004; summed as decimals it is 0,30, so the share is 50 %.
            Dataset data = Dataset.builder()
                    .add(f("a", "Ville", FundingType.COLLECTIVITE, "0.10", null))
                    .add(f("a", "Ville", FundingType.COLLECTIVITE, "0.20", null))
                    .add(f("a", "Banque", FundingType.PARTENAIRE, "0.30", null))
                    .build();
            IndicatorValue v = coll.compute(data, Scope.of("a"), T1);
            assertThat(v.numerator()).isEqualTo(0.3);
            assertThat(v.value()).isEqualTo(0.5);
        }
    }

    @Nested
    class CostPerTrainedDayTest {
        private final CostPerTrainedDay ind = new CostPerTrainedDay();

        @Test
        void perCollectivite() {
            // metz by 31/03: 40 000 € ÷ present days of ambassadors at ms1, ms2:
            // m1 2 + m2 1,5 + m1 min(3, 1) + m3 1 + m2 1 (an ambassador, even after leaving) = 6,5 → 6 153,85 €/day.
            // m4 (referent) and ms3 (InterTransfo) are left out.
            IndicatorValue metz = compute(ind, METZ, T1);
            assertThat(metz.numerator()).isEqualTo(40000.0);
            assertThat(metz.denominator()).isEqualTo(6.5);
            assertThat(metz.status()).isEqualTo(Status.NONE);
            assertThat(metz.population()).isNull();
            // lille: 10 000 € ÷ (ls0 1 + 1, ls1 1 + 0,5, ls2 0,5 + 0,5 = 4,5) = 2 222,22.
            IndicatorValue lille = compute(ind, LILLE, T1);
            assertThat(lille.denominator()).isEqualTo(4.5);
            assertThat(lille.value()).isCloseTo(10000 / 4.5, within(1e-9));
            // metz 2020: 60 000,50 ÷ (6,5 + ms4 m1 2 + m3 1 = 9,5).
            assertThat(compute(ind, METZ, Y2020).value()).isCloseTo(60000.5 / 9.5, within(1e-9));
        }

        @Test
        void aSessionWithNoAttendanceRowIsSaidToOverstateTheCost() {
            // ms7 (25/03) has no attendance row: its days are unknown, not zero; the figure stays 40 000 ÷ 6,5
            // (money cannot be split by session) and the note says it is overstated.
            IndicatorValue v = ind.compute(Fixture.WITH_UNRECORDED_MS7, METZ, T1);
            assertThat(v.denominator()).isEqualTo(6.5);
            assertThat(v.note().en()).isEqualTo(
                    "1 session without recorded attendance: their days are not counted, the cost per day is overstated");
            assertThat(compute(ind, METZ, T1).note()).isNull();
        }

        @Test
        void programmeIsTheRatioOfSums() {
            // 50 000 ÷ 11 = 4 545,45; the mean of ratios (6 153,85 + 2 222,22) / 2 = 4 188,03 differs.
            IndicatorValue v = compute(ind, PROGRAMME, T1);
            assertThat(v.numerator()).isEqualTo(50000.0);
            assertThat(v.denominator()).isEqualTo(11.0);
        }

        @Test
        void notComputable() {
            // metz by 31/12/2019: 10 000 € but no attendance day yet.
            assertThat(compute(ind, METZ, Q4_2019).reason().fr())
                    .isEqualTo("aucune journée de présence d’ambassadeur à cette date");
            // lille by 31/12/2019: 8 000 € ÷ 2 days (ls0) = 4 000.
            assertThat(compute(ind, LILLE, Q4_2019).value()).isEqualTo(4000.0);
            // lille by 30/09/2019: no funding.
            assertThat(compute(ind, LILLE, Q3_2019).reason().fr()).isEqualTo("aucun financement à cette date");
        }
    }
}
