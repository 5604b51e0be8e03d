package org.recits.indicators.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/** What must hold whatever the data: rates stay in [0, 1], the programme adds up its collectivités. */
class ProgrammePropertiesTest {

    private static final List<Indicator> RATIOS = List.of(new AttendanceRate(), new RetentionRate(),
            new MonthlyRhythm(), new SessionsPerCase(), new CollectiviteShare(), new PartnerShare(),
            new GroupWeather(), new CostPerTrainedDay());

    private static final List<Indicator> SUMS = List.of(new ActiveAmbassadors(), new InterventionDays(),
            new CasesCount(), new GroupDiversity());

    private static Dataset data(long seed) {
        return RandomData.generate(seed, 3, 8, 10, 365, false);
    }

    @Property(tries = 200)
    void ratesAreFractions(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int quarter) {
        Dataset data = data(seed);
        Period p = Period.quarter(2020, quarter);
        for (Indicator i : List.of(new AttendanceRate(), new RetentionRate(), new MonthlyRhythm(),
                new SessionsPerCase(), new CollectiviteShare(), new PartnerShare())) {
            for (Scope s : scopes(data)) {
                IndicatorValue v = i.compute(data, s, p);
                if (v.isComputable()) {
                    assertThat(v.value()).as("%s %s", i.definition().code(), s).isBetween(0.0, 1.0);
                } else {
                    assertThat(v.reason()).isNotNull();
                }
            }
        }
    }

    @Property(tries = 200)
    void programmeNumeratorsAndDenominatorsAreSumsOfTheCollectivites(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 4) int quarter) {
        Dataset data = data(seed);
        Period p = Period.quarter(2020, quarter);
        for (Indicator i : RATIOS) {
            double num = 0;
            double den = 0;
            for (String c : data.collectiviteIds()) {
                IndicatorValue v = i.compute(data, Scope.of(c), p);
                num += v.numerator() == null ? 0 : v.numerator();
                den += v.denominator() == null ? 0 : v.denominator();
            }
            IndicatorValue all = i.compute(data, Scope.programme(), p);
            String code = i.definition().code();
            assertThat(all.numerator() == null ? 0 : all.numerator()).as(code).isCloseTo(num, within(1e-6));
            assertThat(all.denominator() == null ? 0 : all.denominator()).as(code).isCloseTo(den, within(1e-6));
        }
        for (Indicator i : SUMS) {
            double sum = 0;
            for (String c : data.collectiviteIds()) {
                IndicatorValue v = i.compute(data, Scope.of(c), p);
                sum += v.isComputable() ? v.value() : 0;
            }
            IndicatorValue all = i.compute(data, Scope.programme(), p);
            assertThat(all.isComputable() ? all.value() : 0).as(i.definition().code()).isCloseTo(sum, within(1e-9));
        }
    }

    @Property(tries = 100)
    void sharesAddUpToOne(@ForAll long seed) {
        Dataset data = data(seed);
        Period p = Period.year(2020);
        for (Scope s : scopes(data)) {
            IndicatorValue coll = new CollectiviteShare().compute(data, s, p);
            IndicatorValue partners = new PartnerShare().compute(data, s, p);
            assertThat(partners.isComputable()).isEqualTo(coll.isComputable());
            if (coll.isComputable()) {
                assertThat(coll.value() + partners.value()).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    private static List<Scope> scopes(Dataset data) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(Scope.programme()),
                data.collectiviteIds().stream().map(Scope::of)).toList();
    }
}
