package org.recits.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.recits.api.model.Period;

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

    @Property
    void quarterLabelsReadBackAndChainWithoutGaps(@ForAll @IntRange(min = 1900, max = 2200) int year,
            @ForAll @IntRange(min = 1, max = 4) int quarter) {
        Period p = Period.quarter(year, quarter);
        assertThat(Period.parse(p.label())).isEqualTo(p);
        assertThat(Period.parse(p.label(Locale.ENGLISH))).isEqualTo(p);
        assertThat(p.previous().end().plusDays(1)).isEqualTo(p.start());
    }
}
