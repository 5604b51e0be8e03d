package org.recits.indicators.values.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.recits.api.model.Wave;

/**
 * Up to P: mean of the answers of wave « après » − mean of wave « avant », for one measure, over
 * answers dated on or before the end of P or undated.
 *
 * <p>Pairing rule: when at least one respondent id has answers in both waves, the value is paired:
 * each such respondent's mean after − mean before, then the mean of these differences, with the paired
 * t-interval (df = n − 1); answers of respondents found in one wave only (or without id) are left out
 * and the note says how many. Otherwise it is the unpaired difference of the two answer means, with
 * Welch's interval over respondents. The note always says which.
 *
 * <p>Population (for small-number suppression): the number of pairs; unpaired, the smaller of the two
 * waves' respondent counts, since each wave's mean is itself a figure about those people.
 */
abstract class WaveDelta extends SurveyIndicator {

    private static final int BEFORE_SUM = 0;
    private static final int BEFORE_N = 1;
    private static final int AFTER_SUM = 2;
    private static final int AFTER_N = 3;
    /** 1 when the respondent has an id (can be paired), 0 for an answer without id. */
    static final int HAS_ID = 4;
    static final int SLOTS = 5;

    WaveDelta(Measure measure, IndicatorDefinition definition) {
        super(measure, definition);
    }

    /** A collectivité's answers to the measure: respondents per period, answers without wave per period. */
    private static final class Answers extends AnswerPass.Group {
        final long[] noWave;

        Answers(int periods) {
            super(periods, SLOTS);
            noWave = new long[periods];
        }
    }

    /**
     * One walk over the answers for every scope and period: each answer to the measure dated by a
     * period's end, or undated, is added to its respondent's sums in that period.
     */
    @Override
    public final List<List<IndicatorValue>> computeAll(Dataset data, List<Scope> scopes, List<Period> periods) {
        AnswerPass.Periods upTo = new AnswerPass.Periods(periods, true);
        Map<String, Answers> groups = AnswerPass.walk(data, scopes, measure, c -> new Answers(upTo.size()),
                (a, g) -> {
                    Double score = a.score();
                    if (score == null) {
                        return;
                    }
                    LocalDate day = a.date();
                    int n = day == null ? upTo.size() : upTo.of(day);
                    if (n == 0) {
                        return;
                    }
                    int[] hits = day == null ? upTo.all : upTo.hits;
                    Wave wave = a.wave();
                    if (wave == null) {
                        for (int k = 0; k < n; k++) {
                            g.noWave[hits[k]]++;
                        }
                        return;
                    }
                    int respondent = g.respondent(a.respondent());
                    int slot = wave == Wave.AVANT ? BEFORE_SUM : AFTER_SUM;
                    double s = score;
                    for (int k = 0; k < n; k++) {
                        int at = g.at(respondent, hits[k]);
                        double[] acc = g.values(hits[k]);
                        acc[at + slot] += s;
                        acc[at + slot + 1]++;
                        if (respondent != RespondentIds.NONE) {
                            acc[at + HAS_ID] = 1;
                        }
                    }
                });
        return AnswerPass.values(data, scopes, periods.size(), groups, (s, of, p) -> {
            long noWave = 0;
            for (Answers g : of) {
                noWave += g.noWave[p];
            }
            return value(AnswerPass.Group.respondents(of, p), noWave);
        });
    }

    /**
     * The value from each respondent's {Σ before, n before, Σ after, n after, has id}, in the order they
     * were met.
     */
    IndicatorValue value(List<AnswerPass.Sums> byRespondent, long noWave) {
        int rows = 0;
        for (AnswerPass.Sums part : byRespondent) {
            rows += part.rows;
        }
        double[] differences = new double[rows];
        int paired = 0;
        double pairedBeforeMeans = 0;
        double pairedAfterMeans = 0;
        long unpairedAnswers = 0;
        for (AnswerPass.Sums part : byRespondent) {
            for (int r = 0; r < part.rows; r++) {
                double beforeN = part.get(r, BEFORE_N);
                double afterN = part.get(r, AFTER_N);
                if (part.get(r, HAS_ID) != 0 && beforeN > 0 && afterN > 0) {
                    double b = part.get(r, BEFORE_SUM) / beforeN;
                    double f = part.get(r, AFTER_SUM) / afterN;
                    differences[paired++] = f - b;
                    pairedBeforeMeans += b;
                    pairedAfterMeans += f;
                } else {
                    unpairedAnswers += (long) (beforeN + afterN);
                }
            }
        }

        List<LocalizedText> notes = new ArrayList<>();
        IndicatorValue v;
        if (paired > 0) {
            double[] d = Arrays.copyOf(differences, paired);
            Stats.Estimate e = Stats.pairedMean(d);
            int n = d.length;
            notes.add(Texts.text("note.paired", n));
            if (unpairedAnswers > 0) {
                notes.add(Texts.text("note.unpairedLeftOut", unpairedAnswers));
            }
            v = value(e.mean(), e.sum(), (double) n, n);
            if (e.hasInterval()) {
                v = v.withInterval(Stats.clamp(e.low(), -4, 4), Stats.clamp(e.high(), -4, 4));
            }
            v = withWaveDetails(v, pairedBeforeMeans / n, pairedAfterMeans / n, n, n);
        } else {
            Stats.Estimate b = Stats.clusteredMean(byRespondent, BEFORE_SUM, BEFORE_N);
            Stats.Estimate f = Stats.clusteredMean(byRespondent, AFTER_SUM, AFTER_N);
            if (b == null || f == null) {
                String wave = b == null ? "avant" : "apres";
                IndicatorValue nd = IndicatorValue.notComputable(
                        Texts.text("nd.noWaveAnswer", Texts.word("measure.", measure.code()), Texts.word("wave.", wave)), definition().target());
                return nd.withNote(noWaveNote(noWave, notes));
            }
            notes.add(Texts.text("note.unpaired"));
            double diff = f.mean() - b.mean();
            v = value(diff, null, null, Math.min(b.respondents(), f.respondents()));
            double[] ci = Stats.welchInterval(f, b);
            if (ci != null) {
                v = v.withInterval(Stats.clamp(ci[0], -4, 4), Stats.clamp(ci[1], -4, 4));
            }
            v = withWaveDetails(v, b.mean(), f.mean(), b.respondents(), f.respondents());
        }
        return v.withNote(noWaveNote(noWave, notes));
    }

    private IndicatorValue value(double value, Double numerator, Double denominator, int population) {
        return new IndicatorValue(value, numerator, denominator, population, null, null,
                definition().target().statusOf(value), definition().target(), null, null, null);
    }

    private static LocalizedText noWaveNote(long noWave, List<LocalizedText> notes) {
        if (noWave > 0) {
            notes.add(Texts.text("note.noWaveLeftOut", noWave));
        }
        return Texts.join(notes);
    }

    private static IndicatorValue withWaveDetails(IndicatorValue v, double meanBefore, double meanAfter, int nBefore,
            int nAfter) {
        return v.withDetail(new Detail("mean_before", Texts.text("detail.meanBefore"), meanBefore, Unit.SCORE))
                .withDetail(new Detail("mean_after", Texts.text("detail.meanAfter"), meanAfter, Unit.SCORE))
                .withDetail(new Detail("respondents_before", Texts.text("detail.respondentsBefore"), nBefore, Unit.COUNT))
                .withDetail(new Detail("respondents_after", Texts.text("detail.respondentsAfter"), nAfter, Unit.COUNT));
    }
}
