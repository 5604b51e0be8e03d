package org.recits.api.data.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.recits.api.model.Measure;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/**
 * Survey answers kept column by column rather than as one object each: a consolidated programme has
 * tens of millions of them (a million responses of twenty questions), which as records would not fit
 * in the memory the start script gives. Consecutive answers that share everything but the question and
 * the answer (one respondent's row) are stored once as a "run"; per answer only two dictionary codes
 * remain: the question (with its measure) and the raw answer (with its score).
 *
 * <p>Append-only while building. {@link #snapshot()} ({@link AnswerSnapshot}) freezes what was added so
 * far without copying: later appends go past the snapshot's end (or into new arrays when they grow) and
 * {@link #retain} compacts into new arrays, so a snapshot never changes.
 */
final class AnswerStore {

    static final int NO_CODE = -1;
    static final Wave[] WAVES = Wave.values();

    /** A value of a run or answer, stored once and referred to by its code. */
    static final class Dict<T> {
        private final Map<T, Integer> codes = new HashMap<>();
        private final List<T> items = new ArrayList<>();

        int code(T item) {
            Integer c = codes.get(item);
            if (c == null) {
                c = items.size();
                codes.put(item, c);
                items.add(item);
            }
            return c;
        }

        int codeOrNone(T item) {
            return item == null ? NO_CODE : code(item);
        }

        int size() {
            return items.size();
        }

        Object[] frozen() {
            return items.toArray();
        }
    }

    record QuestionKey(String question, Measure measure) {
    }

    record ValueKey(String raw, Double score) {
    }

    final Dict<String> strings = new Dict<>();
    final Dict<LocalDate> dates = new Dict<>();
    final Dict<QuestionKey> questions = new Dict<>();
    final Dict<ValueKey> values = new Dict<>();
    /** Respondent ids, nearly one per run: as bytes, not a String each. */
    final TextPool respondents = new TextPool();
    // What the answer added last shares with its run, to tell whether the next one continues it.
    private boolean anyRun;
    private String lastCollectivite;
    private String lastSurvey;
    private String lastRespondent;
    private int lastRespondentAt = TextPool.NONE;
    private LocalDate lastDate;
    private Wave lastWave;
    private String lastRole;
    private String lastFile;
    private long lastLine;

    // one entry per run
    int runs;
    int[] runCollectivite = new int[16];
    int[] runSurvey = new int[16];
    /** Positions in {@link #respondents}. */
    int[] runRespondent = new int[16];
    int[] runDate = new int[16];
    byte[] runWave = new byte[16];
    int[] runRole = new int[16];
    int[] runFile = new int[16];
    long[] runLine = new long[16];
    int[] runStart = new int[16];
    // one entry per answer
    int answers;
    final AnswerCodes codes = new AnswerCodes();

    int size() {
        return answers;
    }

    void add(SurveyAnswer a) {
        add(a.collectivite(), a.survey(), a.respondent(), a.date(), a.wave(), a.role(), a.source(), a.question(),
                a.measure(), a.score(), a.raw());
    }

    /**
     * Adds the answer these fields make, as {@link #add(SurveyAnswer)} would: {@link AnswerRow} adds a row's
     * answers without making a record for each. The fields are checked by the caller.
     */
    void add(String collectivite, String survey, String respondent, LocalDate date, Wave wave, String role,
            SourceRef source, String questionText, Measure measure, Double score, String raw) {
        if (!anyRun || !sameRun(collectivite, survey, respondent, date, wave, role, source)) {
            newRun(collectivite, survey, respondent, date, wave, role, source);
        }
        int question = questionCode(questionText, measure);
        int value = valueCode(raw, score);
        codes.add(question, value, questions.size(), values.size());
        answers++;
    }

    // Ingestors hand the same String and Double instances for a repeated question or answer: a small
    // cache by identity answers most lookups without hashing the text (hash maps were a third of ingest).
    private static final int CACHE = 1 << 10;
    private final Object[] cachedQuestion = new Object[CACHE];
    private final Object[] cachedMeasure = new Object[CACHE];
    private final int[] cachedQuestionCode = new int[CACHE];
    private final Object[] cachedRaw = new Object[CACHE];
    private final Object[] cachedScore = new Object[CACHE];
    private final int[] cachedValueCode = new int[CACHE];

    private int questionCode(String question, Measure measure) {
        int slot = (System.identityHashCode(question) * 31 + measure.ordinal()) & (CACHE - 1);
        if (cachedQuestion[slot] == question && cachedMeasure[slot] == measure) {
            return cachedQuestionCode[slot];
        }
        int code = questions.code(new QuestionKey(question, measure));
        cachedQuestion[slot] = question;
        cachedMeasure[slot] = measure;
        cachedQuestionCode[slot] = code;
        return code;
    }

    private int valueCode(String raw, Double score) {
        int slot = (System.identityHashCode(raw) * 31 + System.identityHashCode(score)) & (CACHE - 1);
        if (cachedRaw[slot] == raw && cachedScore[slot] == score && raw != null) {
            return cachedValueCode[slot];
        }
        int code = values.code(new ValueKey(raw, score));
        cachedRaw[slot] = raw;
        cachedScore[slot] = score;
        cachedValueCode[slot] = code;
        return code;
    }

    private static int grow(int n) {
        return Math.max(16, n + (n >> 1));
    }

    /** Whether an answer belongs to the run of the one added before it: all but question and answer alike. */
    private boolean sameRun(String collectivite, String survey, String respondent, LocalDate date, Wave wave,
            String role, SourceRef source) {
        return same(lastCollectivite, collectivite) && same(lastSurvey, survey) && same(lastRespondent, respondent)
                && same(lastDate, date) && lastWave == wave && same(lastRole, role)
                && same(lastFile, source.file()) && lastLine == source.line();
    }

    private static boolean same(Object x, Object y) {
        return x == y || x != null && x.equals(y);
    }

    private void newRun(String collectivite, String survey, String respondent, LocalDate date, Wave wave,
            String role, SourceRef source) {
        if (!anyRun || respondent != lastRespondent) {
            // the same instance again (a row split into runs) is stored once
            lastRespondentAt = respondents.add(respondent);
        }
        anyRun = true;
        lastCollectivite = collectivite;
        lastSurvey = survey;
        lastRespondent = respondent;
        lastDate = date;
        lastWave = wave;
        lastRole = role;
        lastFile = source.file();
        lastLine = source.line();
        if (runs == runStart.length) {
            int n = grow(runs);
            runCollectivite = Arrays.copyOf(runCollectivite, n);
            runSurvey = Arrays.copyOf(runSurvey, n);
            runRespondent = Arrays.copyOf(runRespondent, n);
            runDate = Arrays.copyOf(runDate, n);
            runWave = Arrays.copyOf(runWave, n);
            runRole = Arrays.copyOf(runRole, n);
            runFile = Arrays.copyOf(runFile, n);
            runLine = Arrays.copyOf(runLine, n);
            runStart = Arrays.copyOf(runStart, n);
        }
        int r = runs++;
        runCollectivite[r] = strings.code(collectivite);
        runSurvey[r] = strings.code(survey);
        runRespondent[r] = lastRespondentAt;
        runDate[r] = dates.codeOrNone(date);
        runWave[r] = (byte) (wave == null ? NO_CODE : wave.ordinal());
        runRole[r] = strings.codeOrNone(role);
        runFile[r] = strings.code(source.file());
        runLine[r] = source.line();
        runStart[r] = answers;
    }

    /**
     * Keeps the answers the filter keeps, in order; compacts into a new store so that snapshots taken
     * before stay as they were. Nothing is copied when every answer stays.
     */
    AnswerStore retain(Predicate<SurveyAnswer> keep) {
        AnswerSnapshot all = snapshot();
        boolean[] dropped = null;
        int i = 0;
        for (Iterator<SurveyAnswer> it = all.list(null).iterator(); it.hasNext(); i++) {
            if (!keep.test(it.next())) {
                if (dropped == null) {
                    dropped = new boolean[answers];
                }
                dropped[i] = true;
            }
        }
        if (dropped == null) {
            return this;
        }
        AnswerStore kept = new AnswerStore();
        i = 0;
        for (SurveyAnswer a : all.list(null)) {
            if (!dropped[i++]) {
                kept.add(a);
            }
        }
        return kept;
    }

    /** A new store with a snapshot's answers, for {@link org.recits.api.data.Dataset#toBuilder()}. */
    static AnswerStore copyOf(AnswerSnapshot snapshot) {
        AnswerStore c = new AnswerStore();
        snapshot.list(null).forEach(c::add);
        return c;
    }

    /**
     * A new store with the answers of the collectivités {@code keep} accepts, in the snapshot's order: only their
     * answers are made and added (what {@code copyOf(snapshot).retain(…)} on their collectivité would keep).
     */
    static AnswerStore copyOf(AnswerSnapshot snapshot, Predicate<String> keep) {
        AnswerStore c = new AnswerStore();
        for (String collectivite : snapshot.collectivites()) {
            if (keep.test(collectivite)) {
                snapshot.list(collectivite).forEach(c::add);
            }
        }
        return c;
    }

    /** Freezes the answers added so far, grouped by collectivité for the dataset's queries. */
    AnswerSnapshot snapshot() {
        return new AnswerSnapshot(this);
    }
}
