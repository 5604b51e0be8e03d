// Over 400 lines: the column store (runs, dictionaries, snapshots, retain) shares one set of arrays; its split into store and snapshot waits on branch storage (issue 18).
package org.recits.api.data;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
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
 * <p>Append-only while building. {@link #snapshot()} freezes what was added so far without copying:
 * later appends go past the snapshot's end (or into new arrays when they grow) and {@link #retain}
 * compacts into new arrays, so a snapshot never changes.
 */
final class AnswerStore {

    private static final int NO_CODE = -1;
    private static final Wave[] WAVES = Wave.values();

    /** A value of a run or answer, stored once and referred to by its code. */
    private static final class Dict<T> {
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

        Object[] frozen() {
            return items.toArray();
        }
    }

    private record QuestionKey(String question, Measure measure) {
    }

    private record ValueKey(String raw, Double score) {
    }

    private final Dict<String> strings = new Dict<>();
    private final Dict<LocalDate> dates = new Dict<>();
    private final Dict<QuestionKey> questions = new Dict<>();
    private final Dict<ValueKey> values = new Dict<>();
    // What the answer added last shares with its run, to tell whether the next one continues it.
    private boolean anyRun;
    private String lastCollectivite;
    private String lastSurvey;
    private String lastRespondent;
    private LocalDate lastDate;
    private Wave lastWave;
    private String lastRole;
    private String lastFile;
    private long lastLine;

    // one entry per run
    private int runs;
    private int[] runCollectivite = new int[16];
    private int[] runSurvey = new int[16];
    private String[] runRespondent = new String[16];
    private int[] runDate = new int[16];
    private byte[] runWave = new byte[16];
    private int[] runRole = new int[16];
    private int[] runFile = new int[16];
    private long[] runLine = new long[16];
    private int[] runStart = new int[16];
    // one entry per answer
    private int answers;
    // Question and value codes of each answer, in chunks: tens of millions of answers grow chunk by chunk,
    // never copied into a bigger array (that copy once held three times their size). While there are
    // fewer than 2^11 questions and 2^21 distinct answers, both codes share one int (4 bytes an answer,
    // 80 MB saved at x1000); past that, the store goes on with one int each ("wide").
    private static final int SHIFT = 15;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    private static final int VALUE_BITS = 21;
    private static final int VALUE_MASK = (1 << VALUE_BITS) - 1;
    private static final int PACKED_QUESTIONS = 1 << (32 - VALUE_BITS);
    private boolean wide;
    private int[][] chunks = new int[8][];

    int size() {
        return answers;
    }

    void add(SurveyAnswer a) {
        add(a.collectivite(), a.survey(), a.respondent(), a.date(), a.wave(), a.role(), a.source(), a.question(),
                a.measure(), a.score(), a.raw());
    }

    /**
     * Adds the answer these fields make, as {@link #add(SurveyAnswer)} would: {@link Dataset.SurveyRow} adds
     * a row's answers without making a record for each. The fields are checked by the caller.
     */
    void add(String collectivite, String survey, String respondent, LocalDate date, Wave wave, String role,
            SourceRef source, String questionText, Measure measure, Double score, String raw) {
        if (!anyRun || !sameRun(collectivite, survey, respondent, date, wave, role, source)) {
            newRun(collectivite, survey, respondent, date, wave, role, source);
        }
        int question = questionCode(questionText, measure);
        int value = valueCode(raw, score);
        if (!wide && (question >= PACKED_QUESTIONS || value > VALUE_MASK)) {
            widen();
        }
        int chunk = answers >>> SHIFT;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new int[wide ? 2 * CHUNK : CHUNK];
        }
        if (wide) {
            int at = (answers & MASK) << 1;
            chunks[chunk][at] = question;
            chunks[chunk][at + 1] = value;
        } else {
            chunks[chunk][answers & MASK] = question << VALUE_BITS | value;
        }
        answers++;
    }

    /** Moves to one int per code, into new chunks: snapshots taken before keep the packed ones. */
    private void widen() {
        int[][] wider = new int[chunks.length][];
        for (int i = 0; i < answers; i++) {
            int c = i >>> SHIFT;
            if (wider[c] == null) {
                wider[c] = new int[2 * CHUNK];
            }
            int packed = chunks[c][i & MASK];
            wider[c][(i & MASK) << 1] = packed >>> VALUE_BITS;
            wider[c][((i & MASK) << 1) + 1] = packed & VALUE_MASK;
        }
        chunks = wider;
        wide = true;
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
        runRespondent[r] = respondent;
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
        Snapshot all = snapshot();
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

    /** A new store with a snapshot's answers, for {@link Dataset#toBuilder()}. */
    static AnswerStore copyOf(Snapshot snapshot) {
        AnswerStore c = new AnswerStore();
        snapshot.list(null).forEach(c::add);
        return c;
    }

    /** Freezes the answers added so far, grouped by collectivité for the dataset's queries. */
    Snapshot snapshot() {
        return new Snapshot(this);
    }

    /**
     * The answers of a store at one moment, runs grouped by collectivité (collectivités in order of first
     * appearance, runs in their order within each), as {@link Dataset} promises its lists.
     */
    static final class Snapshot {
        private final Object[] strings;
        private final Object[] dates;
        private final Object[] questions;
        private final Object[] values;
        private final int runs;
        private final int answers;
        private final int[] runCollectivite;
        private final int[] runSurvey;
        private final String[] runRespondent;
        private final int[] runDate;
        private final byte[] runWave;
        private final int[] runRole;
        private final int[] runFile;
        private final long[] runLine;
        private final int[] runStart;
        private final int[][] chunks;
        private final boolean wide;
        /** Runs in the dataset's order: grouped by collectivité. */
        private final int[] order;
        /** Answers before each position of {@link #order}; one more entry for the total. */
        private final int[] answersBefore;
        /** Collectivité id to its positions [from, to) in {@link #order}, in order of first appearance. */
        private final Map<String, int[]> groups;

        private Snapshot(AnswerStore s) {
            strings = s.strings.frozen();
            dates = s.dates.frozen();
            questions = s.questions.frozen();
            values = s.values.frozen();
            runs = s.runs;
            answers = s.answers;
            runCollectivite = s.runCollectivite;
            runSurvey = s.runSurvey;
            runRespondent = s.runRespondent;
            runDate = s.runDate;
            runWave = s.runWave;
            runRole = s.runRole;
            runFile = s.runFile;
            runLine = s.runLine;
            runStart = s.runStart;
            chunks = s.chunks;
            wide = s.wide;

            // counting sort of the runs by collectivité, stable, groups in order of first appearance
            int[] groupOf = new int[strings.length];
            Arrays.fill(groupOf, NO_CODE);
            int[] firstSeen = new int[strings.length];
            int groupCount = 0;
            int[] sizes = new int[strings.length];
            for (int r = 0; r < runs; r++) {
                int c = runCollectivite[r];
                if (groupOf[c] == NO_CODE) {
                    groupOf[c] = groupCount;
                    firstSeen[groupCount++] = c;
                }
                sizes[groupOf[c]]++;
            }
            int[] next = new int[groupCount];
            Map<String, int[]> g = new LinkedHashMap<>();
            int offset = 0;
            for (int k = 0; k < groupCount; k++) {
                next[k] = offset;
                g.put((String) strings[firstSeen[k]], new int[] {offset, offset + sizes[k]});
                offset += sizes[k];
            }
            order = new int[runs];
            for (int r = 0; r < runs; r++) {
                order[next[groupOf[runCollectivite[r]]]++] = r;
            }
            answersBefore = new int[runs + 1];
            for (int p = 0; p < runs; p++) {
                answersBefore[p + 1] = answersBefore[p] + runLength(order[p]);
            }
            groups = Collections.unmodifiableMap(g);
        }

        private int runLength(int r) {
            return (r + 1 < runs ? runStart[r + 1] : answers) - runStart[r];
        }

        /** Ids of the collectivités that have answers, in order of first appearance. */
        Iterable<String> collectivites() {
            return groups.keySet();
        }

        /** Positions [from, to) of a scope's runs in {@link #order}; the programme's when null. */
        private int[] range(String collectivite) {
            if (collectivite == null) {
                return new int[] {0, runs};
            }
            return groups.getOrDefault(collectivite, new int[] {0, 0});
        }

        /** The answers of a collectivité, or of every collectivité when null, as records made on demand. */
        List<SurveyAnswer> list(String collectivite) {
            int[] range = range(collectivite);
            return new AnswerList(range[0], range[1]);
        }

        SurveyAnswerCursor cursor(String collectivite) {
            int[] range = range(collectivite);
            return new Cursor(range[0], range[1]);
        }

        private SurveyAnswer answer(int run, int index) {
            QuestionKey q = question(index);
            ValueKey v = value(index);
            return new SurveyAnswer((String) strings[runCollectivite[run]], (String) strings[runSurvey[run]],
                    runRespondent[run], date(run), wave(run), role(run), q.question(), q.measure(), v.score(),
                    v.raw(), new SourceRef((String) strings[runFile[run]], runLine[run]));
        }


        private QuestionKey question(int index) {
            return (QuestionKey) questions[wide ? chunks[index >>> SHIFT][(index & MASK) << 1]
                    : chunks[index >>> SHIFT][index & MASK] >>> VALUE_BITS];
        }

        private ValueKey value(int index) {
            return (ValueKey) values[wide ? chunks[index >>> SHIFT][((index & MASK) << 1) + 1]
                    : chunks[index >>> SHIFT][index & MASK] & VALUE_MASK];
        }

        private LocalDate date(int run) {
            return runDate[run] == NO_CODE ? null : (LocalDate) dates[runDate[run]];
        }

        private Wave wave(int run) {
            return runWave[run] == NO_CODE ? null : WAVES[runWave[run]];
        }

        private String role(int run) {
            return runRole[run] == NO_CODE ? null : (String) strings[runRole[run]];
        }

        /** A scope's answers: positions [from, to) of {@link #order}. */
        private final class AnswerList extends AbstractList<SurveyAnswer> implements RandomAccess {
            private final int from;
            private final int to;

            AnswerList(int from, int to) {
                this.from = from;
                this.to = to;
            }

            @Override
            public int size() {
                return answersBefore[to] - answersBefore[from];
            }

            @Override
            public SurveyAnswer get(int index) {
                Objects.checkIndex(index, size());
                int global = answersBefore[from] + index;
                // the last position whose first answer is at or before `global`
                int p = Arrays.binarySearch(answersBefore, from, to + 1, global);
                if (p < 0) {
                    p = -p - 2;
                } else {
                    while (p + 1 < to && answersBefore[p + 1] == global) {
                        p++; // skip empty runs (none are made, but be exact)
                    }
                }
                int run = order[p];
                return answer(run, runStart[run] + global - answersBefore[p]);
            }

            @Override
            public Iterator<SurveyAnswer> iterator() {
                Cursor c = new Cursor(from, to);
                return new Iterator<>() {
                    private boolean ready;
                    private boolean more;

                    @Override
                    public boolean hasNext() {
                        if (!ready) {
                            more = c.next();
                            ready = true;
                        }
                        return more;
                    }

                    @Override
                    public SurveyAnswer next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        ready = false;
                        return c.answer();
                    }
                };
            }
        }

        private final class Cursor implements SurveyAnswerCursor {
            private int position;
            private final int to;
            private int run = -1;
            private int index;
            private int end;

            Cursor(int from, int to) {
                this.position = from;
                this.to = to;
            }

            @Override
            public boolean next() {
                if (run >= 0 && ++index < end) {
                    return true;
                }
                while (position < to) {
                    run = order[position++];
                    index = runStart[run];
                    end = index + runLength(run);
                    if (index < end) {
                        return true;
                    }
                }
                run = -1;
                index = end = 0;
                position = to;
                return false;
            }

            private void check() {
                if (run < 0) {
                    throw new IllegalStateException("no current answer: call next() first");
                }
            }

            @Override
            public String collectivite() {
                check();
                return (String) strings[runCollectivite[run]];
            }

            @Override
            public String survey() {
                check();
                return (String) strings[runSurvey[run]];
            }

            @Override
            public String respondent() {
                check();
                return runRespondent[run];
            }

            @Override
            public LocalDate date() {
                check();
                return Snapshot.this.date(run);
            }

            @Override
            public Wave wave() {
                check();
                return Snapshot.this.wave(run);
            }

            @Override
            public String role() {
                check();
                return Snapshot.this.role(run);
            }

            @Override
            public String question() {
                check();
                return Snapshot.this.question(index).question();
            }

            @Override
            public Measure measure() {
                check();
                return Snapshot.this.question(index).measure();
            }

            @Override
            public Double score() {
                check();
                return Snapshot.this.value(index).score();
            }

            @Override
            public String raw() {
                check();
                return Snapshot.this.value(index).raw();
            }

            @Override
            public SourceRef source() {
                check();
                return new SourceRef((String) strings[runFile[run]], runLine[run]);
            }

            @Override
            public SurveyAnswer answer() {
                check();
                return Snapshot.this.answer(run, index);
            }
        }
    }
}
