package org.recits.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.Unit;

/** The charts' number formats, one quirk per test. */
class FormatsTest {

    @Test
    void frenchPercentHasANoBreakSpaceBeforeTheSign() {
        assertThat(Formats.of(Unit.PERCENT, Locale.FRENCH).format(0.5)).isEqualTo("50\u00a0%");
        assertThat(Formats.of(Unit.PERCENT, Locale.ENGLISH).format(0.5)).isEqualTo("50%");
    }

    @Test
    void frenchThousandsAreGroupedByANarrowNoBreakSpace() {
        assertThat(Formats.of(Unit.EUR, Locale.FRENCH).format(1234)).isEqualTo("1\u202f234\u00a0€");
        assertThat(Formats.of(Unit.EUR, Locale.ENGLISH).format(1234)).isEqualTo("€1,234");
    }

    @Test
    void frenchDecimalsTakeAComma() {
        assertThat(Formats.of(Unit.DAYS, Locale.FRENCH).format(2.5)).isEqualTo("2,5");
        assertThat(Formats.of(Unit.DAYS, Locale.ENGLISH).format(2.5)).isEqualTo("2.5");
    }

    @Test
    void halvesRoundUpAsInTheWorkbookNotToEven() {
        // 4.25 is exact in binary: HALF_EVEN would write 4,2.
        assertThat(Formats.of(Unit.SCORE, Locale.FRENCH).format(4.25)).isEqualTo("4,3");
    }

    @Test
    void aScoreDeltaAlwaysShowsItsSign() {
        assertThat(Formats.of(Unit.SCORE_DELTA, Locale.FRENCH).format(0.5)).isEqualTo("+0,5");
        assertThat(Formats.of(Unit.SCORE_DELTA, Locale.FRENCH).format(-0.5)).isEqualTo("-0,5");
    }

    @Test
    void eurosPerDaySayTheDayInEachLanguage() {
        assertThat(Formats.of(Unit.EUR_PER_DAY, Locale.FRENCH).format(1000)).isEqualTo("1\u202f000\u00a0€/j");
        assertThat(Formats.of(Unit.EUR_PER_DAY, Locale.ENGLISH).format(1000)).isEqualTo("€1,000/day");
    }

    @Test
    void anyEnglishLocaleIsEnglishAndAnyOtherIsFrench() {
        assertThat(Formats.english(Locale.UK)).isTrue();
        assertThat(Formats.english(Locale.GERMAN)).isFalse();
        assertThat(Formats.of(Unit.COUNT, Locale.GERMAN).format(1234)).isEqualTo("1\u202f234");
    }

    @Test
    void eachCallGivesItsOwnFormat() {
        // NumberFormat is not thread-safe: charts drawn in parallel must not share one.
        assertThat(Formats.of(Unit.COUNT, Locale.FRENCH)).isNotSameAs(Formats.of(Unit.COUNT, Locale.FRENCH));
    }
}
