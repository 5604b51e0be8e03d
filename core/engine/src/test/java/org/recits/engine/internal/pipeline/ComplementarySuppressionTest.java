package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.report.Observation;

/** No hidden value can be worked back out from the programme's total and the values shown. */
class ComplementarySuppressionTest {

    private static final int THRESHOLD = 5;
    private static final Period Q = Period.parse("2021-T1");
    private static final LocalizedText NONE = LocalizedText.of("aucun", "none");

    /** A programme and one collectivité per count; each value is a count of people, like a number of ambassadors. */
    private static List<List<Observation>> observe(List<Scope> scopes, List<Integer> people) {
        List<List<Observation>> out = new ArrayList<>();
        int total = people.stream().mapToInt(Integer::intValue).sum();
        out.add(new ArrayList<>(List.of(observation(total))));
        for (int p : people) {
            out.add(new ArrayList<>(List.of(observation(p))));
        }
        return out;
    }

    private static Observation observation(int people) {
        IndicatorValue v = people == 0 ? IndicatorValue.notComputable(NONE, TargetBand.NONE)
                : IndicatorValue.ratio(people * 2.0, people, TargetBand.NONE, NONE).withPopulation(people);
        return new Observation(Q, people == 0 ? v.withPopulation(0) : v, people < THRESHOLD);
    }

    private static List<Scope> scopes(int collectivites) {
        List<Scope> s = new ArrayList<>(List.of(Scope.programme()));
        for (int i = 0; i < collectivites; i++) {
            s.add(Scope.of("c" + i));
        }
        return s;
    }

    private static List<Boolean> hidden(List<List<Observation>> obs) {
        return obs.stream().map(o -> o.get(0).suppressed()).toList();
    }

    @Test
    void oneSmallCollectiviteHiddenAloneWouldBeTheProgrammeMinusTheOthersSoTheSmallestShownOneIsHiddenToo() {
        List<List<Observation>> obs = observe(scopes(4), List.of(3, 40, 12, 9));
        ComplementarySuppression.apply(scopes(4), obs, THRESHOLD);
        assertThat(hidden(obs)).containsExactly(false, true, false, false, true);
        assertThat(obs.get(1).get(0).complementary()).isFalse();
        assertThat(obs.get(4).get(0).complementary()).isTrue();
    }

    @Test
    void twoSmallOnesTogetherBelowTheThresholdStillNeedAThird() {
        List<List<Observation>> obs = observe(scopes(4), List.of(2, 40, 2, 9));
        ComplementarySuppression.apply(scopes(4), obs, THRESHOLD);
        assertThat(hidden(obs)).containsExactly(false, true, false, true, true);
    }

    @Test
    void twoSmallOnesThatTogetherReachTheThresholdAreEnough() {
        List<List<Observation>> obs = observe(scopes(4), List.of(3, 40, 4, 9));
        ComplementarySuppression.apply(scopes(4), obs, THRESHOLD);
        assertThat(hidden(obs)).containsExactly(false, true, false, true, false);
    }

    @Test
    void nothingHiddenNothingMoreHiddenAndACollectiviteWithNoOneProtectsNothing() {
        List<List<Observation>> none = observe(scopes(3), List.of(10, 20, 30));
        ComplementarySuppression.apply(scopes(3), none, THRESHOLD);
        assertThat(hidden(none)).containsOnly(false);
        List<List<Observation>> empty = observe(scopes(3), List.of(3, 0, 30));
        ComplementarySuppression.apply(scopes(3), empty, THRESHOLD);
        // the collectivité with no one is n/d (and hidden as below the threshold): it hides no one's value
        assertThat(hidden(empty)).containsExactly(false, true, true, true);
        assertThat(empty.get(3).get(0).complementary()).isTrue();
    }

    @Test
    void equalCountsAreBrokenByTheScopesOrderSoTheSameInputsHideTheSameCells() {
        List<List<Observation>> obs = observe(scopes(3), List.of(1, 9, 9));
        ComplementarySuppression.apply(scopes(3), obs, THRESHOLD);
        assertThat(hidden(obs)).containsExactly(false, true, true, false);
    }

    @Property(tries = 500)
    void whatSubtractionGivesBackRestsOnAtLeastThresholdPeople(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 30) Integer> people) {
        List<Scope> scopes = scopes(people.size());
        List<List<Observation>> obs = observe(scopes, people);
        ComplementarySuppression.apply(scopes, obs, THRESHOLD);
        boolean programmeShown = !obs.get(0).get(0).suppressed();
        int hiddenPeople = 0;
        int hiddenCount = 0;
        for (int s = 1; s < obs.size(); s++) {
            Observation o = obs.get(s).get(0);
            if (o.suppressed() && people.get(s - 1) > 0) {
                hiddenPeople += people.get(s - 1);
                hiddenCount++;
            }
            if (people.get(s - 1) > 0 && people.get(s - 1) < THRESHOLD) {
                assertThat(o.suppressed()).as("a small group is always hidden").isTrue();
            }
        }
        if (programmeShown && hiddenCount > 0) {
            // programme − shown = the hidden ones together: never one small group, never fewer than the threshold
            assertThat(hiddenPeople).isGreaterThanOrEqualTo(THRESHOLD);
        }
    }

    /** Labs of collectivités' counts: the programme, then each lab and its collectivités, in Scope's order. */
    private static List<Scope> labScopes(List<List<Integer>> labs) {
        List<Scope> s = new ArrayList<>(List.of(Scope.programme()));
        for (int l = 0; l < labs.size(); l++) {
            s.add(Scope.ofLab("l" + l));
            for (int c = 0; c < labs.get(l).size(); c++) {
                s.add(Scope.of("l" + l + "c" + c).inLab("l" + l));
            }
        }
        return s;
    }

    private static List<List<Observation>> observeLabs(List<List<Integer>> labs) {
        List<List<Observation>> out = new ArrayList<>();
        out.add(new ArrayList<>(List.of(observation(labs.stream().flatMap(List::stream).mapToInt(i -> i).sum()))));
        for (List<Integer> lab : labs) {
            out.add(new ArrayList<>(List.of(observation(lab.stream().mapToInt(i -> i).sum()))));
            lab.forEach(p -> out.add(new ArrayList<>(List.of(observation(p)))));
        }
        return out;
    }

    @Test
    void aSmallCollectiviteIsProtectedWithinItsLabWhoseTotalIsShown() {
        List<List<Integer>> labs = List.of(List.of(3, 40), List.of(12, 9));
        List<List<Observation>> obs = observeLabs(labs);
        ComplementarySuppression.apply(labScopes(labs), obs, THRESHOLD);
        // lab l0 − its other collectivité would give the small one: that one is hidden too, in its lab, not in l1
        assertThat(hidden(obs)).containsExactly(false, false, true, true, false, false, false);
    }

    @Test
    void aLabHiddenToProtectAnotherHidesItsCollectivitesThatWouldAddUpToIt() {
        List<List<Integer>> labs = List.of(List.of(2), List.of(30, 40), List.of(10));
        List<List<Observation>> obs = observeLabs(labs);
        ComplementarySuppression.apply(labScopes(labs), obs, THRESHOLD);
        // programme − l1 − l2 gives l0: l2, the smallest lab shown, is hidden; its one collectivité, equal to it, too
        assertThat(hidden(obs)).containsExactly(false, true, true, false, false, false, true, true);
        assertThat(obs.get(6).get(0).complementary()).isTrue();
        assertThat(obs.get(7).get(0).complementary()).isTrue();
    }

    @Property(tries = 300)
    void withLabsEveryWholeMinusItsShownPartsRestsOnAtLeastThresholdPeople(
            @ForAll @Size(min = 1, max = 4) List<@Size(min = 1, max = 4) List<@IntRange(min = 0, max = 30) Integer>> labs) {
        List<Scope> scopes = labScopes(labs);
        List<List<Observation>> obs = observeLabs(labs);
        ComplementarySuppression.apply(scopes, obs, THRESHOLD);
        List<Integer> labIndex = new ArrayList<>();
        for (int s = 0; s < scopes.size(); s++) {
            if (scopes.get(s).isLab()) {
                labIndex.add(s);
            }
        }
        List<Integer> labPeople = labs.stream().map(l -> l.stream().mapToInt(i -> i).sum()).toList();
        // the programme over its labs
        assertProtected(obs.get(0).get(0).suppressed(), labIndex, labPeople, obs);
        // each lab over its collectivités, whether the lab is shown or hidden (a hidden lab is itself a total to keep)
        for (int l = 0; l < labs.size(); l++) {
            List<Integer> parts = new ArrayList<>();
            for (int c = 0; c < labs.get(l).size(); c++) {
                parts.add(labIndex.get(l) + 1 + c);
            }
            assertProtected(obs.get(labIndex.get(l)).get(0).suppressed(), parts, labs.get(l), obs);
        }
    }

    private static void assertProtected(boolean wholeHidden, List<Integer> parts, List<Integer> people,
            List<List<Observation>> obs) {
        int hiddenPeople = 0;
        int hiddenCount = 0;
        int withPeople = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (people.get(i) > 0) {
                withPeople++;
                if (obs.get(parts.get(i)).get(0).suppressed()) {
                    hiddenPeople += people.get(i);
                    hiddenCount++;
                }
            }
        }
        if (wholeHidden && withPeople > 0) {
            assertThat(hiddenCount).as("a hidden total is not the sum of shown parts").isPositive();
        }
        if (hiddenCount > 0 && hiddenCount < withPeople) {
            assertThat(hiddenPeople).as("the whole minus its shown parts").isGreaterThanOrEqualTo(THRESHOLD);
        }
    }
}
