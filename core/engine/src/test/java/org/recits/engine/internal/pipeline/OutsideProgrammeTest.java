package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.Status;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Collectivite;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.SourceRef;

/** Collectivités outside their programme's dates are neither active nor in the target, for any plugin. */
class OutsideProgrammeTest {

    private static final TargetBand BAND = TargetBand.of(List.of(Interval.closed(18, 22)), List.of(),
            LocalizedText.of("18–22"));
    private static final Period Q1_2021 = Period.quarter(2021, 1);

    private static Collectivite col(String id, String debut, String fin) {
        return new Collectivite(id, "Ville de " + id, "commune", "transfo",
                debut == null ? null : LocalDate.parse(debut), fin == null ? null : LocalDate.parse(fin), Map.of(),
                SourceRef.NONE);
    }

    private static IndicatorDefinition def(Temporality t) {
        return new IndicatorDefinition("T_X", LocalizedText.of("X"), LocalizedText.of("d"), LocalizedText.of("f"),
                Unit.COUNT, Direction.WITHIN_BAND, ValueFamily.PARTICIPATION, t, Aggregation.SUM, BAND, "test");
    }

    private final OutsideProgramme outside = new OutsideProgramme(Dataset.builder()
            .add(col("belrive", "2016-06-14", "2018-02-14"))
            .add(col("futur", "2021-09-01", null))
            .add(col("grenade", "2019-09-10", "2021-05-10"))
            .add(col("finit", "2019-01-01", "2021-01-15"))
            .build());

    @Test
    void anEndedProgrammesStockIsNotAValueNorInTheTarget() {
        IndicatorValue v = outside.apply(def(Temporality.STOCK_AT_END), Scope.of("belrive"), Q1_2021,
                IndicatorValue.of(20, BAND));

        assertThat(BAND.statusOf(20)).isEqualTo(Status.GREEN); // what it said before
        assertThat(v.isComputable()).isFalse();
        assertThat(v.status()).isEqualTo(Status.NONE);
        assertThat(v.reason().fr()).isEqualTo(
                "programme achevé le 14 février 2018\u00a0: collectivité hors de la période, plus comptée parmi les actives");
        assertThat(v.reason().en()).isEqualTo("programme ended on 14 February 2018: outside the period, no longer counted as active");
    }

    @Test
    void aProgrammeNotYetStartedIsNamedAsSuch() {
        IndicatorValue v = outside.apply(def(Temporality.FLOW_IN_PERIOD), Scope.of("futur"), Q1_2021,
                IndicatorValue.of(3, BAND));

        assertThat(v.isComputable()).isFalse();
        assertThat(v.reason().fr()).startsWith("programme pas encore commencé (début le 1er septembre 2021)");
    }

    @Test
    void anEndedProgrammesCumulativeFigureIsKeptButNotJudged() {
        IndicatorValue v = outside.apply(def(Temporality.UP_TO_PERIOD), Scope.of("belrive"), Q1_2021,
                IndicatorValue.of(20, BAND));

        assertThat(v.value()).isEqualTo(20.0);
        assertThat(v.status()).isEqualTo(Status.NONE);
        assertThat(v.note().fr()).isEqualTo(
                "Programme achevé le 14 février 2018\u00a0: cumul rappelé pour mémoire, non jugé au regard de la cible.");
    }

    @Test
    void programmesRunningDuringThePeriodAndTheProgrammeItselfAreLeftAsComputed() {
        IndicatorValue twenty = IndicatorValue.of(20, BAND);
        for (String running : List.of("grenade", "finit", "unknown-to-collectivites")) {
            assertThat(outside.apply(def(Temporality.STOCK_AT_END), Scope.of(running), Q1_2021, twenty))
                    .as(running).isSameAs(twenty);
        }
        assertThat(outside.apply(def(Temporality.STOCK_AT_END), Scope.programme(), Q1_2021, twenty)).isSameAs(twenty);
        // A trend period when Belrive still ran is judged as it was.
        assertThat(outside.apply(def(Temporality.STOCK_AT_END), Scope.of("belrive"), Period.quarter(2017, 4), twenty))
                .isSameAs(twenty);
    }
}
