package org.recits.engine.internal.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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
import org.recits.api.report.ReportIdentity;
import org.recits.engine.internal.Failures;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Plugins;
import org.recits.engine.internal.Registered;

/**
 * Computes every indicator for the programme, each lab when the report consolidates several, and each
 * collectivité, for the period and the ones before it, and assembles the {@link Report}: suppression of small numbers, collectivités outside their
 * programme's dates not judged ({@link OutsideProgramme}), consented quotes only.
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
        return assemble(data, plugins, period, locale, generatedOn, threshold, earlier, ReportIdentity.NONE);
    }

    /**
     * @param identity who the report is from, as the data folder says; the date of the latest data used
     *                 is added to it
     */
    public Report assemble(Dataset data, Plugins plugins, Period period, Locale locale, LocalDate generatedOn,
            int threshold, List<PluginFailure> earlier, ReportIdentity identity) {
        return assemble(data, null, plugins, period, locale, generatedOn, threshold, earlier, identity);
    }

    /**
     * @param labs the lab level of a report consolidating several labs; null for a report with none
     */
    public Report assemble(Dataset data, LabLevel labs, Plugins plugins, Period period, Locale locale,
            LocalDate generatedOn, int threshold, List<PluginFailure> earlier, ReportIdentity identity) {
        List<Period> previous = period.previous(TREND_PERIODS);
        List<Scope> scopes = new ArrayList<>();
        if (labs == null) {
            scopes.add(Scope.programme());
            data.collectiviteIds().forEach(id -> scopes.add(Scope.of(id)));
        } else {
            scopes.addAll(labs.scopes(data));
        }

        List<PluginFailure> failures = new ArrayList<>(earlier);
        failures.addAll(plugins.failures(messages));
        List<Period> periods = new ArrayList<>(previous.size() + 1);
        periods.add(period);
        periods.addAll(previous);
        List<Registered<Indicator>> indicators = plugins.indicators();
        List<IndicatorResult> results = new ArrayList<>();
        int done = 0;
        // Indicators are independent and stateless: they run side by side; results are taken in the
        // indicators' order, so the report does not depend on which finished first.
        ExecutorService pool = Workers.pool("recits-compute", Math.min(indicators.size(),
                Runtime.getRuntime().availableProcessors()));
        try {
            List<String> labNames = scopes.stream().filter(Scope::isLab).map(Scope::lab).toList();
            LabFigures labFigures = labNames.isEmpty() ? LabFigures.NONE : labFigures(labs, data, labNames,
                    indicators, periods, pool);
            List<Callable<Computed>> tasks = new ArrayList<>(indicators.size());
            OutsideProgramme outside = new OutsideProgramme(data);
            for (int i = 0; i < indicators.size(); i++) {
                Registered<Indicator> r = indicators.get(i);
                int index = i;
                tasks.add(() -> compute(r, index, data, labFigures, scopes, period, periods, threshold, outside));
            }
            List<Future<Computed>> futures = new ArrayList<>(tasks.size());
            for (Callable<Computed> t : tasks) {
                futures.add(pool.submit(t));
            }
            for (int i = 0; i < futures.size(); i++) {
                progress.update(messages.get("progress.computing", indicators.get(i).service().definition().code()),
                        done++, indicators.size());
                Computed c;
                try {
                    c = Workers.await(futures.get(i));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e); // compute() declares none
                }
                results.addAll(c.results());
                if (c.failure() != null) {
                    failures.add(c.failure());
                }
            }
        } finally {
            pool.shutdownNow();
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
                results, data, quotes, plugins.infos(), failures, threshold, identity.withDataUpTo(DataUpTo.of(data, period)));
    }

    /**
     * One indicator's results, and its failure: when the figures fail they are all dropped; when only
     * the sentences fail the figures are kept, for the workbook, and the narrative words them itself.
     */
    private record Computed(List<IndicatorResult> results, PluginFailure failure) {
    }

    /** Each lab's figures, a lab at a time; the progress names the lab computed. */
    private LabFigures labFigures(LabLevel labs, Dataset data, List<String> labNames,
            List<Registered<Indicator>> indicators, List<Period> periods, ExecutorService pool) {
        int[] done = {0};
        try {
            return LabFigures.compute(labNames, lab -> {
                progress.update(messages.get("progress.computing", lab), done[0]++, labNames.size());
                return labs.only(data, lab);
            }, indicators.stream().map(Registered::service).toList(), periods, pool);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // the indicators declare none
        }
    }

    private static Computed compute(Registered<Indicator> r, int index, Dataset data, LabFigures labFigures,
            List<Scope> scopes, Period period, List<Period> periods, int threshold, OutsideProgramme outside) {
        IndicatorDefinition def = r.service().definition();
        String plugin = def.code() + " (" + r.provider() + ")";
        try {
            List<List<IndicatorValue>> values = values(r.service(), index, data, labFigures, scopes, periods);
            List<List<Observation>> observed = new ArrayList<>(scopes.size());
            for (int s = 0; s < scopes.size(); s++) {
                Scope scope = scopes.get(s);
                List<IndicatorValue> row = values.get(s);
                if (row == null || row.size() != periods.size()) {
                    throw new IllegalStateException("computeAll() returned " + (row == null ? "null" : row.size()
                            + " values") + " for " + scope + " and " + periods.size() + " periods");
                }
                List<Observation> obs = new ArrayList<>(periods.size());
                for (int p = 0; p < periods.size(); p++) {
                    obs.add(observe(def, row.get(p), scope, p == 0 ? period : periods.get(p), threshold, outside));
                }
                observed.add(obs);
            }
            ComplementarySuppression.apply(scopes, observed, threshold);
            List<IndicatorResult> results = new ArrayList<>(scopes.size());
            PluginFailure sentencesFailed = null;
            for (int s = 0; s < scopes.size(); s++) {
                Scope scope = scopes.get(s);
                Observation current = observed.get(s).get(0);
                List<Observation> trend = List.copyOf(observed.get(s).subList(1, periods.size()));
                Observation last = trend.isEmpty() ? null : trend.get(trend.size() - 1);
                List<LocalizedText> sentences = List.of();
                if (current.isShowable() && sentencesFailed == null) {
                    try {
                        sentences = sentences(r.service(), scope, data.collectiviteName(scope), period, current,
                                last);
                    } catch (RuntimeException | LinkageError e) {
                        sentencesFailed = new PluginFailure(plugin, "sentences", Failures.describe(e));
                    }
                }
                results.add(new IndicatorResult(def, r.provider(), scope, current, trend, sentences));
            }
            return new Computed(results, sentencesFailed);
        } catch (RuntimeException | LinkageError e) {
            return new Computed(List.of(), new PluginFailure(plugin, "compute", Failures.describe(e)));
        }
    }

    /**
     * Each scope's values: a lab's are the programme's of its own records ({@link LabFigures}), the others' are
     * asked of the whole data in one call, as indicators expect (they are never given a lab).
     */
    private static List<List<IndicatorValue>> values(Indicator indicator, int index, Dataset data,
            LabFigures labFigures, List<Scope> scopes, List<Period> periods) {
        boolean labLevel = labFigures != LabFigures.NONE;
        List<Scope> asked = labLevel ? scopes.stream().filter(s -> !s.isLab()).toList() : scopes;
        List<List<IndicatorValue>> values = checked(indicator.computeAll(data, asked, periods), asked);
        if (!labLevel) {
            return values;
        }
        List<List<IndicatorValue>> all = new ArrayList<>(scopes.size());
        int next = 0;
        for (Scope s : scopes) {
            all.add(s.isLab() ? labFigures.values(index, s.lab()) : values.get(next++));
        }
        return all;
    }

    static List<List<IndicatorValue>> checked(List<List<IndicatorValue>> values, List<Scope> scopes) {
        if (values == null || values.size() != scopes.size()) {
            throw new IllegalStateException("computeAll() returned " + (values == null ? "null" : values.size()
                    + " lists") + " for " + scopes.size() + " scopes");
        }
        return values;
    }

    private static List<LocalizedText> sentences(Indicator indicator, Scope scope, String name, Period period,
            Observation current, Observation last) {
        List<LocalizedText> sentences = indicator.sentences(scope, name, period, current.value(),
                last == null || !last.isShowable() ? null : last.value());
        if (sentences == null) {
            throw new IllegalStateException("sentences() returned null for " + scope + " " + period);
        }
        return sentences;
    }

    private static Observation observe(IndicatorDefinition def, IndicatorValue computed, Scope scope, Period period,
            int threshold, OutsideProgramme outside) {
        if (computed == null) {
            throw new IllegalStateException("compute() returned null for " + scope + " " + period);
        }
        IndicatorValue value = outside.apply(def, scope, period, computed);
        boolean suppressed = value.population() != null && value.population() < threshold;
        return new Observation(period, value, suppressed);
    }
}
