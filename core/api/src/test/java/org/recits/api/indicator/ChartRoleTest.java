package org.recits.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;

class ChartRoleTest {

    @Test
    void aChartNeedsAnIdExceptTheValuesOrNone() {
        assertThat(ChartRole.values().id()).isNull();
        assertThat(ChartRole.values().kind()).isEqualTo(ChartKind.VALUES);
        assertThat(ChartRole.NONE.id()).isNull();
        assertThat(ChartRole.NONE.title()).isNull();
        for (ChartKind kind : new ChartKind[] {ChartKind.BARS, ChartKind.BARS_AGAINST_PLANNED, ChartKind.LINES,
            ChartKind.SHARE}) {
            assertThatThrownBy(() -> ChartRole.of(kind, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(kind.name());
        }
        assertThatThrownBy(() -> ChartRole.of(null, "x", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aChartIdIsAFileName() {
        assertThat(ChartRole.of(ChartKind.BARS, "cas-methodes", null).id()).isEqualTo("cas-methodes");
        assertThat(ChartRole.of(ChartKind.BARS, "t2", null).id()).isEqualTo("t2");
        for (String bad : new String[] {"Cas", "cas methodes", "../x", "-x", "x-", "a--b", "é", ""}) {
            assertThatThrownBy(() -> ChartRole.of(ChartKind.BARS, bad, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void evenAValuesOrNoneChartWithAnIdMustNameAFile() {
        // an id is optional for these kinds, but one given is checked like any other
        assertThat(ChartRole.of(ChartKind.VALUES, "scores", null).id()).isEqualTo("scores");
        assertThatThrownBy(() -> ChartRole.of(ChartKind.NONE, "Scores", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTitleIsKeptAsWrittenWithItsPeriodPlaceholder() {
        LocalizedText title = LocalizedText.of("Jours d’intervention, {0}", "Intervention days, {0}");
        assertThat(ChartRole.of(ChartKind.BARS_AGAINST_PLANNED, "jours-intervention", title).title())
                .isSameAs(title);
    }
}
