// Over 400 lines: the dataset, its builder and their indexes in one class until they become interfaces with the storage in a private package (branch storage, issue 18).
package org.recits.api.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.recits.api.model.Attendance;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/**
 * Everything read from a lab's files: typed records, indexed by collectivité for the queries
 * indicators make, with the provenance of each file and every data-quality finding.
 *
 * <p>Immutable and safe to share between threads. Lists keep the order in which records were added;
 * per-collectivité session lists are sorted by start date (then id), which gives a session its rank (first, second…).
 */
public final class Dataset {

    private final List<Collectivite> collectivites;
    private final Index<Participant> participants;
    private final Index<Session> sessions;
    private final Index<Attendance> attendance;
    private final Index<PracticalCase> cases;
    private final Index<Funding> funding;
    private final Index<Quote> quotes;
    private final Index<GroupWeather> weather;
    private final AnswerStore.Snapshot answers;
    private final List<SourceFile> sources;
    private final List<Finding> findings;
    private final List<String> collectiviteIds;

    private Dataset(Builder b) {
        collectivites = List.copyOf(b.collectivites);
        participants = index(b.participants, Participant::collectivite);
        List<Session> sortedSessions = new ArrayList<>(b.sessions);
        sortedSessions.sort(Comparator.comparing(Session::dateDebut).thenComparing(Session::id));
        sessions = index(sortedSessions, Session::collectivite);
        attendance = index(b.attendance, Attendance::collectivite);
        cases = index(b.cases, PracticalCase::collectivite);
        funding = index(b.funding, Funding::collectivite);
        quotes = index(b.quotes, Quote::collectivite);
        weather = index(b.weather, GroupWeather::collectivite);
        answers = b.answers.snapshot();
        sources = List.copyOf(b.sources);
        List<Finding> f = new ArrayList<>(b.findings);
        Collections.sort(f);
        findings = List.copyOf(f);
        TreeSet<String> ids = new TreeSet<>();
        collectivites.forEach(c -> ids.add(c.id()));
        for (Index<?> m : List.of(participants, sessions, attendance, cases, funding, quotes, weather)) {
            ids.addAll(m.byCollectivite().keySet());
        }
        answers.collectivites().forEach(ids::add);
        collectiviteIds = List.copyOf(ids);
    }

    /**
     * Records grouped by collectivité in one array (collectivités in order of first appearance, records
     * in their order within each): the programme's list is the array itself and each collectivité's a
     * view of its slice, so neither is copied when indicators ask for them (they ask for the programme
     * once per indicator, scope and period).
     */
    private record Index<T>(List<T> all, Map<String, List<T>> byCollectivite) {
    }

    @SuppressWarnings("unchecked")
    private static <T> Index<T> index(List<T> records, Function<T, String> key) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        String[] keys = new String[records.size()];
        int i = 0;
        for (T r : records) {
            String k = key.apply(r);
            keys[i++] = k;
            counts.computeIfAbsent(k, x -> new int[2])[0]++;
        }
        int offset = 0;
        for (int[] c : counts.values()) {
            c[1] = offset; // next free slot of this collectivité
            offset += c[0];
        }
        Object[] flat = new Object[records.size()];
        i = 0;
        for (T r : records) {
            flat[counts.get(keys[i++])[1]++] = java.util.Objects.requireNonNull(r);
        }
        List<T> all = Collections.unmodifiableList(java.util.Arrays.asList((T[]) flat));
        Map<String, List<T>> by = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int end = e.getValue()[1];
            by.put(e.getKey(), all.subList(end - e.getValue()[0], end));
        }
        return new Index<>(all, Collections.unmodifiableMap(by));
    }

    private static <T> List<T> in(Index<T> index, Scope scope) {
        if (!scope.isProgramme()) {
            return index.byCollectivite().getOrDefault(scope.collectivite(), List.of());
        }
        return index.all();
    }

    /**
     * Starts an empty dataset; ingestors add to it, then the engine builds it once every file is read.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every record, source and finding of this dataset, to derive another one.
     *
     * @return a new builder; changing it does not change this dataset
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.collectivites.addAll(collectivites);
        b.participants.addAll(participants.all());
        b.sessions.addAll(sessions.all());
        b.attendance.addAll(attendance.all());
        b.cases.addAll(cases.all());
        b.funding.addAll(funding.all());
        b.quotes.addAll(quotes.all());
        b.weather.addAll(weather.all());
        b.answers = AnswerStore.copyOf(answers);
        b.sources.addAll(sources);
        b.findings.addAll(findings);
        return b;
    }

    /**
     * Ids of every collectivité that appears in any record, sorted.
     *
     * @return the ids, including those missing from {@code collectivites.csv}
     */
    public List<String> collectiviteIds() {
        return collectiviteIds;
    }

    /**
     * The rows of {@code collectivites.csv}.
     *
     * @return the collectivités in the order added; some ids of {@link #collectiviteIds()} may have no row
     */
    public List<Collectivite> collectivites() {
        return collectivites;
    }

    /**
     * The {@code collectivites.csv} row of one collectivité, for its name and dates.
     *
     * @param id the collectivité's id
     * @return its row; empty when the file has none for it
     */
    public Optional<Collectivite> collectivite(String id) {
        return collectivites.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Rows of {@code participants.csv} in a scope.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the participants of one collectivité in the order added; of the programme, collectivité by
     *         collectivité (in order of first appearance)
     */
    public List<Participant> participants(Scope scope) {
        return in(participants, scope);
    }

    /**
     * Sessions and events: of one collectivité by start date then id; of the programme, collectivité by
     * collectivité.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return every row of {@code sessions.csv} in the scope, counted or not (see {@link Session#isCounted()})
     */
    public List<Session> sessions(Scope scope) {
        return in(sessions, scope);
    }

    /**
     * Rows of {@code presences.csv} in a scope.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the attendance rows of one collectivité in the order added; of the programme, collectivité by
     *         collectivité (in order of first appearance)
     */
    public List<Attendance> attendance(Scope scope) {
        return in(attendance, scope);
    }

    /**
     * Practical cases ({@code cas.csv}) in a scope, whatever their status (see
     * {@link PracticalCase#isCountedUpTo}).
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the cases of one collectivité in the order added; of the programme, collectivité by collectivité
     *         (in order of first appearance)
     */
    public List<PracticalCase> cases(Scope scope) {
        return in(cases, scope);
    }

    /**
     * Rows of {@code financements.csv} in a scope.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the fundings of one collectivité in the order added; of the programme, collectivité by
     *         collectivité (in order of first appearance)
     */
    public List<Funding> funding(Scope scope) {
        return in(funding, scope);
    }

    /**
     * Verbatims ({@code verbatims.csv}) in a scope, with or without consent; only consented ones may be published.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the quotes of one collectivité in the order added; of the programme, collectivité by collectivité
     *         (in order of first appearance)
     */
    public List<Quote> quotes(Scope scope) {
        return in(quotes, scope);
    }

    /**
     * Group weather ({@code meteo.csv}): the group's mood at sessions in a scope.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the weather rows of one collectivité in the order added; of the programme, collectivité by
     *         collectivité (in order of first appearance)
     */
    public List<GroupWeather> weather(Scope scope) {
        return in(weather, scope);
    }

    /**
     * Survey answers in a scope, one per respondent and mapped question, from every questionnaire.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the answers of one collectivité in the order added; of the programme, collectivité by
     *         collectivité (in order of first appearance)
     */
    public List<SurveyAnswer> surveyAnswers(Scope scope) {
        return answers.list(scope.collectivite());
    }

    /**
     * The answers of {@link #surveyAnswers} walked one at a time without a record per answer: what
     * indicators and renderers use when a programme has millions of answers.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return a new cursor before the first answer of the scope
     */
    public SurveyAnswerCursor surveyAnswerCursor(Scope scope) {
        return answers.cursor(scope.collectivite());
    }

    /**
     * Provenance of every input file, in reading order.
     *
     * @return one entry per file or sheet read
     */
    public List<SourceFile> sources() {
        return sources;
    }

    /**
     * Every data-quality finding, by file then line.
     *
     * @return the findings, rejected rows and warnings alike
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Number of findings that dropped a row; {@code --strict} fails when it is not zero.
     *
     * @return the count of {@link Finding.Severity#REJECTED} findings
     */
    public long rejectedCount() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.REJECTED).count();
    }

    /** Collects records; not thread-safe. Ingestors receive one and add what they read. */
    public static final class Builder {
        private final List<Collectivite> collectivites = new ArrayList<>();
        private final List<Participant> participants = new ArrayList<>();
        private final List<Session> sessions = new ArrayList<>();
        private final List<Attendance> attendance = new ArrayList<>();
        private final List<PracticalCase> cases = new ArrayList<>();
        private final List<Funding> funding = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final List<GroupWeather> weather = new ArrayList<>();
        private AnswerStore answers = new AnswerStore();
        private final List<SourceFile> sources = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a row of {@code collectivites.csv}.
         *
         * @param r the collectivité
         * @return this builder
         */
        public Builder add(Collectivite r) {
            collectivites.add(r);
            return this;
        }

        /**
         * Adds a participant.
         *
         * @param r the participant
         * @return this builder
         */
        public Builder add(Participant r) {
            participants.add(r);
            return this;
        }

        /**
         * Adds a session or event; {@link #build()} sorts them by start date.
         *
         * @param r the session
         * @return this builder
         */
        public Builder add(Session r) {
            sessions.add(r);
            return this;
        }

        /**
         * Adds an attendance row.
         *
         * @param r the attendance
         * @return this builder
         */
        public Builder add(Attendance r) {
            attendance.add(r);
            return this;
        }

        /**
         * Adds a practical case.
         *
         * @param r the case
         * @return this builder
         */
        public Builder add(PracticalCase r) {
            cases.add(r);
            return this;
        }

        /**
         * Adds a funding.
         *
         * @param r the funding
         * @return this builder
         */
        public Builder add(Funding r) {
            funding.add(r);
            return this;
        }

        /**
         * Adds a verbatim.
         *
         * @param r the quote
         * @return this builder
         */
        public Builder add(Quote r) {
            quotes.add(r);
            return this;
        }

        /**
         * Adds a group-weather row.
         *
         * @param r the weather
         * @return this builder
         */
        public Builder add(GroupWeather r) {
            weather.add(r);
            return this;
        }

        /**
         * Adds one survey answer.
         *
         * @param r the answer
         * @return this builder
         */
        public Builder add(SurveyAnswer r) {
            answers.add(r);
            return this;
        }

        /**
         * Starts one respondent's row of a survey export: what its answers share is given once, and each
         * {@link SurveyRow#answer} then adds one answer, exactly as {@link #add(SurveyAnswer)} would with
         * these fields, without making a {@code SurveyAnswer} for it (an export of a million rows holds
         * twenty million answers).
         *
         * @param collectivite the collectivité's id
         * @param survey       the questionnaire (export file name without extension)
         * @param respondent   the respondent's id in the export; may be null
         * @param date         when the answers were given; may be null
         * @param wave         before/after wave; may be null
         * @param role         respondent's role; may be null
         * @param source       where the row was read; null for {@link SourceRef#NONE}
         * @return the row, to add its answers to
         * @throws NullPointerException when collectivite or survey is null, as {@code SurveyAnswer} does
         * @since 1.2
         */
        public SurveyRow surveyRow(String collectivite, String survey, String respondent, LocalDate date, Wave wave,
                String role, SourceRef source) {
            return new SurveyRow(this, collectivite, survey, respondent, date, wave, role, source);
        }

        /**
         * Records the provenance of a file read.
         *
         * @param s the file's provenance and row counts
         * @return this builder
         */
        public Builder source(SourceFile s) {
            sources.add(s);
            return this;
        }

        /**
         * Replaces a source already added (same name) by a corrected one; the engine uses it to move rows
         * that cross-file checks rejected from "kept" to "rejected" in the counts.
         *
         * @param corrected the source with the corrected counts
         * @return this builder
         * @throws IllegalArgumentException when no source of that name was added
         */
        public Builder replaceSource(SourceFile corrected) {
            for (int i = 0; i < sources.size(); i++) {
                if (sources.get(i).name().equals(corrected.name())) {
                    sources.set(i, corrected);
                    return this;
                }
            }
            throw new IllegalArgumentException("no source named " + corrected.name());
        }

        /**
         * Records a data-quality finding.
         *
         * @param f the finding
         * @return this builder
         */
        public Builder finding(Finding f) {
            findings.add(f);
            return this;
        }

        /**
         * Keeps only the records that pass the filter; used by cross-file checks that reject a row
         * after every file was read (the checker records the finding itself).
         *
         * @param filter decides, record by record, what stays
         * @return this builder
         */
        public Builder retain(RecordFilter filter) {
            retainRecords(filter);
            answers = answers.retain(filter::keep);
            return this;
        }

        /**
         * Keeps only the records of one kind that pass the filter; records of other kinds are not looked at.
         * Cheaper than {@link #retain(RecordFilter)} when a check concerns a few kinds and the dataset holds
         * millions of survey answers.
         *
         * @param <T>    the kind of record
         * @param kind   the record class, e.g. {@code Attendance.class}
         * @param filter decides, record by record of that kind, what stays
         * @return this builder
         */
        public <T extends Record> Builder retain(Class<T> kind, java.util.function.Predicate<? super T> filter) {
            RecordFilter typed = r -> !kind.isInstance(r) || filter.test(kind.cast(r));
            if (kind == SurveyAnswer.class) {
                answers = answers.retain(typed::keep);
            } else {
                retainRecords(typed);
            }
            return this;
        }

        /** Filters every kind of record but survey answers, which the answer store filters. */
        private void retainRecords(RecordFilter filter) {
            for (List<? extends Record> list : List.of(collectivites, participants, sessions, attendance, cases,
                    funding, quotes, weather)) {
                list.removeIf(r -> !filter.keep(r));
            }
        }

        /**
         * Freezes what was added into an immutable dataset; the builder may still be used afterwards.
         *
         * @return the dataset
         */
        public Dataset build() {
            return new Dataset(this);
        }
    }

    /**
     * One respondent's row of survey answers, from {@link Builder#surveyRow}: each {@link #answer} adds to
     * the builder what {@link Builder#add(SurveyAnswer)} would add for the row's fields and the answer's.
     *
     * @since 1.2
     */
    public static final class SurveyRow {
        private final Builder builder;
        private final String collectivite;
        private final String survey;
        private final String respondent;
        private final LocalDate date;
        private final Wave wave;
        private final String role;
        private final SourceRef source;

        private SurveyRow(Builder builder, String collectivite, String survey, String respondent, LocalDate date,
                Wave wave, String role, SourceRef source) {
            this.builder = builder;
            this.collectivite = Objects.requireNonNull(collectivite, "collectivite");
            this.survey = Objects.requireNonNull(survey, "survey");
            this.respondent = respondent;
            this.date = date;
            this.wave = wave;
            this.role = role;
            this.source = source == null ? SourceRef.NONE : source;
        }

        /**
         * Adds one answer of this row.
         *
         * @param question the question's code or header as in the export
         * @param measure  what the question measures
         * @param score    the answer brought to 1–5; null for text
         * @param raw      the answer as written in the export
         * @return this row
         * @throws NullPointerException when question or measure is null, as {@code SurveyAnswer} does
         */
        public SurveyRow answer(String question, Measure measure, Double score, String raw) {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(measure, "measure");
            builder.answers.add(collectivite, survey, respondent, date, wave, role, source, question, measure, score,
                    raw);
            return this;
        }
    }

    /** Decides which records {@link Builder#retain} keeps. */
    @FunctionalInterface
    public interface RecordFilter {
        /**
         * Whether to keep a record.
         *
         * @param record any model record
         * @return true to keep it, false to drop it
         */
        boolean keep(Record record);
    }
}
