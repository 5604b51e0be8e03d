package org.recits.indicators.values.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Unit;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/**
 * Flow in P: mean of the scores (1–5) of answers to questions mapped to one measure, given on a day of
 * P, with n = distinct respondents and a 95 % Student-t interval over respondents.
 *
 * <p>Answers without a date cannot be placed in a period: they are left out and the note counts them.
 * Text answers (no score) are skipped. One pass over the answers, grouped by respondent.
 */
abstract class SurveyMean implements Indicator {

    private final Measure measure;
    private final IndicatorDefinition definition;

    SurveyMean(Measure measure, IndicatorDefinition definition) {
        this.measure = measure;
        this.definition = definition;
    }

    @Override
    public final IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public final IndicatorValue compute(Dataset data, Scope scope, Period period) {
        Map<Rows.Respondent, double[]> byRespondent = new LinkedHashMap<>();
        long[] undated = {0};
        long[] highScores = {0};
        long[] row = {0};
        Rows.forEachAnswer(data, scope, a -> {
            if (a.measure() != measure || a.score() == null) {
                return;
            }
            if (a.date() == null) {
                undated[0]++;
                return;
            }
            if (!period.contains(a.date())) {
                return;
            }
            String id = Rows.respondentId(a);
            Rows.Respondent key = new Rows.Respondent(a.collectivite(), id, id == null ? row[0]++ : -1);
            double[] acc = byRespondent.computeIfAbsent(key, k -> new double[2]);
            acc[0] += a.score();
            acc[1]++;
            if (a.score() >= 4) {
                highScores[0]++;
            }
        });
        List<LocalizedText> notes = new ArrayList<>();
        if (undated[0] > 0) {
            notes.add(LocalizedText.of(Rows.fr(undated[0], "réponse sans date écartée", "réponses sans date écartées"),
                    Rows.en(undated[0], "undated answer left out", "undated answers left out")));
        }
        Stats.Estimate e = Stats.clusteredMean(byRespondent.values());
        if (e == null) {
            IndicatorValue nd = IndicatorValue.notComputable(LocalizedText.of(
                    "aucune réponse « " + measure.code() + " » datée dans la période",
                    "no dated « " + measure.code() + " » answer in the period"), definition.target());
            return nd.withNote(Rows.join(notes));
        }
        IndicatorValue v = new IndicatorValue(e.mean(), e.sum(), e.count(), e.respondents(), null, null,
                definition.target().statusOf(e.mean()), definition.target(), null, Rows.join(notes), null);
        if (e.hasInterval()) {
            v = v.withInterval(Stats.clamp(e.low(), 1, 5), Stats.clamp(e.high(), 1, 5));
        }
        return v.withDetail(new Detail("share_at_least_4",
                LocalizedText.of("part des réponses ≥ 4", "share of answers ≥ 4"), highScores[0] / e.count(),
                Unit.PERCENT));
    }
}
