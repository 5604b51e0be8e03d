package org.recits.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;

class IndicatorDefinitionTest {

    private static final LocalizedText TEXT = LocalizedText.of("x");

    private static IndicatorDefinition definition(TargetBand target, String source) {
        return new IndicatorDefinition("EX_X", TEXT, TEXT, TEXT, Unit.COUNT, Direction.NEUTRAL, ValueFamily.PROTOCOLE,
                Temporality.FLOW_IN_PERIOD, Aggregation.SUM, target, source);
    }

    @Test
    void everyComponentButTargetSourceAndRolesIsRequiredAndNamed() {
        IndicatorDefinition d = definition(null, null);
        List<Function<IndicatorDefinition, IndicatorDefinition>> withoutOne = List.of(
                x -> new IndicatorDefinition(null, x.label(), x.description(), x.formula(), x.unit(), x.direction(),
                        x.family(), x.temporality(), x.aggregation(), null, null),
                x -> new IndicatorDefinition(x.code(), null, x.description(), x.formula(), x.unit(), x.direction(),
                        x.family(), x.temporality(), x.aggregation(), null, null),
                x -> new IndicatorDefinition(x.code(), x.label(), null, x.formula(), x.unit(), x.direction(),
                        x.family(), x.temporality(), x.aggregation(), null, null),
                x -> new IndicatorDefinition(x.code(), x.label(), x.description(), null, x.unit(), x.direction(),
                        x.family(), x.temporality(), x.aggregation(), null, null),
                x -> new IndicatorDefinition(x.code(), x.label(), x.description(), x.formula(), null, x.direction(),
                        x.family(), x.temporality(), x.aggregation(), null, null),
                x -> new IndicatorDefinition(x.code(), x.label(), x.description(), x.formula(), x.unit(), null,
                        x.family(), x.temporality(), x.aggregation(), null, null),
                x -> new IndicatorDefinition(x.code(), x.label(), x.description(), x.formula(), x.unit(), x.direction(),
                        null, x.temporality(), x.aggregation(), null, null),
                x -> new IndicatorDefinition(x.code(), x.label(), x.description(), x.formula(), x.unit(), x.direction(),
                        x.family(), null, x.aggregation(), null, null),
                x -> new IndicatorDefinition(x.code(), x.label(), x.description(), x.formula(), x.unit(), x.direction(),
                        x.family(), x.temporality(), null, null, null));
        List<String> names = List.of("code", "label", "description", "formula", "unit", "direction", "family",
                "temporality", "aggregation");
        for (int i = 0; i < names.size(); i++) {
            Function<IndicatorDefinition, IndicatorDefinition> make = withoutOne.get(i);
            assertThatThrownBy(() -> make.apply(d)).isInstanceOf(NullPointerException.class)
                    .hasMessage(names.get(i));
        }
    }

    @Test
    void aMissingTargetIsNoneAndAMissingSourceEmpty() {
        IndicatorDefinition d = definition(null, null);
        assertThat(d.target()).isSameAs(TargetBand.NONE);
        assertThat(d.source()).isEmpty();
        assertThat(d).isEqualTo(definition(TargetBand.NONE, ""));
    }

    @Test
    void theSourceInBothLanguagesItsFrenchTextAsBefore() {
        LocalizedText both = LocalizedText.of("catalogue de recherche", "research catalogue");
        IndicatorDefinition d = definition(null, null).withRoles(IndicatorRoles.NONE.withHeadline(1)).withSource(both);
        assertThat(d.sourceText()).isEqualTo(both);
        assertThat(d.source()).isEqualTo("catalogue de recherche");
        assertThat(d.sourceText().in(java.util.Locale.ENGLISH)).isEqualTo("research catalogue");
        // kept by the other withers
        assertThat(d.withRoles(IndicatorRoles.NONE).withAnswersRead(Measure.values()).withActivityRead()
                .sourceText()).isEqualTo(both);
        // a source in one language reads the same in both
        assertThat(definition(null, "exemple").sourceText()).isEqualTo(LocalizedText.of("exemple"));
        assertThat(definition(null, null).sourceText()).isEqualTo(LocalizedText.of(""));
        // given both ways, the two must agree
        assertThatThrownBy(() -> new IndicatorDefinition(d.code(), d.label(), d.description(), d.formula(), d.unit(),
                d.direction(), d.family(), d.temporality(), d.aggregation(), null, "autre", null, null, null, both))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theElevenArgumentFormHasNoRoles() {
        assertThat(definition(null, "définitions Récits v1").roles()).isSameAs(IndicatorRoles.NONE);
    }

    @Test
    void withRolesRefusesNullRatherThanResettingTheRoles() {
        IndicatorDefinition d = definition(null, null).withRoles(IndicatorRoles.NONE.withHeadline(1));
        assertThatThrownBy(() -> d.withRoles(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void definitionsAreValuesComparedByEveryComponent() {
        IndicatorDefinition d = definition(null, "v1");
        assertThat(d).isEqualTo(definition(null, "v1")).hasSameHashCodeAs(definition(null, "v1"));
        assertThat(d).isNotEqualTo(definition(null, "v2"));
        assertThat(d).isNotEqualTo(d.withRoles(IndicatorRoles.NONE.withKeyFigure(1)));
    }

    @Test
    void activityReadIsKeptByEveryCopyAndTheOlderFormsReadNone() {
        IndicatorDefinition d = definition(null, null);
        assertThat(d.activityRead()).isEmpty();
        IndicatorDefinition reads = d.withActivityRead(ActivityRecord.WEATHER, ActivityRecord.PARTICIPANTS)
                .withRoles(IndicatorRoles.NONE.withHeadline(1)).withAnswersRead(Measure.IMPACT);
        assertThat(reads.activityRead()).containsExactly(ActivityRecord.PARTICIPANTS, ActivityRecord.WEATHER);
        assertThat(reads.answersRead()).containsExactly(Measure.IMPACT);
        assertThat(reads).isNotEqualTo(d.withRoles(IndicatorRoles.NONE.withHeadline(1)).withAnswersRead(Measure.IMPACT));
        assertThat(reads.withActivityRead().activityRead()).isEmpty();
        assertThatThrownBy(() -> reads.activityRead().add(ActivityRecord.ATTENDANCE))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
