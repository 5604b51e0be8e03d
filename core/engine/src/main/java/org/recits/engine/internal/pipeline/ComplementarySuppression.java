package org.recits.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
 *
 * <p>A report with a lab level is protected level by level, as a table with subtotals: the labs within the
 * programme first, then each lab's collectivités within their lab. A lab hidden to protect another could be
 * recomputed from its shown collectivités, so its collectivités are then hidden until those hidden reach the
 * threshold, as for a lab hidden for resting on too few people.
 */
final class ComplementarySuppression {

    private ComplementarySuppression() {
    }

    /**
     * Applies complementary suppression to one indicator's observations.
     *
     * @param scopes    the report's scopes, the programme among them, and its labs when it has a lab level
     * @param byScope   for each scope (same order), its observations by period (same order for all scopes);
     *                  changed in place
     * @param threshold fewest people a published figure may rest on
     */
    static void apply(List<Scope> scopes, List<List<Observation>> byScope, int threshold) {
        if (threshold <= 1 || byScope.isEmpty()) {
            return;
        }
        List<Integer> labs = new ArrayList<>();
        for (int s = 0; s < scopes.size(); s++) {
            if (scopes.get(s).isLab()) {
                labs.add(s);
            }
        }
        if (labs.isEmpty()) {
            List<Integer> parts = new ArrayList<>();
            for (int s = 0; s < scopes.size(); s++) {
                if (!scopes.get(s).isProgramme()) {
                    parts.add(s);
                }
            }
            protect(-1, parts, byScope, threshold);
            return;
        }
        protect(-1, labs, byScope, threshold);
        for (int lab : labs) {
            String name = scopes.get(lab).lab();
            List<Integer> parts = new ArrayList<>();
            for (int s = 0; s < scopes.size(); s++) {
                if (!scopes.get(s).isLab() && Objects.equals(scopes.get(s).lab(), name)) {
                    parts.add(s);
                }
            }
            protect(lab, parts, byScope, threshold);
        }
    }

    /**
     * Protects the hidden parts of one whole, period by period.
     *
     * @param whole the whole's index when its being hidden must be protected too (a lab); -1 otherwise
     * @param parts the indices of the scopes whose values sum to the whole's
     */
    private static void protect(int whole, List<Integer> parts, List<List<Observation>> byScope, int threshold) {
        int periods = byScope.get(0).size();
        for (int p = 0; p < periods; p++) {
            List<Integer> hidden = new ArrayList<>();
            List<Integer> shown = new ArrayList<>();
            long hiddenPeople = 0;
            for (int s : parts) {
                Observation o = byScope.get(s).get(p);
                Integer people = o.value().population();
                if (people == null || people == 0) {
                    continue; // no one behind it: nothing to recompute, nothing to protect
                }
                if (o.suppressed()) {
                    hidden.add(s);
                    hiddenPeople += people;
                } else if (o.value().isComputable()) {
                    shown.add(s);
                }
            }
            boolean wholeHidden = whole >= 0 && byScope.get(whole).get(p).suppressed();
            if (hidden.isEmpty() && !wholeHidden) {
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
