package org.recits.report.excel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recits.api.data.SurveyAnswerCursor;
import org.recits.api.model.Measure;
import org.recits.api.model.SourceRef;
import org.recits.api.model.Wave;

/**
 * A big programme's scored survey answers summed per month, for the records sheets and their CSV export
 * ({@link RecordTables} makes them the {@code reponses-mois} table): one pass over the answers' cursor,
 * no object per answer.
 */
final class MonthlySums {

    private MonthlySums() {
    }

    /**
     * One {@code reponses-mois} record: the scored answers of one collectivité, questionnaire, question,
     * measure, wave, role, month of the answer's date and file, their number and the sum of their scores,
     * from which any monthly, quarterly or yearly mean can be recomputed (not the respondent counts, nor a
     * daily range).
     */
    static final class Monthly {
        final Response response;
        final String question;
        final Measure kind;
        final String measure;
        double answers;
        double sum;
        /** The record of the same response part and question with another measure, if any. */
        Monthly other;
        /**
         * The record's id, made on the first walk: the records are walked several times per render. Two
         * records sheets walking at once may both make it; they make the same string.
         */
        private String id;

        Monthly(Response response, String question, Measure kind) {
            this.response = response;
            this.question = question;
            this.kind = kind;
            this.measure = kind.code();
        }

        String collectivite() {
            return response.collectivite;
        }

        String survey() {
            return response.survey;
        }

        String question() {
            return question;
        }

        String measure() {
            return measure;
        }

        String wave() {
            return response.wave;
        }

        String role() {
            return response.role;
        }

        /** {@code yyyy-MM}, or empty for answers without a date. */
        String month() {
            return response.month();
        }

        String file() {
            return response.file;
        }

        double answers() {
            return answers;
        }

        double sum() {
            return sum;
        }

        /** The record's id: questionnaire, question and month. */
        String id() {
            if (id == null) {
                String month = response.month();
                id = response.survey + "/" + question + (month.isEmpty() ? "" : "/" + month);
            }
            return id;
        }
    }

    /**
     * What the answers of one response share in a {@link Monthly} key (all but question and measure), with
     * the records of its questions: the per-answer work is then one lookup by question.
     */
    static final class Response {
        /** Positions remembered per row: more than a questionnaire's questions. */
        static final int POSITIONS = 512;

        final String collectivite;
        final String survey;
        final String wave;
        final String role;
        /** The first day of the answers' month, or null for answers without a date. */
        final LocalDate day;
        final String file;
        /** Made when the response is kept ({@link #add}): most responses made are only keys to look up. */
        Map<String, Monthly> byQuestion;
        /**
         * The record the k-th answer of a respondent's row went to: rows of one questionnaire list their
         * questions in the same order, so this usually finds the record without hashing the question.
         */
        private Monthly[] byPosition;
        /**
         * Made for kept responses only, on first use: a key is built each time the cursor moves to another
         * response (a million times at x1000), and parsing or formatting there cost more than the sums.
         * Two records sheets may both make the source at once; they make the same string.
         */
        private String month;
        private String source;

        Response(String collectivite, String survey, String wave, String role, LocalDate day, String file) {
            this.collectivite = collectivite;
            this.survey = survey;
            this.wave = wave;
            this.role = role;
            this.day = day;
            this.file = file;
        }

        /** {@code yyyy-MM}, or empty without a date. */
        String month() {
            if (month == null) {
                month = day == null ? "" : day.toString().substring(0, 7);
            }
            return month;
        }

        /** The file, as a record's source. */
        String source() {
            if (source == null) {
                source = new SourceRef(file, 0).toString();
            }
            return source;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Response r && Objects.equals(collectivite, r.collectivite)
                    && Objects.equals(survey, r.survey) && wave.equals(r.wave) && role.equals(r.role)
                    && Objects.equals(day, r.day) && Objects.equals(file, r.file);
        }

        @Override
        public int hashCode() {
            // Objects.hash's varargs array, once per answer's response change, was a million arrays at x1000
            int h = Objects.hashCode(collectivite);
            h = 31 * h + Objects.hashCode(survey);
            h = 31 * h + wave.hashCode();
            h = 31 * h + role.hashCode();
            h = 31 * h + Objects.hashCode(day);
            return 31 * h + Objects.hashCode(file);
        }

        /** Adds the answer at {@code position} in its respondent's row (or past {@link #POSITIONS}: any). */
        void add(int position, String question, Measure measure, double score) {
            if (byPosition == null) {
                byQuestion = new HashMap<>();
                byPosition = new Monthly[8];
            }
            Monthly m = position < byPosition.length ? byPosition[position] : null;
            if (m == null || m.question != question || m.kind != measure) {
                m = find(question, measure);
                if (position < POSITIONS) {
                    if (position >= byPosition.length) {
                        byPosition = Arrays.copyOf(byPosition, Math.min(POSITIONS, 2 * position + 1));
                    }
                    byPosition[position] = m;
                }
            }
            m.answers++;
            m.sum += score;
        }

        private Monthly find(String question, Measure measure) {
            Monthly m = byQuestion.get(question);
            if (m == null) {
                m = new Monthly(this, question, measure);
                byQuestion.put(question, m);
            } else {
                while (m.kind != measure) {
                    if (m.other == null) {
                        m.other = new Monthly(this, question, measure);
                    }
                    m = m.other;
                }
            }
            return m;
        }
    }

    /** Order of the {@code reponses-mois} records. */
    static final Comparator<Monthly> ORDER = Comparator.comparing(Monthly::collectivite)
            .thenComparing(Monthly::survey).thenComparing(Monthly::question).thenComparing(Monthly::month)
            .thenComparing(Monthly::measure).thenComparing(Monthly::wave).thenComparing(Monthly::role)
            .thenComparing(Monthly::file);

    /**
     * The sums, and the answers left out: for having no score (free texts, which may name people), for
     * being read by a masked figure, or for lying outside the report's periods.
     *
     * @param records        in {@link #ORDER}
     * @param textAnswers    answers without a score
     * @param maskedAnswers  scored answers a masked figure reads ({@link Withheld})
     * @param outsideAnswers scored answers dated outside the report's periods
     */
    record Sums(List<Monthly> records, long textAnswers, long maskedAnswers, long outsideAnswers) {
    }

    /**
     * The scored answers summed per {@link Monthly} key, in {@link #ORDER}. Each sum adds the scores in the
     * cursor's order. The cursor's values are shared instances and consecutive answers of one response
     * share everything but question, measure and score, so the {@link Response} is looked up only when one
     * of those changes by identity (and found by value then). The answers {@code withheld} leaves out are left
     * out of the sums: a month's sum and count of a small group give its mean back.
     */
    static Sums monthly(SurveyAnswerCursor a, Withheld withheld) {
        Map<Response, Response> responses = new HashMap<>();
        Response current = null;
        String respondent = null;
        int position = 0;
        String collectivite = null;
        String survey = null;
        Wave wave = null;
        String role = null;
        LocalDate date = null;
        String file = null;
        long text = 0;
        long hidden = 0;
        long outside = 0;
        while (a.next()) {
            // The answer's position in its respondent's row, counted over all its answers.
            String r0 = a.respondent();
            position = r0 == respondent ? position + 1 : 0;
            respondent = r0;
            Double score = a.score();
            if (score == null) {
                text++; // free text may name people
                continue;
            }
            String c = a.collectivite();
            LocalDate d = a.date();
            Withheld.Reason why = withheld.answer(c, a.measure(), d);
            if (why != null) {
                if (why == Withheld.Reason.MASKED) {
                    hidden++;
                } else {
                    outside++;
                }
                continue;
            }
            String s = a.survey();
            Wave w = a.wave();
            String r = a.role();
            String f = a.source().file();
            if (current == null || c != collectivite || s != survey || w != wave || r != role || d != date
                    || f != file) {
                Response key = new Response(c, s, w == null ? "" : w.code(), r == null ? "" : r,
                        d == null ? null : d.withDayOfMonth(1), f);
                current = responses.computeIfAbsent(key, k -> k);
                collectivite = c;
                survey = s;
                wave = w;
                role = r;
                date = d;
                file = f;
            }
            current.add(position, a.question(), a.measure(), score);
        }
        List<Monthly> all = new ArrayList<>();
        for (Response r : responses.values()) {
            for (Monthly m : r.byQuestion.values()) {
                for (; m != null; m = m.other) {
                    all.add(m);
                }
            }
        }
        all.sort(ORDER);
        return new Sums(all, text, hidden, outside);
    }

}
