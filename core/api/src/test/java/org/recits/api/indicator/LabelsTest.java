package org.recits.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;

/**
 * The labelled vocabularies of a definition and a value ({@link Aggregation}, {@link Direction},
 * {@link Status}, {@link Temporality}, {@link Unit}, {@link ValueFamily}): one test class for the six, as
 * {@code CodedTest} is for the input vocabularies, since they share one rule: a label per constant, in both
 * languages, that tells it from the others of its kind.
 */
class LabelsTest {

    private record Vocabulary<E extends Enum<E>>(Class<E> type, Function<E, LocalizedText> label) {
    }

    private static final List<Vocabulary<?>> VOCABULARIES = List.of(
            new Vocabulary<>(Aggregation.class, Aggregation::label),
            new Vocabulary<>(Direction.class, Direction::label),
            new Vocabulary<>(Status.class, Status::label),
            new Vocabulary<>(Temporality.class, Temporality::label),
            new Vocabulary<>(Unit.class, Unit::label),
            new Vocabulary<>(ValueFamily.class, ValueFamily::label));

    @Test
    void everyConstantHasADistinctLabelInEachLanguage() {
        for (Vocabulary<?> v : VOCABULARIES) {
            check(v);
        }
    }

    private static <E extends Enum<E>> void check(Vocabulary<E> v) {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Set<String> seen = new HashSet<>();
            for (E constant : v.type().getEnumConstants()) {
                LocalizedText label = v.label().apply(constant);
                assertThat(label.en()).as("%s.%s in English", v.type().getSimpleName(), constant).isNotNull();
                String text = label.in(locale);
                assertThat(text).as("%s.%s", v.type().getSimpleName(), constant).isNotBlank();
                assertThat(seen.add(text)).as("%s.%s is told apart in %s", v.type().getSimpleName(), constant,
                        locale).isTrue();
            }
        }
    }

    @Test
    void familiesComeInTheReportsOrderTheFourValuesFirst() {
        // the engine sorts results by family, and the summary sheet walks the families in this order
        assertThat(ValueFamily.values()).containsExactly(ValueFamily.DEMOCRATIE, ValueFamily.QUALITE,
                ValueFamily.IMPACT, ValueFamily.PRODUCTIVITE, ValueFamily.CAPACITATION, ValueFamily.PARTICIPATION,
                ValueFamily.PROTOCOLE, ValueFamily.FINANCE);
    }

    @Test
    void aStatusIsAlsoWrittenInWordsForPrintingWithoutColour() {
        assertThat(Status.GREEN.label().in(Locale.FRENCH)).isEqualTo("vert");
        assertThat(Status.RED.label().in(Locale.ENGLISH)).isEqualTo("red");
        assertThat(Status.NONE.label().in(Locale.FRENCH)).isEqualTo("sans cible");
    }

    @Test
    void symbolsStayTheSameInBothLanguagesAndWordsAreTranslated() {
        assertThat(Unit.PERCENT.label().en()).isEqualTo(Unit.PERCENT.label().fr());
        assertThat(Unit.EUR.label().en()).isEqualTo("€");
        assertThat(Unit.DAYS.label().in(Locale.ENGLISH)).isEqualTo("days");
        assertThat(Unit.EUR_PER_DAY.label().in(Locale.FRENCH)).isEqualTo("€/jour");
    }
}
