package org.recits.indicators.values.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Detail;
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
 * Text answers (no score) are skipped. One pass over the answers for every scope and period, grouped by
 * respondent ({@link AnswerPass}).
 */
abstract class SurveyMean extends SurveyIndicator {

    SurveyMean(Measure measure, IndicatorDefinition definition) {
        super(measure, definition);
    }

    /** A collectivité's answers to the measure: respondents per period, answers ≥ 4 per period, undated. */
    private static final class Answers extends AnswerPass.Group {
        final long[] highScores;
        long undated;

        Answers(int periods) {
            super(periods, 2);
            highScores = new long[periods];
        }
    }

    /**
     * One walk over the answers for every scope and period: each dated answer to the measure is added to
     * its respondent's {Σ scores, answers} in every requested period containing its day.
     */
    @Override
    public final List<List<IndicatorValue>> computeAll(Dataset data, List<Scope> scopes, List<Period> periods) {
        AnswerPass.Periods in = new AnswerPass.Periods(periods, false);
        int[] hits = in.hits;
        Map<String, Answers> groups = AnswerPass.walk(data, scopes, measure, c -> new Answers(in.size()),
                (a, g) -> {
                    Double score = a.score();
                    if (score == null) {
                        return;
                    }
                    LocalDate day = a.date();
                    if (day == null) {
                        g.undated++;
                        return;
                    }
                    int n = in.of(day);
                    if (n == 0) {
                        return;
                    }
                    int respondent = g.respondent(a.respondent());
                    double s = score;
                    for (int k = 0; k < n; k++) {
                        int p = hits[k];
                        int at = g.at(respondent, p);
                        double[] acc = g.values(p);
                        acc[at] += s;
                        acc[at + 1]++;
                        if (s >= 4) {
                            g.highScores[p]++;
                        }
                    }
                });
        return AnswerPass.values(data, scopes, periods.size(), groups, (s, of, p) -> {
            long undated = 0;
            long highScores = 0;
            for (Answers g : of) {
                undated += g.undated;
                highScores += g.highScores[p];
            }
            return value(AnswerPass.Group.respondents(of, p), undated, highScores);
        });
    }

    /** The value from each respondent's {Σ scores, answers}, in the order they were met. */
    IndicatorValue value(List<AnswerPass.Sums> byRespondent, long undated, long highScores) {
        List<LocalizedText> notes = new ArrayList<>();
        if (undated > 0) {
            notes.add(Texts.text("note.undatedLeftOut", undated));
        }
        Stats.Estimate e = Stats.clusteredMean(byRespondent, 0, 1);
        if (e == null) {
            IndicatorValue nd = IndicatorValue.notComputable(Texts.text("nd.noDatedAnswer", Texts.word("measure.", measure.code())),
                    definition().target());
            return nd.withNote(Texts.join(notes));
        }
        IndicatorValue v = new IndicatorValue(e.mean(), e.sum(), e.count(), e.respondents(), null, null,
                definition().target().statusOf(e.mean()), definition().target(), null, Texts.join(notes), null);
        if (e.hasInterval()) {
            v = v.withInterval(Stats.clamp(e.low(), 1, 5), Stats.clamp(e.high(), 1, 5));
        }
        return v.withDetail(new Detail("share_at_least_4", Texts.text("detail.shareAtLeast4"), highScores / e.count(),
                Unit.PERCENT));
    }
}
