package org.recits.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/** The defaults an indicator plugin inherits. */
class IndicatorTest {

    /** Gives the n-th call the value n, and remembers the scope and period of each call in order. */
    private static final class Recording implements Indicator {
        final List<String> calls = new ArrayList<>();

        @Override
        public IndicatorDefinition definition() {
            throw new UnsupportedOperationException("not read by the defaults");
        }

        @Override
        public IndicatorValue compute(Dataset data, Scope scope, Period period) {
            calls.add(scope + " " + period);
            return IndicatorValue.of(calls.size(), TargetBand.NONE);
        }
    }

    @Test
    void computeAllComputesEachPairScopeByScopeInTheGivenOrder() {
        Recording indicator = new Recording();
        List<Scope> scopes = List.of(Scope.programme(), Scope.of("metz"));
        List<Period> periods = List.of(Period.quarter(2021, 1), Period.quarter(2020, 4), Period.year(2020));
        List<List<IndicatorValue>> values = indicator.computeAll(Dataset.builder().build(), scopes, periods);

        assertThat(values).hasSize(2);
        assertThat(values).allSatisfy(row -> assertThat(row).hasSize(3));
        List<String> expected = new ArrayList<>();
        for (Scope s : scopes) {
            for (Period p : periods) {
                expected.add(s + " " + p);
            }
        }
        assertThat(indicator.calls).isEqualTo(expected);
        // value n is the n-th call: row by scope, column by period
        assertThat(values.get(1).get(0).value()).isEqualTo(4.0);
        assertThat(values.get(0).get(2).value()).isEqualTo(3.0);
    }

    @Test
    void computeAllOfNoScopeOrNoPeriodComputesNothing() {
        Recording indicator = new Recording();
        Dataset empty = Dataset.builder().build();
        assertThat(indicator.computeAll(empty, List.of(), List.of(Period.year(2020)))).isEmpty();
        assertThat(indicator.computeAll(empty, List.of(Scope.programme()), List.of()))
                .containsExactly(List.of());
        assertThat(indicator.calls).isEmpty();
    }

    @Test
    void anIndicatorSaysNothingInWordsUnlessItChooses() {
        IndicatorValue v = IndicatorValue.of(3, TargetBand.NONE);
        List<LocalizedText> sentences = new Recording().sentences(Scope.programme(), Period.year(2020), v, null);
        assertThat(sentences).isEmpty();
    }

    @Test
    void theNamedSentencesDefaultToTheUnnamedOnes() {
        IndicatorValue v = IndicatorValue.of(3, TargetBand.NONE);
        Indicator says = new Indicator() {
            @Override
            public IndicatorDefinition definition() {
                throw new UnsupportedOperationException("not read by the defaults");
            }

            @Override
            public IndicatorValue compute(Dataset data, Scope scope, Period period) {
                throw new UnsupportedOperationException("not read by the defaults");
            }

            @Override
            public List<LocalizedText> sentences(Scope scope, Period period, IndicatorValue current,
                    IndicatorValue previous) {
                return List.of(LocalizedText.of(scope.id()));
            }
        };
        assertThat(says.sentences(Scope.of("metz"), "Ville de Metz", Period.year(2020), v, null))
                .containsExactly(LocalizedText.of("metz"));
    }
}
