package org.recits.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.model.Period;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.benchmarks.Programme;
import org.recits.report.excel.internal.ExcelRenderer;

/** report-excel: the funder workbook (five indicators, every record sheet) of a generated programme. */
@Warmup(iterations = 1)
public class WorkbookBench extends ProgrammeBench {

    private Path out;
    private Report report;

    @Override
    protected void prepare() throws IOException {
        out = Files.createTempDirectory("recits-bench-out-");
        Dataset data = Programme.ingest(dir).build();
        Period period = Period.parse("2021-T1");
        List<Period> previous = period.previous(4);
        List<org.recits.api.model.Scope> scopes = new ArrayList<>();
        scopes.add(org.recits.api.model.Scope.programme());
        data.collectiviteIds().forEach(id -> scopes.add(org.recits.api.model.Scope.of(id)));
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator i : Programme.INDICATORS) {
            for (org.recits.api.model.Scope s : scopes) {
                List<Observation> trend = new ArrayList<>();
                for (Period p : previous) {
                    trend.add(new Observation(p, i.compute(data, s, p), false));
                }
                results.add(new IndicatorResult(i.definition(), "benchmark", s,
                        new Observation(period, i.compute(data, s, period), false), trend));
            }
        }
        report = new Report(period, previous, scopes, Locale.FRENCH, LocalDate.of(2021, 4, 1), results, data,
                List.of(), List.of(), List.of(), 5);
    }

    @TearDown
    public void deleteOutputs() {
        Programme.delete(out);
    }

    @Benchmark
    public List<Path> write() throws IOException {
        return new ExcelRenderer().render(report, new RenderContext(out, (what, done, total) -> { }));
    }
}
