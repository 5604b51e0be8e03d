package org.recits.example.immersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Status;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;

class ImmersionShareTest {

    private static Session s(String c, String date, double days, SessionType type) {
        return new Session(c, c + date, LocalDate.parse(date), days, type, null, List.of(), false, Map.of(), null);
    }

    private final Dataset data = Dataset.builder()
            .add(s("metz", "2020-01-10", 3, SessionType.SESSION))
            .add(s("metz", "2020-02-10", 1, SessionType.IMMERSION))
            .add(s("metz", "2020-02-20", 2, SessionType.INTERTRANSFO)) // an event, not counted
            .add(s("metz", "2020-05-10", 2, SessionType.IMMERSION))    // after 2020-T1
            .add(s("lille", "2020-01-15", 2, SessionType.SESSION))
            .build();

    @Test
    void shareOfCountedDaysUpToThePeriodsEnd() {
        IndicatorValue metz = new ImmersionShare().compute(data, Scope.of("metz"), Period.parse("2020-T1"));
        // 1 immersion day ÷ (3 + 1) counted days = 25 %: green (≥ 20 %).
        assertThat(metz.value()).isEqualTo(0.25);
        assertThat(metz.numerator()).isEqualTo(1);
        assertThat(metz.denominator()).isEqualTo(4);
        assertThat(metz.status()).isEqualTo(Status.GREEN);
    }

    @Test
    void programmeIsTheRatioOfSums() {
        IndicatorValue all = new ImmersionShare().compute(data, Scope.programme(), Period.parse("2020-T1"));
        // 1 ÷ (3 + 1 + 2) = 1/6 ≈ 16.7 %: orange. The mean of the two ratios (25 % and 0 %) would be 12.5 %.
        assertThat(all.value()).isEqualTo(1.0 / 6);
        assertThat(all.status()).isEqualTo(Status.ORANGE);
    }

    @Test
    void notComputableBeforeAnyDay() {
        IndicatorValue none = new ImmersionShare().compute(data, Scope.of("metz"), Period.parse("2019-T4"));
        assertThat(none.isComputable()).isFalse();
        assertThat(none.reason().fr()).contains("aucun jour");
    }
}
