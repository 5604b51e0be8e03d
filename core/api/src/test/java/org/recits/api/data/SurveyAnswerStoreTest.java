package org.recits.api.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/**
 * The dataset keeps survey answers column by column; what it gives back must be exactly the records
 * added, grouped by collectivité as the other kinds are, through the list and through the cursor.
 */
class SurveyAnswerStoreTest {

    @Provide
    Arbitrary<List<SurveyAnswer>> answers() {
        Arbitrary<SurveyAnswer> one = Combinators.combine(
                Arbitraries.of("a", "b", "c"),
                Arbitraries.of("s1", "s2"),
                Arbitraries.of("r1", "r2", "r3").injectNull(0.2),
                Arbitraries.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30)).injectNull(0.2),
                Arbitraries.of(Wave.class).injectNull(0.3),
                Arbitraries.of("élu", "agent").injectNull(0.3),
                Arbitraries.of("q1", "q2", "q3"),
                Arbitraries.of(Measure.class))
                .flatAs((coll, survey, resp, date, wave, role, q, measure) -> Combinators.combine(
                        Arbitraries.of(1.0, 2.5, 5.0).injectNull(0.2), Arbitraries.of("oui", "4", "texte libre"),
                        Arbitraries.of(1L, 2L, 3L))
                        .as((score, raw, line) -> new SurveyAnswer(coll, survey, resp, date, wave, role, q, measure,
                                score, raw, new SourceRef("f.csv", line))));
        return one.list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void givesBackWhatWasAddedGroupedByCollectivite(@ForAll("answers") List<SurveyAnswer> added) {
        Dataset.Builder b = Dataset.builder();
        added.forEach(b::add);
        Dataset d = b.build();
        Map<String, List<SurveyAnswer>> expected = new LinkedHashMap<>();
        added.forEach(a -> expected.computeIfAbsent(a.collectivite(), k -> new ArrayList<>()).add(a));
        List<SurveyAnswer> all = new ArrayList<>();
        expected.values().forEach(all::addAll);

        assertEquals(all, d.surveyAnswers(Scope.programme()));
        assertEquals(all, walk(d.surveyAnswerCursor(Scope.programme())));
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i), d.surveyAnswers(Scope.programme()).get(i), "get(" + i + ")");
        }
        for (Map.Entry<String, List<SurveyAnswer>> e : expected.entrySet()) {
            Scope s = Scope.of(e.getKey());
            assertEquals(e.getValue(), d.surveyAnswers(s));
            assertEquals(e.getValue(), new ArrayList<>(d.surveyAnswers(s).subList(0, e.getValue().size())));
            assertEquals(e.getValue(), walk(d.surveyAnswerCursor(s)));
        }
        assertEquals(List.of(), d.surveyAnswers(Scope.of("nowhere")));
        assertFalse(d.surveyAnswerCursor(Scope.of("nowhere")).next());
        assertEquals(all, d.toBuilder().build().surveyAnswers(Scope.programme()));
    }

    /**
     * One lab's part of a consolidated programme: {@link Dataset#onlyCollectivites} gives what copying every record
     * and retaining those of the kept collectivités gives, answers and other records alike, in the same order.
     */
    @Property(tries = 300)
    void onlyCollectivitesIsRetainOnTheCollectivite(@ForAll("answers") List<SurveyAnswer> added,
            @ForAll boolean keepA, @ForAll boolean keepB) {
        Dataset.Builder b = Dataset.builder();
        for (SurveyAnswer a : added) {
            b.add(a);
            b.add(new Participant(a.collectivite(), "p" + a.source().line(), Role.AMBASSADEUR, null, null, null, null,
                    Map.of(), a.source()));
        }
        Dataset d = b.build();
        java.util.function.Predicate<String> keep = id -> id.equals("a") ? keepA : id.equals("b") ? keepB : false;
        Dataset expected = d.toBuilder().retain(r -> keep.test(r instanceof SurveyAnswer a ? a.collectivite()
                : ((Participant) r).collectivite())).build();
        Dataset only = d.onlyCollectivites(keep);
        for (Scope s : List.of(Scope.programme(), Scope.of("a"), Scope.of("b"), Scope.of("c"))) {
            assertEquals(expected.surveyAnswers(s), only.surveyAnswers(s), s.toString());
            assertEquals(walk(expected.surveyAnswerCursor(s)), walk(only.surveyAnswerCursor(s)), s.toString());
            assertEquals(expected.participants(s), only.participants(s), s.toString());
        }
        assertEquals(expected.collectiviteIds(), only.collectiviteIds());
    }

    /**
     * A row's answers added through {@link Dataset.Builder#surveyRow} make the same dataset as the same
     * answers added one record at a time, mixed with records and with retain in between.
     */
    @Property(tries = 300)
    void surveyRowsAddWhatRecordsWould(@ForAll("answers") List<SurveyAnswer> added,
            @ForAll @net.jqwik.api.constraints.Size(max = 40) List<Boolean> asRecord) {
        Dataset.Builder byRecord = Dataset.builder();
        Dataset.Builder byRow = Dataset.builder();
        Dataset.SurveyRow row = null;
        SurveyAnswer rowOf = null;
        for (int i = 0; i < added.size(); i++) {
            SurveyAnswer a = added.get(i);
            byRecord.add(a);
            if (i < asRecord.size() && asRecord.get(i)) {
                byRow.add(a);
                continue;
            }
            if (row == null || !sameRow(rowOf, a) || i % 7 == 6) { // a new row object for the same fields too
                row = byRow.surveyRow(a.collectivite(), a.survey(), a.respondent(), a.date(), a.wave(), a.role(),
                        a.source());
                rowOf = a;
            }
            row.answer(a.question(), a.measure(), a.score(), a.raw());
            if (i == added.size() / 2) {
                byRecord.retain(SurveyAnswer.class, x -> !"b".equals(x.collectivite()));
                byRow.retain(SurveyAnswer.class, x -> !"b".equals(x.collectivite()));
            }
        }
        Dataset expected = byRecord.build();
        Dataset actual = byRow.build();
        assertEquals(expected.surveyAnswers(Scope.programme()), actual.surveyAnswers(Scope.programme()));
        assertEquals(walk(expected.surveyAnswerCursor(Scope.programme())),
                walk(actual.surveyAnswerCursor(Scope.programme())));
        for (String c : List.of("a", "b", "c")) {
            assertEquals(expected.surveyAnswers(Scope.of(c)), actual.surveyAnswers(Scope.of(c)));
        }
    }

    private static boolean sameRow(SurveyAnswer x, SurveyAnswer y) {
        return java.util.Objects.equals(x.collectivite(), y.collectivite()) && x.survey().equals(y.survey())
                && java.util.Objects.equals(x.respondent(), y.respondent()) && java.util.Objects.equals(x.date(), y.date())
                && x.wave() == y.wave() && java.util.Objects.equals(x.role(), y.role()) && x.source().equals(y.source());
    }

    @Test
    void aSurveyRowChecksWhatASurveyAnswerChecks() {
        Dataset.Builder b = Dataset.builder();
        assertThrows(NullPointerException.class, () -> b.surveyRow(null, "s", null, null, null, null, null));
        assertThrows(NullPointerException.class, () -> b.surveyRow("a", null, null, null, null, null, null));
        Dataset.SurveyRow row = b.surveyRow("a", "s", null, null, null, null, null);
        assertThrows(NullPointerException.class, () -> row.answer(null, Measure.DEMOCRATIE, 1.0, "1"));
        assertThrows(NullPointerException.class, () -> row.answer("q", null, 1.0, "1"));
        row.answer("q", Measure.DEMOCRATIE, null, "texte");
        assertEquals(List.of(new SurveyAnswer("a", "s", null, null, null, null, "q", Measure.DEMOCRATIE, null, "texte",
                SourceRef.NONE)), b.build().surveyAnswers(Scope.programme()));
    }

    @Property(tries = 200)
    void aDatasetDoesNotChangeWhenItsBuilderDoes(@ForAll("answers") List<SurveyAnswer> first,
            @ForAll("answers") List<SurveyAnswer> more) {
        Dataset.Builder b = Dataset.builder();
        first.forEach(b::add);
        Dataset before = b.build();
        List<SurveyAnswer> seen = new ArrayList<>(before.surveyAnswers(Scope.programme()));
        more.forEach(b::add);
        b.retain(SurveyAnswer.class, a -> !"a".equals(a.collectivite()));
        Dataset after = b.build();
        assertEquals(seen, before.surveyAnswers(Scope.programme()));
        assertEquals(seen, walk(before.surveyAnswerCursor(Scope.programme())));
        List<SurveyAnswer> kept = new ArrayList<>(first);
        kept.addAll(more);
        kept.removeIf(a -> "a".equals(a.collectivite()));
        Map<String, List<SurveyAnswer>> grouped = new LinkedHashMap<>();
        kept.forEach(a -> grouped.computeIfAbsent(a.collectivite(), k -> new ArrayList<>()).add(a));
        List<SurveyAnswer> expected = new ArrayList<>();
        grouped.values().forEach(expected::addAll);
        assertEquals(expected, after.surveyAnswers(Scope.programme()));
    }

    @Test
    void repeatedValuesAreSharedAndTheCursorNeedsNext() {
        Dataset.Builder b = Dataset.builder();
        for (int i = 0; i < 3; i++) {
            b.add(new SurveyAnswer("a", "s", "r" + i, LocalDate.of(2021, 1, 1), Wave.AVANT, null, "q1",
                    Measure.values()[0], 4.0, new String("Plutôt d'accord"), new SourceRef("f.csv", i + 2)));
        }
        Dataset d = b.build();
        SurveyAnswerCursor c = d.surveyAnswerCursor(Scope.programme());
        assertThrows(IllegalStateException.class, c::raw);
        List<String> raws = new ArrayList<>();
        while (c.next()) {
            raws.add(c.raw());
            assertEquals(c.answer(), new SurveyAnswer(c.collectivite(), c.survey(), c.respondent(), c.date(),
                    c.wave(), c.role(), c.question(), c.measure(), c.score(), c.raw(), c.source()));
        }
        assertEquals(3, raws.size());
        assertEquals(true, raws.get(0) == raws.get(2), "one instance for a repeated answer");
        assertThrows(IndexOutOfBoundsException.class, () -> d.surveyAnswers(Scope.programme()).get(3));
    }

    @Test
    void manyDistinctQuestionsWidenTheCodesAndKeepEarlierDatasetsAsTheyWere() {
        Dataset.Builder b = Dataset.builder();
        List<SurveyAnswer> added = new ArrayList<>();
        Dataset before = null;
        for (int i = 0; i < 2_100; i++) { // past 2^11 distinct questions, codes no longer fit one int
            SurveyAnswer a = new SurveyAnswer(i % 2 == 0 ? "a" : "b", "s", "r" + i / 3, null, null, null, "q" + i,
                    Measure.values()[i % Measure.values().length], i % 5 + 1.0, "v" + i, new SourceRef("f.csv", i));
            b.add(a);
            added.add(a);
            if (i == 1_000) {
                before = b.build();
            }
        }
        Dataset after = b.build();
        List<SurveyAnswer> expected = new ArrayList<>();
        added.stream().filter(a -> a.collectivite().equals("a")).forEach(expected::add);
        added.stream().filter(a -> a.collectivite().equals("b")).forEach(expected::add);
        assertEquals(expected, after.surveyAnswers(Scope.programme()));
        assertEquals(expected, walk(after.surveyAnswerCursor(Scope.programme())));
        List<SurveyAnswer> first = new ArrayList<>();
        added.subList(0, 1_001).stream().filter(a -> a.collectivite().equals("a")).forEach(first::add);
        added.subList(0, 1_001).stream().filter(a -> a.collectivite().equals("b")).forEach(first::add);
        assertEquals(first, before.surveyAnswers(Scope.programme()));
    }

    private static List<SurveyAnswer> walk(SurveyAnswerCursor c) {
        List<SurveyAnswer> out = new ArrayList<>();
        while (c.next()) {
            out.add(c.answer());
        }
        return out;
    }
}
