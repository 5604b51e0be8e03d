package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.data.Pseudonyms;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;
import org.recits.api.report.Report;

/**
 * The survey answers' table: one row per scored answer, or for a big programme the {@code reponses-mois}
 * records, summed in one pass over the answer cursor with the per-response part
 * of the key cached, against the straightforward computation (a key per answer, sorted map) they replaced.
 */
class RecordTablesTest {

    /** One expected record: its eight key parts, then number of answers and sum of scores. */
    record Row(List<String> key, double answers, double sum) {
    }

    @Property(tries = 200)
    void monthlySumsEqualAKeyPerAnswer(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int size) {
        Dataset data = answers(new Random(seed), size);
        List<Row> actual = new ArrayList<>();
        Withheld none = Withheld.of(report(data));
        for (MonthlySums.Monthly m : MonthlySums.monthly(data.surveyAnswerCursor(Scope.programme()), none).records()) {
            actual.add(new Row(List.of(m.collectivite(), m.survey(), m.question(), m.month(), m.measure(),
                    m.wave(), m.role(), m.file()), m.answers(), m.sum()));
        }
        // Same sums bit for bit: each adds its scores in the answers' order, as the reference does.
        assertThat(actual).containsExactlyElementsOf(straightforward(data.surveyAnswers(Scope.programme())));
    }

    @Test
    void aboveTheLimitAnswersAreSummedPerMonthAndTextAnswersCounted() {
        Dataset data = answers(new Random(7), RecordTables.DETAILED_ANSWERS_MAX + 1);
        RecordTables records = RecordTables.of(report(data));
        RecordTable<?> table = survey(records);
        assertThat(table.key()).isEqualTo("reponses-mois");
        // its words in both languages (the detailed tables' are read by every workbook the tests write)
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            Texts tx = new Texts(locale);
            assertThat(table.headers(tx)).hasSize(11).doesNotContainNull();
            for (String which : List.of("sheet", "table", "file", "text")) {
                assertThat(table.word(tx, which)).isNotBlank();
            }
        }
        assertThat(table.sheet(new Texts(Locale.ENGLISH), 2)).isEqualTo("Answers by month 2");
        List<List<Object>> first = rows(table, 0, Long.MAX_VALUE);
        assertThat(first).isNotEmpty().isEqualTo(rows(table, 0, Long.MAX_VALUE));
        assertThat(table.count()).isEqualTo(first.size());
        // one row per expected sum: collectivité, questionnaire, question, measure, wave, role, month, quarter,
        // answers, sum of scores, file
        List<Row> expected = straightforward(data.surveyAnswers(Scope.programme()));
        assertThat(first).hasSize(expected.size());
        Row row = expected.get(0);
        List<String> key = row.key();
        assertThat(first.get(0)).containsExactly(key.get(0), key.get(1), key.get(2), key.get(4),
                key.get(5).isEmpty() ? "" : key.get(5), key.get(6), key.get(3),
                key.get(3).isEmpty() ? null : quarter(key.get(3)), row.answers(), row.sum(), key.get(7));
        long text = data.surveyAnswers(Scope.programme()).stream().filter(a -> a.score() == null).count();
        assertThat(text).isPositive();
        assertThat(records.excluded().textAnswers()).isEqualTo(text);
    }

    private static String quarter(String month) {
        int m = Integer.parseInt(month.substring(5));
        return month.substring(0, 4) + "-T" + ((m - 1) / 3 + 1);
    }

    /** A slice is the same rows as the whole walk's, from its first to before its last (sheets split so). */
    @Property(tries = 100)
    void aSliceIsThatPartOfTheWholeWalk(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int size,
            @ForAll @IntRange(min = 0, max = 2000) int a, @ForAll @IntRange(min = 0, max = 2000) int b) {
        RecordTable<?> table = survey(RecordTables.of(report(answers(new Random(seed), size))));
        List<List<Object>> all = rows(table, 0, Long.MAX_VALUE);
        assertThat(table.count()).isEqualTo(all.size());
        long from = Math.min(a, b);
        long to = Math.max(a, b);
        assertThat(rows(table, from, to))
                .isEqualTo(all.subList((int) Math.min(from, all.size()), (int) Math.min(to, all.size())));
    }

    @Test
    void slicesOfMonthlySumsCoverTheWholeWalk() {
        RecordTable<?> table = survey(RecordTables.of(report(answers(new Random(3),
                RecordTables.DETAILED_ANSWERS_MAX + 1))));
        List<List<Object>> all = rows(table, 0, Long.MAX_VALUE);
        long half = table.count() / 2;
        List<List<Object>> halves = new ArrayList<>(rows(table, 0, half));
        assertThat(halves).hasSize((int) half);
        halves.addAll(rows(table, half, table.count()));
        assertThat(halves).isEqualTo(all);
    }

    @Test
    void belowTheLimitEachScoredAnswerIsARowAsTheListGivesIt() {
        Dataset data = answers(new Random(11), 500);
        RecordTables records = RecordTables.of(report(data));
        RecordTable<?> table = survey(records);
        assertThat(table.key()).isEqualTo("reponses");
        List<List<Object>> rows = rows(table, 0, Long.MAX_VALUE);
        assertThat(table.count()).isEqualTo(rows.size());
        List<List<Object>> expected = new ArrayList<>();
        long text = 0;
        for (SurveyAnswer a : data.surveyAnswers(Scope.programme())) {
            if (a.score() == null) {
                text++; // free text: not published
                continue;
            }
            expected.add(Arrays.asList(a.collectivite(), a.survey(), data.pseudonyms().of(a.respondent()),
                    a.wave() == null ? null : a.wave().code(), a.role(), a.date(),
                    a.date() == null ? null : quarter(a.date().toString().substring(0, 7)), a.question(),
                    a.measure().code(), a.raw(), a.score(), a.source().toString()));
        }
        assertThat(rows).isEqualTo(expected);
        assertThat(records.excluded().textAnswers()).isEqualTo(text).isPositive();
    }

    @Test
    void everyRespondentIsPublishedUnderItsKeyedPseudonym() {
        Pseudonyms lab = Pseudonyms.keyed("la clé du labo, gardée hors des sorties".getBytes(StandardCharsets.UTF_8));
        Respondents r = new Respondents(lab);
        // a survey tool's token, a KoBoToolbox uuid, an e-mail, a lab's short code: none as it is
        for (String id : List.of("a8Bk2LmQ9xZp3Rt", "ecb015b0-b1c3-44af-8445-13e218377bc9", "jean.dupont@example.org",
                "12", "R-0042")) {
            assertThat(r.published(id)).as(id).isEqualTo(lab.of(id)).matches("pseudo-[0-9a-f]{16}")
                    .isNotEqualTo(Pseudonyms.EXAMPLE.of(id)); // the key makes it: not a hash anyone can take
        }
        assertThat(r.published(" R-0042 ")).isEqualTo(r.published("R-0042"));
        assertThat(r.published("R-0042")).isEqualTo(new Respondents(lab).published("R-0042")); // every run
        // the readers' own pseudonyms (same key) stay: hashing them again would change nothing for privacy
        String readers = lab.of("marie.dupont@example.org");
        assertThat(r.published(readers)).isEqualTo(readers);
        assertThat(r.published(null)).isNull();
    }

    private static RecordTable<?> survey(RecordTables records) {
        List<RecordTable<?>> tables = records.tables();
        return tables.get(tables.size() - 1);
    }

    private static List<List<Object>> rows(RecordTable<?> table, long from, long to) {
        List<List<Object>> rows = new ArrayList<>();
        table.forEachRow(from, to, cells -> rows.add(Arrays.asList(cells.clone())));
        return rows;
    }

    static Report report(Dataset data) {
        Period p = Period.quarter(2020, 1);
        // the answers' dates lie in 2019-T4 and 2020-T1, or have none: all in the report's periods; threshold 1,
        // every answer summed (small groups: WithheldTest)
        return new Report(p, List.of(Period.quarter(2019, 4)), List.of(Scope.programme()), Locale.FRENCH, p.end(),
                List.of(), data,
                List.of(), List.of(), List.of(), 1);
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
