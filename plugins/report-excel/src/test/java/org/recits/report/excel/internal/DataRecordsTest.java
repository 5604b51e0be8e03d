package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.model.Measure;
import org.recits.api.model.Scope;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/**
 * The {@code reponses-mois} records, summed in one pass over the answer cursor with the per-response part
 * of the key cached, against the straightforward computation (a key per answer, sorted map) they replaced.
 */
class DataRecordsTest {

    /** One expected record: its eight key parts, then number of answers and sum of scores. */
    record Row(List<String> key, double answers, double sum) {
    }

    @Property(tries = 200)
    void monthlySumsEqualAKeyPerAnswer(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int size) {
        Dataset data = answers(new Random(seed), size);
        List<Row> actual = new ArrayList<>();
        for (MonthlySums.Monthly m : MonthlySums.monthly(data.surveyAnswerCursor(Scope.programme()))) {
            actual.add(new Row(List.of(m.collectivite(), m.survey(), m.question(), m.month(), m.measure(),
                    m.wave(), m.role(), m.file()), m.answers(), m.sum()));
        }
        // Same sums bit for bit: each adds its scores in the answers' order, as the reference does.
        assertThat(actual).containsExactlyElementsOf(straightforward(data.surveyAnswers(Scope.programme())));
    }

    @Test
    void aboveTheLimitAnswersAreSummedPerMonthAndCountedOnce() {
        Dataset data = answers(new Random(7), DataRecords.DETAILED_ANSWERS_MAX + 1);
        DataRecords records = DataRecords.of(data);
        List<DataRecords.Field> first = new ArrayList<>();
        records.forEach(first::add);
        List<DataRecords.Field> second = new ArrayList<>();
        records.forEach(second::add);
        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(records.count()).isEqualTo(first.size());
        assertThat(first).allMatch(f -> f.type().equals("reponses-mois"));
        // Seven fields per record at most (empty wave or role left out), one record per expected row.
        List<Row> expected = straightforward(data.surveyAnswers(Scope.programme()));
        assertThat(first.stream().filter(f -> f.field().equals("reponses")).count()).isEqualTo(expected.size());
        DataRecords.Field answers = first.stream().filter(f -> f.field().equals("reponses")).findFirst().get();
        DataRecords.Field sum = first.stream().filter(f -> f.field().equals("score_somme")).findFirst().get();
        Row row = expected.get(0);
        assertThat(answers.number()).isEqualTo(row.answers());
        assertThat(sum.number()).isEqualTo(row.sum());
        assertThat(answers.collectivite()).isEqualTo(row.key().get(0));
        assertThat(answers.id()).isEqualTo(row.key().get(1) + "/" + row.key().get(2)
                + (row.key().get(3).isEmpty() ? "" : "/" + row.key().get(3)));
        assertThat(answers.source()).isEqualTo(row.key().get(7));
    }

    /** A slice is the same fields as the whole walk's, from its first to before its last (sheets split so). */
    @Property(tries = 100)
    void aSliceIsThatPartOfTheWholeWalk(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int size,
            @ForAll @IntRange(min = 0, max = 2000) int a, @ForAll @IntRange(min = 0, max = 2000) int b) {
        DataRecords records = DataRecords.of(answers(new Random(seed), size));
        List<DataRecords.Field> all = new ArrayList<>();
        records.forEach(all::add);
        assertThat(records.count()).isEqualTo(all.size());
        long from = Math.min(a, b);
        long to = Math.max(a, b);
        List<DataRecords.Field> slice = new ArrayList<>();
        records.forEach(from, to, slice::add);
        assertThat(slice).isEqualTo(all.subList((int) Math.min(from, all.size()), (int) Math.min(to, all.size())));
    }

    @Test
    void slicesOfMonthlySumsCoverTheWholeWalk() {
        DataRecords records = DataRecords.of(answers(new Random(3), DataRecords.DETAILED_ANSWERS_MAX + 1));
        List<DataRecords.Field> all = new ArrayList<>();
        records.forEach(all::add);
        long half = records.count() / 2;
        List<DataRecords.Field> halves = new ArrayList<>();
        records.forEach(0, half, halves::add);
        assertThat(halves).hasSize((int) half);
        records.forEach(half, records.count(), halves::add);
        assertThat(halves).isEqualTo(all);
    }

    @Test
    void belowTheLimitEachAnswerIsARecordAsTheListGivesIt() {
        Dataset data = answers(new Random(11), 500);
        DataRecords records = DataRecords.of(data);
        List<DataRecords.Field> fields = new ArrayList<>();
        records.forEach(fields::add);
        assertThat(records.count()).isEqualTo(fields.size());
        List<DataRecords.Field> expected = new ArrayList<>();
        for (SurveyAnswer a : data.surveyAnswers(Scope.programme())) {
            String id = a.respondent() == null ? a.survey() : a.survey() + "/" + a.respondent();
            String source = a.source().toString();
            List<Object[]> values = new ArrayList<>();
            values.add(new Object[] {"questionnaire", a.survey()});
            values.add(new Object[] {"vague", a.wave() == null ? null : a.wave().code()});
            values.add(new Object[] {"role", a.role()});
            values.add(new Object[] {"question", a.question()});
            values.add(new Object[] {"mesure", a.measure().code()});
            for (Object[] v : values) {
                if (v[1] != null && !((String) v[1]).isEmpty()) {
                    expected.add(new DataRecords.Field("reponse", a.collectivite(), id, a.date(), (String) v[0],
                            (String) v[1], null, null, source));
                }
            }
            if (a.score() != null) {
                expected.add(new DataRecords.Field("reponse", a.collectivite(), id, a.date(), "score", null,
                        a.score(), null, source));
            }
        }
        assertThat(fields).isEqualTo(expected);
    }

    /** The computation the one-pass summing replaced: a key of eight strings per answer, a sorted map. */
    private static List<Row> straightforward(List<SurveyAnswer> answers) {
        Map<List<String>, double[]> sums = new HashMap<>();
        for (SurveyAnswer a : answers) {
            if (a.score() == null) {
                continue;
            }
            List<String> k = List.of(a.collectivite(), a.survey(), a.question(),
                    a.date() == null ? "" : a.date().toString().substring(0, 7), a.measure().code(),
                    a.wave() == null ? "" : a.wave().code(), a.role() == null ? "" : a.role(), a.source().file());
            double[] s = sums.computeIfAbsent(k, x -> new double[2]);
            s[0]++;
            s[1] += a.score();
        }
        TreeMap<List<String>, double[]> sorted = new TreeMap<>((x, y) -> {
            for (int i = 0; i < x.size(); i++) {
                int c = x.get(i).compareTo(y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        sorted.putAll(sums);
        List<Row> rows = new ArrayList<>();
        sorted.forEach((k, v) -> rows.add(new Row(k, v[0], v[1])));
        return rows;
    }

    /**
     * Answers grouped in responses (same collectivité, questionnaire, respondent, date, wave, role and
     * file), with few distinct values so that keys repeat: responses that differ only by respondent or
     * day of the month, the same question under two measures, text answers, missing dates, waves and
     * roles, and values that are equal but not the same instance.
     */
    static Dataset answers(Random rnd, int size) {
        Dataset.Builder b = Dataset.builder();
        String[] collectivites = {"mulhouse", "strasbourg", "colmar"};
        String[] surveys = {"barometre", "satisfaction"};
        String[] questions = {"q1", "q2", "q3", "autonomie/droits"};
        String[] roles = {"usager", "agent", null, ""};
        String[] files = {"enquetes/a.csv", "enquetes/b.csv"};
        LocalDate[] dates = {LocalDate.of(2020, 1, 3), LocalDate.of(2020, 1, 28), LocalDate.of(2020, 2, 1),
            LocalDate.of(2019, 12, 31), null};
        Wave[] waves = {Wave.AVANT, Wave.APRES, null};
        Measure[] measures = Measure.values();
        int n = 0;
        int line = 2;
        while (n < size) {
            String c = collectivites[rnd.nextInt(collectivites.length)];
            String s = surveys[rnd.nextInt(surveys.length)];
            String respondent = rnd.nextInt(4) == 0 ? null : "r" + rnd.nextInt(20);
            LocalDate d = dates[rnd.nextInt(dates.length)];
            Wave w = waves[rnd.nextInt(waves.length)];
            String role = roles[rnd.nextInt(roles.length)];
            String file = rnd.nextBoolean() ? files[rnd.nextInt(files.length)]
                    : new String(files[rnd.nextInt(files.length)]);
            int count = 1 + rnd.nextInt(6);
            for (int i = 0; i < count && n < size; i++, n++) {
                String q = questions[rnd.nextInt(questions.length)];
                Measure m = measures[rnd.nextInt(2)];
                Double score = rnd.nextInt(8) == 0 ? null : (double) (1 + rnd.nextInt(5)) + rnd.nextInt(3) / 3.0;
                b.add(new SurveyAnswer(c, s, respondent, d, w, role, q, m, score,
                        score == null ? "texte libre" : String.valueOf(score), new SourceRef(file, line)));
            }
            line++;
        }
        return b.build();
    }
}
