package org.recits.api.data.internal;

import static org.recits.api.data.internal.AnswerStore.NO_CODE;
import static org.recits.api.data.internal.AnswerStore.WAVES;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import org.recits.api.data.SurveyAnswerCursor;
import org.recits.api.data.internal.AnswerStore.QuestionKey;
import org.recits.api.data.internal.AnswerStore.ValueKey;
import org.recits.api.model.Measure;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/**
 * The answers of a store at one moment, runs grouped by collectivité (collectivités in order of first
 * appearance, runs in their order within each), as {@link org.recits.api.data.Dataset} promises its lists.
 */
final class AnswerSnapshot {

    private final Object[] strings;
    private final Object[] dates;
    private final Object[] questions;
    private final Object[] values;
    private final int runs;
    private final int answers;
    private final int[] runCollectivite;
    private final int[] runSurvey;
    private final int[] runRespondent;
    private final byte[][] respondents;
    private final int[] runDate;
    private final byte[] runWave;
    private final int[] runRole;
    private final int[] runFile;
    private final long[] runLine;
    private final int[] runStart;
    private final AnswerCodes.Frozen codes;
    /** Runs in the dataset's order: grouped by collectivité. */
    private final int[] order;
    /** Answers before each position of {@link #order}; one more entry for the total. */
    private final int[] answersBefore;
    /** Collectivité id to its positions [from, to) in {@link #order}, in order of first appearance. */
    private final Map<String, int[]> groups;

    AnswerSnapshot(AnswerStore s) {
        strings = s.strings.frozen();
        dates = s.dates.frozen();
        questions = s.questions.frozen();
        values = s.values.frozen();
        runs = s.runs;
        answers = s.answers;
        runCollectivite = s.runCollectivite;
        runSurvey = s.runSurvey;
        runRespondent = s.runRespondent;
        respondents = s.respondents.view();
        runDate = s.runDate;
        runWave = s.runWave;
        runRole = s.runRole;
        runFile = s.runFile;
        runLine = s.runLine;
        runStart = s.runStart;
        codes = s.codes.frozen();

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
                TextPool.get(respondents, runRespondent[run]), date(run), wave(run), role(run), q.question(),
                q.measure(), v.score(), v.raw(), new SourceRef((String) strings[runFile[run]], runLine[run]));
    }

    private QuestionKey question(int index) {
        return (QuestionKey) questions[codes.question(index)];
    }

    private ValueKey value(int index) {
        return (ValueKey) values[codes.value(index)];
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
        /** The current run's respondent, made from its bytes once per run (and kept while runs share it). */
        private int respondentAt = TextPool.NONE;
        private String respondent;

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
            int at = runRespondent[run];
            if (at != respondentAt) {
                respondent = TextPool.get(respondents, at);
                respondentAt = at;
            }
            return respondent;
        }

        @Override
        public LocalDate date() {
            check();
            return AnswerSnapshot.this.date(run);
        }

        @Override
        public Wave wave() {
            check();
            return AnswerSnapshot.this.wave(run);
        }

        @Override
        public String role() {
            check();
            return AnswerSnapshot.this.role(run);
        }

        /** The current answer's question and measure, one dictionary entry. */
        private QuestionKey questionKey() {
            check();
            return AnswerSnapshot.this.question(index);
        }

        /** The current answer's raw text and score, one dictionary entry. */
        private ValueKey valueKey() {
            check();
            return AnswerSnapshot.this.value(index);
        }

        @Override
        public String question() {
            return questionKey().question();
        }

        @Override
        public Measure measure() {
            return questionKey().measure();
        }

        @Override
        public Double score() {
            return valueKey().score();
        }

        @Override
        public String raw() {
            return valueKey().raw();
        }

        @Override
        public SourceRef source() {
            check();
            return new SourceRef((String) strings[runFile[run]], runLine[run]);
        }

        @Override
        public SurveyAnswer answer() {
            check();
            return AnswerSnapshot.this.answer(run, index);
        }
    }
}
