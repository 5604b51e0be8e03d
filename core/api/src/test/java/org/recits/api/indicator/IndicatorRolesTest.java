package org.recits.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;

class IndicatorRolesTest {

    private static IndicatorDefinition definition() {
        return new IndicatorDefinition("EX_X", LocalizedText.of("X"), LocalizedText.of("d"), LocalizedText.of("f"),
                Unit.COUNT, Direction.NEUTRAL, ValueFamily.PROTOCOLE, Temporality.FLOW_IN_PERIOD, Aggregation.SUM,
                null, null);
    }

    @Test
    void aDefinitionWrittenBeforeRolesHasNone() {
        IndicatorRoles roles = definition().roles();
        assertThat(roles).isEqualTo(IndicatorRoles.NONE);
        assertThat(roles.isHeadline()).isFalse();
        assertThat(roles.isKeyFigure()).isFalse();
        assertThat(roles.chart()).isEqualTo(ChartRole.NONE);
        assertThat(roles.planned()).isNull();
        assertThat(roles.theme()).isEqualTo(Theme.FAMILY);
    }

    @Test
    void nullRolesMeanNone() {
        IndicatorDefinition d = definition();
        IndicatorDefinition withNull = new IndicatorDefinition(d.code(), d.label(), d.description(), d.formula(),
                d.unit(), d.direction(), d.family(), d.temporality(), d.aggregation(), d.target(), d.source(), null);
        assertThat(withNull).isEqualTo(d);
        assertThat(new IndicatorRoles(0, 0, null, null, null)).isEqualTo(IndicatorRoles.NONE);
    }

    @Test
    void withRolesChangesTheRolesOnly() {
        IndicatorDefinition d = definition();
        IndicatorDefinition headline = d.withRoles(IndicatorRoles.NONE.withHeadline(3));
        assertThat(headline.roles().headline()).isEqualTo(3);
        assertThat(headline.roles().isHeadline()).isTrue();
        assertThat(headline.withRoles(IndicatorRoles.NONE)).isEqualTo(d);
        assertThat(d.roles()).isEqualTo(IndicatorRoles.NONE);
    }

    @Test
    void withersKeepTheOtherRoles() {
        Planned planned = new Planned(35, LocalizedText.of("protocole : 35 jours", "protocol: 35 days"));
        ChartRole chart = ChartRole.of(ChartKind.BARS_AGAINST_PLANNED, "jours-intervention", null);
        IndicatorRoles roles = IndicatorRoles.NONE.withHeadline(4).withKeyFigure(2).withChart(chart)
                .withPlanned(planned).withTheme(Theme.GROUP);
        assertThat(roles).isEqualTo(new IndicatorRoles(4, 2, chart, planned, Theme.GROUP));
    }

    @Test
    void aRankIsNeverNegative() {
        assertThatThrownBy(() -> IndicatorRoles.NONE.withHeadline(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndicatorRoles.NONE.withKeyFigure(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
