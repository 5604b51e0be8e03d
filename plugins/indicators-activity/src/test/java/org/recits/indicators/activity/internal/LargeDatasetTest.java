package org.recits.indicators.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/**
 * The size the engine will meet later: 10 collectivités, 10 years, about 100 000 attendance rows,
 * every indicator for the programme and each collectivité over 5 quarters, as a report does. Checks
 * results, not time (surefire reports the time; see the README for what was measured).
 */
class LargeDatasetTest {

    @Test
    void aFullReportsWorthOfComputations() {
        // 25 people × 540 sessions × 3/4 attended ≈ 10 000 rows per collectivité.
        Dataset data = RandomData.generate(42, 10, 25, 540, 3650, true);
        assertThat(data.attendance(Scope.programme()).size()).isGreaterThan(95_000);
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.programme());
        data.collectiviteIds().forEach(c -> scopes.add(Scope.of(c)));
        Period period = Period.parse("2025-T2");
        List<Period> periods = new ArrayList<>(period.previous(4));
        periods.add(period);
        for (Indicator i : DefinitionsAndBandsTest.all()) {
            for (Period p : periods) {
                double num = 0;
                IndicatorValue all = null;
                for (Scope s : scopes) {
                    IndicatorValue v = i.compute(data, s, p);
                    if (s.isProgramme()) {
                        all = v;
                    } else if (v.numerator() != null) {
                        num += v.numerator();
                    }
                }
                if (all.numerator() != null && i.definition().aggregation()
                        == org.recits.api.indicator.Aggregation.RATIO_OF_SUMS) {
                    assertThat(all.numerator()).as(i.definition().code()).isCloseTo(num, within(1e-6));
                }
            }
        }
        IndicatorValue attendance = new AttendanceRate().compute(data, Scope.programme(), period);
        assertThat(attendance.isComputable()).isTrue();
        assertThat(attendance.population()).isGreaterThan(100);
    }
}
