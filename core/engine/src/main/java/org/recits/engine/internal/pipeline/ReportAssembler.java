package org.recits.engine.internal.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.Progress;
import org.recits.api.report.Report;
import org.recits.engine.internal.Failures;
import org.recits.engine.internal.Messages;
import org.recits.engine.internal.Plugins;
import org.recits.engine.internal.Registered;

/**
 * Computes every indicator for the programme and each collectivité, for the period and the ones
 * before it, and assembles the {@link Report}: suppression of small numbers, consented quotes only.
 */
public final class ReportAssembler {

    /** Number of previous periods shown as a trend. */
    public static final int TREND_PERIODS = 4;

    private final Messages messages;
    private final Progress progress;

    public ReportAssembler(Messages messages, Progress progress) {
        this.messages = messages;
        this.progress = progress;
    }

    /**
     * @param generatedOn the date written in the outputs; null means the period's end
     * @param threshold   fewest people a published figure may rest on
     * @param earlier     failures already met (reading), carried into the report
     */
    public Report assemble(Dataset data, Plugins plugins, Period period, Locale locale, LocalDate generatedOn,
            int threshold, List<PluginFailure> earlier) {
        List<Period> previous = period.previous(TREND_PERIODS);
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.programme());
        data.collectiviteIds().forEach(id -> scopes.add(Scope.of(id)));

        List<PluginFailure> failures = new ArrayList<>(earlier);
        failures.addAll(plugins.failures());
        List<IndicatorResult> results = new ArrayList<>();
        int done = 0;
        for (Registered<Indicator> r : plugins.indicators()) {
            IndicatorDefinition def = r.service().definition();
            progress.update(messages.get("progress.computing", def.code()), done++, plugins.indicators().size());
            try {
                for (Scope scope : scopes) {
                    Observation current = observe(r.service(), data, scope, period, threshold);
                    List<Observation> trend = new ArrayList<>(previous.size());
                    for (Period p : previous) {
                        trend.add(observe(r.service(), data, scope, p, threshold));
                    }
                    Observation last = trend.isEmpty() ? null : trend.get(trend.size() - 1);
                    List<LocalizedText> sentences = current.isShowable()
                            ? r.service().sentences(scope, period, current.value(),
                                    last == null || !last.isShowable() ? null : last.value())
                            : List.of();
                    if (sentences == null) {
                        throw new IllegalStateException("sentences() returned null for " + scope + " " + period);
                    }
                    results.add(new IndicatorResult(def, r.provider(), scope, current, trend, sentences));
                }
            } catch (RuntimeException | LinkageError e) {
                // One failing indicator is reported; its partial results are dropped, the others go on.
                results.removeIf(res -> res.definition() == def);
                failures.add(new PluginFailure(def.code() + " (" + r.provider() + ")", "compute",
                        Failures.describe(e)));
            }
        }
        results.sort(Comparator.comparing((IndicatorResult res) -> res.definition().family())
                .thenComparing(res -> res.definition().code())
                .thenComparing(IndicatorResult::scope));

        List<Quote> quotes = data.quotes(Scope.programme()).stream()
                .filter(Quote::consent)
                .sorted(Comparator.comparing(Quote::collectivite)
                        .thenComparing(Quote::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(q -> q.source().file())
                        .thenComparingLong(q -> q.source().line()))
                .toList();

        return new Report(period, previous, scopes, locale, generatedOn == null ? period.end() : generatedOn,
                results, data, quotes, plugins.infos(), failures, threshold);
    }

    private static Observation observe(Indicator indicator, Dataset data, Scope scope, Period period,
            int threshold) {
        IndicatorValue value = indicator.compute(data, scope, period);
        if (value == null) {
            throw new IllegalStateException("compute() returned null for " + scope + " " + period);
        }
        boolean suppressed = value.population() != null && value.population() < threshold;
        return new Observation(period, value, suppressed);
    }
}
