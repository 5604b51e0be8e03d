package org.recits.benchmarks.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.Blackhole;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.model.Period;
import org.recits.benchmarks.Programme;

/**
 * One indicator (of indicators-activity or indicators-values) for the programme and every collectivité,
 * over the report's quarter and the four before it: what the engine asks of each indicator, at once
 * ({@code computeAll}, as the engine calls it) and pair by pair.
 */
public class IndicatorBench extends ProgrammeBench {

    @Param({"PART_ACTIVE_AMBASSADORS", "PART_ATTENDANCE_RATE", "PROT_INTERVENTION_DAYS", "FIN_COLLECTIVITE_SHARE",
        "QUAL_SESSION_SATISFACTION"})
    public String code;

    private Dataset data;
    private Indicator indicator;
    private final List<org.recits.api.model.Scope> scopes = new ArrayList<>();
    private final List<Period> periods = new ArrayList<>();

    @Override
    protected void prepare() {
        data = Programme.ingest(dir).build();
        indicator = Programme.INDICATORS.stream().filter(i -> i.definition().code().equals(code)).findFirst()
                .orElseThrow();
        scopes.add(org.recits.api.model.Scope.programme());
        data.collectiviteIds().forEach(id -> scopes.add(org.recits.api.model.Scope.of(id)));
        Period p = Period.parse("2021-T1");
        periods.add(p); // as the engine asks: the quarter, then the four before it
        periods.addAll(p.previous(4));
    }

    /** What the engine calls: every scope and period at once. */
    @Benchmark
    public void computeAll(Blackhole bh) {
        bh.consume(indicator.computeAll(data, scopes, periods));
    }

    /** The same figures asked pair by pair, as the engine did before computeAll. */
    @Benchmark
    public void pairByPair(Blackhole bh) {
        for (org.recits.api.model.Scope s : scopes) {
            for (Period p : periods) {
                bh.consume(indicator.compute(data, s, p));
            }
        }
    }
}
