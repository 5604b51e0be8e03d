package org.recits.indicators.values.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/**
 * computeAll (one walk for every scope and period) against compute pair by pair, and both against the
 * walk each pair used to make over {@link Dataset#surveyAnswers} (kept below as the oracle): same values
 * bit for bit, same notes, same n.
 */
class ComputeAllTest {

    private static final List<String> COLLECTIVITES = List.of("metz", "brest", "albi", "nancy");
    private static final List<Measure> MEASURES = List.of(Measure.SATISFACTION, Measure.DEMOCRATIE,
            Measure.CAPACITATION, Measure.QUALITE);
    // uuids are kept in their 128 bits (RespondentIds): the same one stripped, and its upper-case other
    private static final List<String> RESPONDENTS = List.of("r1", "r2", "r3", " r1", "r4 ", "r5", "", "  ",
            "0f8e2b1c-3d4a-4e5f-8a9b-0c1d2e3f4a5b", " 0f8e2b1c-3d4a-4e5f-8a9b-0c1d2e3f4a5b",
            "0F8E2B1C-3D4A-4E5F-8A9B-0C1D2E3F4A5B", "7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static final List<String> ROLES = List.of("usager", "Habitante", "élu", "agent_service", " ");
    private static final List<Period> PERIODS = List.of(Period.parse("2020-T1"), Period.parse("2020-T2"),
            Period.parse("2019-T4"), Period.parse("2020"), Period.parse("2020-02"),
            Period.parse("2019-12-15..2020-01-20"), Period.parse("2018-T1"));

    record Case(List<SurveyAnswer> answers, Set<String> withUsers, List<Scope> scopes, List<Period> periods) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<SurveyAnswer> answer = Combinators.combine(
                Arbitraries.of(COLLECTIVITES),
                Arbitraries.of(RESPONDENTS).injectNull(0.2),
                Arbitraries.integers().between(0, 200).map(i -> LocalDate.of(2019, 11, 1).plusDays(i))
                        .injectNull(0.15),
                Arbitraries.of(Wave.class).injectNull(0.1),
                Arbitraries.of(MEASURES),
                // fractions as well as whole scores: sums then depend on their order
                Arbitraries.doubles().between(1, 5).ofScale(3).injectNull(0.1),
                Arbitraries.of(ROLES).injectNull(0.2)).as((c, r, d, w, m, score, role) ->
                        new SurveyAnswer(c, "q", r, d, w, role, "Q", m, score,
                                score == null ? "texte" : score.toString(), null));
        // Runs of one respondent's answers, then shuffled runs, so ids recur apart from each other.
        Arbitrary<List<SurveyAnswer>> answers = answer.list().ofMaxSize(4).map(run -> {
            if (run.isEmpty()) {
                return run;
            }
            SurveyAnswer first = run.get(0);
            List<SurveyAnswer> same = new ArrayList<>();
            for (SurveyAnswer a : run) {
                same.add(new SurveyAnswer(first.collectivite(), a.survey(), first.respondent(), first.date(),
                        first.wave(), first.role(), a.question(), a.measure(), a.score(), a.raw(), null));
            }
            return same;
        }).list().ofMaxSize(40).map(runs -> runs.stream().flatMap(List::stream).toList());
        Arbitrary<Scope> scope = Arbitraries.of("programme", "metz", "brest", "albi", "nancy", "absente")
                .map(s -> s.equals("programme") ? Scope.programme() : Scope.of(s));
        return Combinators.combine(answers,
                Arbitraries.subsetOf(COLLECTIVITES),
                scope.list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.of(PERIODS).list().ofMinSize(1).ofMaxSize(5)).as(Case::new);
    }

    private static Dataset dataset(Case c) {
        Dataset.Builder b = Dataset.builder();
        c.answers().forEach(b::add);
        c.withUsers().forEach(id -> b.add(Fixtures.person(id, "u1", Role.USAGER)));
        return b.build();
    }

    @Property(tries = 300)
    void surveyMeansAreThoseOfThePairByPairWalk(@ForAll("cases") Case c) {
        Dataset data = dataset(c);
        for (SurveyMean indicator : List.of(new SessionSatisfaction(), new DemocracySurveyScore())) {
            check(indicator, data, c, (s, p) -> oldSurveyMean(indicator, data, s, p));
        }
    }

    @Property(tries = 300)
    void waveDeltasAreThoseOfThePairByPairWalk(@ForAll("cases") Case c) {
        Dataset data = dataset(c);
        for (WaveDelta indicator : List.of(new SkillsGain(), new ServiceExperienceDelta())) {
            check(indicator, data, c, (s, p) -> oldWaveDelta(indicator, data, s, p));
        }
    }

    @Property(tries = 300)
    void surveyUsersAreThoseOfThePairByPairWalk(@ForAll("cases") Case c) {
        Dataset data = dataset(c);
        UsersInvolved indicator = new UsersInvolved();
        check(indicator, data, c, (s, p) -> {
            IndicatorValue v = indicator.compute(data, s, p);
            if (v.isComputable()) {
                assertThat(v.details().get(0).value()).isEqualTo(oldSurveyUsers(data, s, p));
            }
            return v;
        });
    }

    @Test
    void aScopeAbsentFromTheDataHasTheValueOfAnEmptyOne() {
        Dataset data = Dataset.builder()
                .add(Fixtures.wave("metz", "a", "2020-01-05", Wave.AVANT, Measure.CAPACITATION, 2))
                .add(Fixtures.wave("metz", "a", "2020-02-05", Wave.APRES, Measure.CAPACITATION, 4))
                .build();
        Period t1 = Period.parse("2020-T1");
        List<List<IndicatorValue>> all = new SkillsGain().computeAll(data,
                List.of(Scope.of("brest"), Scope.programme(), Scope.of("metz")), List.of(t1));
        assertThat(all.get(0).get(0).isComputable()).isFalse();
        assertThat(all.get(1).get(0).value()).isEqualTo(2.0);
        assertThat(all.get(2).get(0)).isEqualTo(all.get(1).get(0));
    }

    @Test
    void answersWithoutRoleAreNotUsers() {
        // the role used to be normalised and looked up as is: a missing role threw from Set.of(...).contains
        Dataset data = Dataset.builder()
                .add(Fixtures.person("metz", "u1", Role.USAGER))
                .add(Fixtures.withRole("metz", "a", "2020-01-05", null))
                .add(Fixtures.withRole("metz", "b", "2020-01-05", " "))
                .add(Fixtures.withRole("metz", "c", "2020-01-05", "Usagère"))
                .build();
        IndicatorValue v = new UsersInvolved().compute(data, Scope.of("metz"), Period.parse("2020-T1"));
        assertThat(v.details().get(0).value()).isEqualTo(1.0);
    }

    private interface Oracle {
        IndicatorValue value(Scope scope, Period period);
    }

    private static void check(Indicator indicator, Dataset data, Case c, Oracle oracle) {
        List<List<IndicatorValue>> all = indicator.computeAll(data, c.scopes(), c.periods());
        assertThat(all).hasSize(c.scopes().size());
        for (int i = 0; i < c.scopes().size(); i++) {
            assertThat(all.get(i)).hasSize(c.periods().size());
            for (int j = 0; j < c.periods().size(); j++) {
                Scope s = c.scopes().get(i);
                Period p = c.periods().get(j);
                IndicatorValue one = indicator.compute(data, s, p);
                // record equality: Double.equals compares the bits
                assertThat(all.get(i).get(j)).as("%s %s %s", indicator.definition().code(), s, p).isEqualTo(one);
                assertThat(one).as("%s %s %s (oracle)", indicator.definition().code(), s, p)
                        .isEqualTo(oracle.value(s, p));
            }
        }
    }

    // --- the walk each (scope, period) made before computeAll, over records, as the oracle ---

    private record Respondent(String collectivite, String id, long row) {
    }

    private static String respondentId(SurveyAnswer a) {
        return a.respondent() == null || a.respondent().isBlank() ? null : a.respondent().strip();
    }

    private static List<SurveyAnswer> answers(Dataset data, Scope scope) {
        if (!scope.isProgramme()) {
            return data.surveyAnswers(scope);
        }
        List<SurveyAnswer> out = new ArrayList<>();
        data.collectiviteIds().forEach(id -> out.addAll(data.surveyAnswers(Scope.of(id))));
        return out;
    }

    private static IndicatorValue oldSurveyMean(SurveyMean indicator, Dataset data, Scope scope, Period period) {
        Measure measure = measureOf(indicator);
        Map<Respondent, double[]> byRespondent = new LinkedHashMap<>();
        long undated = 0;
        long high = 0;
        long row = 0;
        for (SurveyAnswer a : answers(data, scope)) {
            if (a.measure() != measure || a.score() == null) {
                continue;
            }
            if (a.date() == null) {
                undated++;
                continue;
            }
            if (!period.contains(a.date())) {
                continue;
            }
            String id = respondentId(a);
            double[] acc = byRespondent.computeIfAbsent(new Respondent(a.collectivite(), id, id == null ? row++ : -1),
                    k -> new double[2]);
            acc[0] += a.score();
            acc[1]++;
            if (a.score() >= 4) {
                high++;
            }
        }
        return indicator.value(asSums(byRespondent.values(), 2), undated, high);
    }

    private static IndicatorValue oldWaveDelta(WaveDelta indicator, Dataset data, Scope scope, Period period) {
        Measure measure = measureOf(indicator);
        Map<Respondent, double[]> byRespondent = new LinkedHashMap<>();
        long noWave = 0;
        long row = 0;
        for (SurveyAnswer a : answers(data, scope)) {
            if (a.measure() != measure || a.score() == null) {
                continue;
            }
            if (a.date() != null && !period.upTo(a.date())) {
                continue;
            }
            if (a.wave() == null) {
                noWave++;
                continue;
            }
            String id = respondentId(a);
            double[] acc = byRespondent.computeIfAbsent(new Respondent(a.collectivite(), id, id == null ? row++ : -1),
                    k -> new double[WaveDelta.SLOTS]);
            int at = a.wave() == Wave.AVANT ? 0 : 2;
            acc[at] += a.score();
            acc[at + 1]++;
            acc[WaveDelta.HAS_ID] = id == null ? 0 : 1;
        }
        return indicator.value(asSums(byRespondent.values(), WaveDelta.SLOTS), noWave);
    }

    /** The oracle's rows, in order, as the one part of sums the indicator reads. */
    private static List<AnswerPass.Sums> asSums(java.util.Collection<double[]> rows, int slots) {
        AnswerPass.Sums sums = new AnswerPass.Sums(slots);
        for (double[] row : rows) {
            int at = sums.add();
            System.arraycopy(row, 0, sums.values, at, slots);
        }
        return List.of(sums);
    }

    private static double oldSurveyUsers(Dataset data, Scope scope, Period period) {
        Set<String> roles = Set.of("usager", "usagere", "usagers", "habitant", "habitante", "habitants");
        Set<Respondent> respondents = new HashSet<>();
        long row = 0;
        for (SurveyAnswer a : answers(data, scope)) {
            String role = Rows.roleCode(a.role());
            if ((a.date() == null || period.upTo(a.date())) && role != null && roles.contains(role)) {
                String id = respondentId(a);
                respondents.add(new Respondent(a.collectivite(), id, id == null ? row++ : -1));
            }
        }
        return respondents.size();
    }

    /** The measure an indicator reads, from its definition's code. */
    private static Measure measureOf(Indicator indicator) {
        return switch (indicator.definition().code()) {
            case "QUAL_SESSION_SATISFACTION" -> Measure.SATISFACTION;
            case "DEM_SURVEY_SCORE" -> Measure.DEMOCRATIE;
            case "CAP_SKILLS_GAIN" -> Measure.CAPACITATION;
            case "QUAL_SERVICE_EXPERIENCE_DELTA" -> Measure.QUALITE;
            default -> throw new IllegalArgumentException(indicator.definition().code());
        };
    }
}
