package org.recits.api.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.recits.api.data.Dataset;
import org.recits.api.model.Period;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;

/**
 * Everything renderers write: values with trends and status, consented quotes, data quality and
 * provenance. Immutable.
 *
 * @param period               the report's period
 * @param previousPeriods      the trend periods, oldest first
 * @param scopes               the programme, then each collectivité
 * @param locale               language of the outputs
 * @param generatedOn          the generation date written in outputs (the period's end unless given):
 *                             never the clock, so the same inputs give the same bytes
 * @param results              one per indicator × scope, by family, code, then scope
 * @param data                 the dataset, with provenance and findings
 * @param quotes               quotes that may be published (consent given), never the others
 * @param plugins              the plugins that took part
 * @param failures             plugins that failed
 * @param suppressionThreshold fewest people a published figure may rest on
 * @param identity             who the report is from and as of when ({@link ReportIdentity#NONE} when unknown)
 */
public record Report(Period period, List<Period> previousPeriods, List<Scope> scopes, Locale locale,
        LocalDate generatedOn, List<IndicatorResult> results, Dataset data, List<Quote> quotes,
        List<PluginInfo> plugins, List<PluginFailure> failures, int suppressionThreshold, ReportIdentity identity) {

    /**
     * A report without identity ({@link ReportIdentity#NONE}), as before identities were given.
     *
     * @param period               the report's period
     * @param previousPeriods      the trend periods, oldest first
     * @param scopes               the programme, then each collectivité
     * @param locale               language of the outputs
     * @param generatedOn          the generation date written in outputs
     * @param results              one per indicator × scope, by family, code, then scope
     * @param data                 the dataset, with provenance and findings
     * @param quotes               quotes that may be published (consent given), never the others
     * @param plugins              the plugins that took part
     * @param failures             plugins that failed
     * @param suppressionThreshold fewest people a published figure may rest on
     */
    public Report(Period period, List<Period> previousPeriods, List<Scope> scopes, Locale locale,
            LocalDate generatedOn, List<IndicatorResult> results, Dataset data, List<Quote> quotes,
            List<PluginInfo> plugins, List<PluginFailure> failures, int suppressionThreshold) {
        this(period, previousPeriods, scopes, locale, generatedOn, results, data, quotes, plugins, failures,
                suppressionThreshold, ReportIdentity.NONE);
    }

    /**
     * Checks the required components and copies the lists.
     *
     * @param period               the report's period
     * @param previousPeriods      the trend periods, oldest first
     * @param scopes               the programme, then each collectivité
     * @param locale               language of the outputs
     * @param generatedOn          the generation date written in outputs (the period's end unless given):
     *                             never the clock, so the same inputs give the same bytes
     * @param results              one per indicator × scope, by family, code, then scope
     * @param data                 the dataset, with provenance and findings
     * @param quotes               quotes that may be published (consent given), never the others
     * @param plugins              the plugins that took part
     * @param failures             plugins that failed
     * @param suppressionThreshold fewest people a published figure may rest on
     * @param identity             who the report is from and as of when; null for {@link ReportIdentity#NONE}
     * @throws IllegalArgumentException when a quote without consent is given: they must never reach a renderer
     */
    public Report {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(data, "data");
        previousPeriods = List.copyOf(previousPeriods);
        scopes = List.copyOf(scopes);
        results = List.copyOf(results);
        quotes = List.copyOf(quotes);
        if (quotes.stream().anyMatch(q -> !q.consent())) {
            throw new IllegalArgumentException("a report carries consented quotes only");
        }
        plugins = List.copyOf(plugins);
        failures = List.copyOf(failures);
        identity = identity == null ? ReportIdentity.NONE : identity;
    }

    /**
     * The results for one scope, in report order.
     *
     * @param scope the programme or a collectivité
     * @return its results, by family then code
     */
    public List<IndicatorResult> results(Scope scope) {
        return results.stream().filter(r -> r.scope().equals(scope)).toList();
    }
}
