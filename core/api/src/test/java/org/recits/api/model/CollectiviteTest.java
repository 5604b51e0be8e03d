package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectiviteTest {

    private static Collectivite running(String from, String to) {
        return new Collectivite("metz", "Metz", "commune", "p1", from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), Map.of(), null);
    }

    @Test
    void idAndNameAreRequired() {
        assertThatThrownBy(() -> new Collectivite(null, "Metz", null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> new Collectivite("metz", null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("nom");
    }

    @Test
    void aMissingSourceIsNoneAndMissingAttributesAreEmpty() {
        Collectivite c = new Collectivite("metz", "Metz", null, null, null, null, null, null);
        assertThat(c.source()).isSameAs(SourceRef.NONE);
        assertThat(c.attributes()).isEmpty();
    }

    @Test
    void attributesAreCopiedInTheirColumnsOrderAndCannotChange() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("zone", "est");
        given.put("agents", "1200");
        given.put("budget", "x");
        Collectivite c = new Collectivite("metz", "Metz", null, null, null, null, given, null);
        given.put("late", "added");
        assertThat(c.attributes()).containsExactly(Map.entry("zone", "est"), Map.entry("agents", "1200"),
                Map.entry("budget", "x"));
        assertThatThrownBy(() -> c.attributes().put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void runsDuringAPeriodItOverlapsEvenByOneDay() {
        Period q1 = Period.quarter(2020, 1);
        assertThat(running("2020-03-31", null).runsDuring(q1)).isTrue();
        assertThat(running(null, "2020-01-01").runsDuring(q1)).isTrue();
        assertThat(running("2020-04-01", null).runsDuring(q1)).isFalse();
        assertThat(running(null, "2019-12-31").runsDuring(q1)).isFalse();
        assertThat(running("2019-01-01", "2021-01-01").runsDuring(q1)).isTrue();
    }

    @Test
    void unknownDatesDoNotRuleAPeriodOut() {
        assertThat(running(null, null).runsDuring(Period.year(1990))).isTrue();
    }
}
