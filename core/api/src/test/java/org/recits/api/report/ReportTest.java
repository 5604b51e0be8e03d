package org.recits.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;

class ReportTest {

    private static final Period Q1 = Period.quarter(2021, 1);
    private static final Dataset EMPTY = Dataset.builder().build();

    private static Quote quote(boolean consent) {
        return new Quote("metz", "On se parle enfin.", null, null, null, "agent", null, consent, null, null);
    }

    private static IndicatorResult result(String code, Scope scope) {
        LocalizedText t = LocalizedText.of(code);
        IndicatorDefinition d = new IndicatorDefinition(code, t, t, t, Unit.COUNT, Direction.NEUTRAL,
                ValueFamily.PROTOCOLE, Temporality.FLOW_IN_PERIOD, Aggregation.SUM, null, null);
        return new IndicatorResult(d, "org.example 1.0.0", scope,
                new Observation(Q1, IndicatorValue.of(1, TargetBand.NONE), false), List.of());
    }

    private static Report report(List<IndicatorResult> results, List<Quote> quotes) {
        return new Report(Q1, List.of(Period.quarter(2020, 4)), List.of(Scope.programme(), Scope.of("metz")),
                Locale.FRENCH, Q1.end(), results, EMPTY, quotes, List.of(), List.of(), 5);
    }

    @Test
    void aQuoteWithoutConsentNeverReachesARenderer() {
        assertThatThrownBy(() -> report(List.of(), List.of(quote(true), quote(false))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consent");
        assertThat(report(List.of(), List.of(quote(true))).quotes()).hasSize(1);
    }

    @Test
    void periodLocaleDateAndDataAreRequired() {
        assertThatThrownBy(() -> new Report(null, List.of(), List.of(), Locale.FRENCH, Q1.end(), List.of(), EMPTY,
                List.of(), List.of(), List.of(), 5)).hasMessage("period");
        assertThatThrownBy(() -> new Report(Q1, List.of(), List.of(), null, Q1.end(), List.of(), EMPTY, List.of(),
                List.of(), List.of(), 5)).hasMessage("locale");
        assertThatThrownBy(() -> new Report(Q1, List.of(), List.of(), Locale.FRENCH, null, List.of(), EMPTY,
                List.of(), List.of(), List.of(), 5)).hasMessage("generatedOn");
        assertThatThrownBy(() -> new Report(Q1, List.of(), List.of(), Locale.FRENCH, Q1.end(), List.of(), null,
                List.of(), List.of(), List.of(), 5)).hasMessage("data");
    }

    @Test
    void theListsAreCopiedAndCannotChange() {
        List<IndicatorResult> results = new ArrayList<>(List.of(result("A", Scope.programme())));
        Report r = report(results, List.of());
        results.add(result("B", Scope.programme()));
        assertThat(r.results()).hasSize(1);
        assertThatThrownBy(() -> r.scopes().add(Scope.of("nancy"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void resultsOfAScopeKeepTheReportsOrder() {
        IndicatorResult a = result("A", Scope.programme());
        IndicatorResult b = result("B", Scope.of("metz"));
        IndicatorResult c = result("C", Scope.programme());
        Report r = report(List.of(a, b, c), List.of());
        assertThat(r.results(Scope.programme())).containsExactly(a, c);
        assertThat(r.results(Scope.of("metz"))).containsExactly(b);
        assertThat(r.results(Scope.of("nancy"))).isEmpty();
    }
}
