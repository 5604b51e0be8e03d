package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesEveryNotationTheCommandLineAccepts() {
        assertThat(Period.parse("2020-T1")).isEqualTo(Period.quarter(2020, 1));
        assertThat(Period.parse("2020-q4").end()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(Period.parse("2020").start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(Period.parse("2020-02").end()).isEqualTo(LocalDate.of(2020, 2, 29));
        Period range = Period.parse("2019-06-01..2020-10-31");
        assertThat(range.kind()).isEqualTo(Period.Kind.RANGE);
        assertThat(range.start()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(range.end()).isEqualTo(LocalDate.of(2020, 10, 31));
    }

    @Test
    void rejectsWhatItCannotRead() {
        assertThatThrownBy(() -> Period.parse("2020-T5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2020-T1");
        assertThatThrownBy(() -> Period.parse("2020-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2020-10-31..2019-06-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void previousPeriodsAreOldestFirstAndCrossYears() {
        assertThat(Period.parse("2020-T1").previous(4)).extracting(Period::label)
                .containsExactly("2019-T1", "2019-T2", "2019-T3", "2019-T4");
        assertThat(Period.parse("2020-01").previous()).isEqualTo(Period.month(2019, 12));
        assertThat(Period.parse("2020").previous()).isEqualTo(Period.year(2019));
        Period range = Period.parse("2020-01-11..2020-01-20");
        assertThat(range.previous()).isEqualTo(Period.range(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 10)));
    }

    @Test
    void labelsQuartersInTheLocalesWay() {
        assertThat(Period.quarter(2020, 2).label(Locale.FRENCH)).isEqualTo("2020-T2");
        assertThat(Period.quarter(2020, 2).label(Locale.ENGLISH)).isEqualTo("2020-Q2");
    }

    @Test
    void containsAndUpToIncludeBothEnds() {
        Period q = Period.quarter(2020, 1);
        assertThat(q.contains(LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(q.contains(LocalDate.of(2020, 3, 31))).isTrue();
        assertThat(q.contains(LocalDate.of(2020, 4, 1))).isFalse();
        assertThat(q.upTo(LocalDate.of(2016, 4, 1))).isTrue();
        assertThat(q.upTo(LocalDate.of(2020, 4, 1))).isFalse();
        assertThat(q.contains(null)).isFalse();
    }

    @Test
    void readsLowerCaseLettersAndSurroundingSpaces() {
        assertThat(Period.parse(" 2020-t3 ")).isEqualTo(Period.quarter(2020, 3));
        assertThat(Period.parse("2020-Q3")).isEqualTo(Period.quarter(2020, 3));
    }

    @Test
    void nullIsRefusedWithTheNotationsItWouldRead() {
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2019-06-01..2020-10-31");
    }

    @Test
    void aMonthNeedsTwoDigitsAndARangeRealDays() {
        assertThatThrownBy(() -> Period.parse("2020-3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2020-02-30..2020-03-01")).isInstanceOf(IllegalArgumentException.class)
                .hasCauseInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> Period.parse("2020-T1..2020-T2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuarterOutsideOneToFourIsRefused() {
        assertThatThrownBy(() -> Period.quarter(2020, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.quarter(2020, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aOneDayRangeIsAPeriodAndABackwardOneIsNot() {
        LocalDate d = LocalDate.of(2020, 5, 5);
        assertThat(Period.range(d, d).contains(d)).isTrue();
        assertThatThrownBy(() -> Period.range(d, d.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRangeTypedEndFirstIsToldApartFromAnUnreadableOneWithItsTwoDays() {
        assertThatThrownBy(() -> Period.parse("2021-03-31..2020-01-01")).isInstanceOfSatisfying(Period.Reversed.class,
                e -> {
                    assertThat(e.start()).isEqualTo(LocalDate.of(2021, 3, 31));
                    assertThat(e.end()).isEqualTo(LocalDate.of(2020, 1, 1));
                });
        assertThatThrownBy(() -> Period.parse("2021-02-30..2020-01-01")).isNotInstanceOf(Period.Reversed.class)
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2020-T5")).isNotInstanceOf(Period.Reversed.class);
    }

    @Test
    void theKindIsPartOfEquality() {
        // Same days, not the same period: the labels differ.
        Period quarter = Period.quarter(2020, 1);
        Period range = Period.range(quarter.start(), quarter.end());
        assertThat(range).isNotEqualTo(quarter);
        assertThat(range.compareTo(quarter)).isZero();
        assertThat(range.label()).isEqualTo("2020-01-01..2020-03-31");
    }

    @Test
    void sortsByStartThenEnd() {
        assertThat(Period.quarter(2020, 1).compareTo(Period.year(2020))).isNegative();
        assertThat(Period.year(2019).compareTo(Period.quarter(2020, 1))).isNegative();
        assertThat(Period.month(2020, 2).compareTo(Period.quarter(2020, 1))).isPositive();
    }

    @Test
    void theQuarterOfADayAndLabelsOfEachKind() {
        assertThat(Period.quarterOf(LocalDate.of(2020, 12, 31))).isEqualTo(Period.quarter(2020, 4));
        assertThat(Period.quarterOf(LocalDate.of(2020, 4, 1))).isEqualTo(Period.quarter(2020, 2));
        assertThat(Period.month(2020, 3).label()).isEqualTo("2020-03");
        assertThat(Period.year(2020).label(Locale.ENGLISH)).isEqualTo("2020");
        assertThat(Period.quarter(2020, 4)).hasToString("2020-T4");
    }

    @Test
    void noPreviousPeriodsIsAnEmptyList() {
        assertThat(Period.year(2020).previous(0)).isEmpty();
    }

    @Test
    void thePreviousRangeHasAsManyDaysAcrossALeapDay() {
        Period march = Period.range(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 2));
        assertThat(march.previous()).isEqualTo(Period.range(LocalDate.of(2020, 2, 28), LocalDate.of(2020, 2, 29)));
    }

    @Property
    void quarterLabelsReadBackAndChainWithoutGaps(@ForAll @IntRange(min = 1900, max = 2200) int year,
            @ForAll @IntRange(min = 1, max = 4) int quarter) {
        Period p = Period.quarter(year, quarter);
        assertThat(Period.parse(p.label())).isEqualTo(p);
        assertThat(Period.parse(p.label(Locale.ENGLISH))).isEqualTo(p);
        assertThat(p.previous().end().plusDays(1)).isEqualTo(p.start());
    }
}
