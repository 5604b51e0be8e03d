package org.recits.indicators.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recits.indicators.activity.internal.Fixture.METZ;
import static org.recits.indicators.activity.internal.Fixture.T1;
import static org.recits.indicators.activity.internal.Fixture.compute;

import org.junit.jupiter.api.Test;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorValue;

/** Rates say how many sessions, months, cases or answers they rest on (metz, 2020-T1; see Fixture). */
class SampleSizeTest {

    private static String what(IndicatorValue v) {
        return v.details().stream().filter(d -> d.key().equals(Detail.SAMPLE_SIZE)).findFirst().orElseThrow()
                .label().fr();
    }

    @Test
    void attendanceRestsOnTheCountedSessionsOfThePeriod() {
        // ms1 (10/01) and ms2 (20/02, immersion); ms3 is an InterTransfo
        IndicatorValue v = compute(new AttendanceRate(), METZ, T1);
        assertThat(v.sampleSize()).isEqualTo(2);
        assertThat(what(v)).isEqualTo("sessions comptées");
        assertThat(v.restsOnFew()).isTrue();
    }

    @Test
    void rhythmOnMonthsSessionsPerCaseOnCasesWeatherOnAnswers() {
        // January to March 2020
        assertThat(compute(new MonthlyRhythm(), METZ, T1).sampleSize()).isEqualTo(3);
        // c1 only: c2 starts on 01/04, c3 is abandoned
        assertThat(compute(new SessionsPerCase(), METZ, T1).sampleSize()).isEqualTo(1);
        // ms1 m1, ms1 m2, ms2 m1, ms3 m1 (the unknown session's row is not counted)
        IndicatorValue weather = compute(new GroupWeather(), METZ, T1);
        assertThat(weather.sampleSize()).isEqualTo(4);
        assertThat(weather.population()).isEqualTo(2);
    }
}
