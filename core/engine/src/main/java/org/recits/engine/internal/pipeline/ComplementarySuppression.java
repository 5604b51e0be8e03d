package org.recits.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.recits.api.model.Scope;
import org.recits.api.report.Observation;

/**
 * Hides more collectivités' values where the ones hidden for resting on too few people could be recomputed
 * by subtraction: the programme's numerator, denominator and population are the sums of the collectivités',
 * so with one collectivité hidden, the programme minus the others gives it back. For each period, while the
 * hidden collectivités together rest on fewer people than the threshold, the shown one with the fewest
 * people is hidden too (complementary suppression, as statistical offices and OpenSAFELY do). What
 * subtraction then gives is only a total over groups that together reach the threshold. When no other
 * collectivité is left to hide, the hidden ones are all the programme has, and the programme's value,
 * resting on as few people, is already hidden.
 */
final class ComplementarySuppression {

    private ComplementarySuppression() {
    }

    /**
     * Applies complementary suppression to one indicator's observations.
     *
     * @param scopes    the report's scopes, the programme among them
     * @param byScope   for each scope (same order), its observations by period (same order for all scopes);
     *                  changed in place
     * @param threshold fewest people a published figure may rest on
     */
    static void apply(List<Scope> scopes, List<List<Observation>> byScope, int threshold) {
        if (threshold <= 1 || byScope.isEmpty()) {
            return;
        }
        int periods = byScope.get(0).size();
        for (int p = 0; p < periods; p++) {
            List<Integer> hidden = new ArrayList<>();
            List<Integer> shown = new ArrayList<>();
            long hiddenPeople = 0;
            for (int s = 0; s < scopes.size(); s++) {
                Observation o = byScope.get(s).get(p);
                Integer people = o.value().population();
                if (scopes.get(s).isProgramme() || people == null || people == 0) {
                    continue; // no one behind it: nothing to recompute, nothing to protect
                }
                if (o.suppressed()) {
                    hidden.add(s);
                    hiddenPeople += people;
                } else if (o.value().isComputable()) {
                    shown.add(s);
                }
            }
            if (hidden.isEmpty()) {
                continue;
            }
            final int period = p;
            // Fewest people first, then the scopes' order: the same inputs always hide the same cells.
            shown.sort(Comparator.<Integer>comparingInt(s -> byScope.get(s).get(period).value().population())
                    .thenComparingInt(s -> s));
            for (int i = 0; hiddenPeople < threshold && i < shown.size(); i++) {
                int s = shown.get(i);
                Observation o = byScope.get(s).get(p);
                byScope.get(s).set(p, o.hiddenToProtectAnother());
                hiddenPeople += o.value().population();
            }
        }
    }
}
