package org.recits.indicators.values.internal;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Means of survey scores with their 95 % Student-t intervals.
 *
 * <p>Answers are grouped by respondent ("clusters"): one person answering four satisfaction items gives
 * four correlated answers, not four independent ones, so the interval is computed over respondents.
 * The mean itself stays the mean of all answers (a mean is over all the rows beneath it).
 */
final class Stats {

    /** Two-sided 95 %: the 0.975 quantile of Student's t. */
    static final double UPPER_TAIL = 0.975;

    private Stats() {
    }

    /**
     * A mean with what it was built on.
     *
     * @param mean        the estimate
     * @param sum         Σ of the scores (or of the per-respondent differences)
     * @param count       number of answers (or of differences) the mean divides by
     * @param respondents number of distinct respondents (clusters)
     * @param se          standard error, NaN when fewer than 2 respondents
     * @param low         lower bound of the 95 % interval, or null when fewer than 2 respondents
     * @param high        upper bound, or null
     */
    record Estimate(double mean, double sum, double count, int respondents, double se, Double low, Double high) {

        boolean hasInterval() {
            return low != null;
        }
    }

    /** The 0.975 quantile of Student's t with {@code df} degrees of freedom (df may be fractional, Welch). */
    static double t975(double df) {
        // No random generator: only the quantile is used.
        return new TDistribution(null, df).inverseCumulativeProbability(UPPER_TAIL);
    }

    /**
     * Mean of all answers Σy ÷ Σm, where each row of {@code respondents} is one respondent's Σ scores (slot
     * {@code sum}) and number of answers (slot {@code answers}); rows without answers are left out.
     * Standard error by linearisation of the ratio over respondents (Cochran): with
     * e_i = y_i − mean·m_i, se = √(s²(e) ÷ n) ÷ m̄; interval mean ± t(0.975, n − 1)·se. With one
     * answer per respondent this is exactly the textbook t-interval s ÷ √n.
     *
     * @return null when there is no answer
     */
    static Estimate clusteredMean(List<AnswerPass.Sums> respondents, int sum, int answers) {
        double total = 0;
        double count = 0;
        int n = 0;
        for (AnswerPass.Sums part : respondents) {
            for (int r = 0; r < part.rows; r++) {
                double m = part.get(r, answers);
                if (m > 0) {
                    total += part.get(r, sum);
                    count += m;
                    n++;
                }
            }
        }
        if (n == 0) {
            return null;
        }
        double mean = total / count;
        if (n < 2) {
            return new Estimate(mean, total, count, n, Double.NaN, null, null);
        }
        SummaryStatistics residuals = new SummaryStatistics();
        for (AnswerPass.Sums part : respondents) {
            for (int r = 0; r < part.rows; r++) {
                double m = part.get(r, answers);
                if (m > 0) {
                    residuals.addValue(part.get(r, sum) - mean * m);
                }
            }
        }
        double meanAnswers = count / n;
        double se = Math.sqrt(residuals.getVariance() / n) / meanAnswers;
        double half = t975(n - 1) * se;
        return new Estimate(mean, total, count, n, se, mean - half, mean + half);
    }

    /** Mean of per-respondent differences with the paired t-interval (df = n − 1); null when empty. */
    static Estimate pairedMean(double[] differences) {
        if (differences.length == 0) {
            return null;
        }
        SummaryStatistics s = new SummaryStatistics();
        for (double d : differences) {
            s.addValue(d);
        }
        int n = differences.length;
        double mean = s.getMean();
        if (n < 2) {
            return new Estimate(mean, s.getSum(), n, n, Double.NaN, null, null);
        }
        double se = s.getStandardDeviation() / Math.sqrt(n);
        double half = t975(n - 1) * se;
        return new Estimate(mean, s.getSum(), n, n, se, mean - half, mean + half);
    }

    /**
     * Difference {@code after.mean − before.mean} with Welch's interval: se = √(se₁² + se₂²),
     * df by Welch–Satterthwaite over respondents. No interval when a wave has fewer than 2 respondents.
     *
     * @return {low, high}, or null when no interval can be given
     */
    static double[] welchInterval(Estimate after, Estimate before) {
        if (!after.hasInterval() || !before.hasInterval()) {
            return null;
        }
        double diff = after.mean() - before.mean();
        double v1 = after.se() * after.se();
        double v2 = before.se() * before.se();
        if (v1 + v2 == 0) {
            return new double[] {diff, diff};
        }
        double df = (v1 + v2) * (v1 + v2)
                / (v1 * v1 / (after.respondents() - 1) + v2 * v2 / (before.respondents() - 1));
        double half = t975(df) * Math.sqrt(v1 + v2);
        return new double[] {diff - half, diff + half};
    }

    /** Keeps an interval bound within what the scale allows (a mean of 1–5 scores cannot exceed 5). */
    static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
