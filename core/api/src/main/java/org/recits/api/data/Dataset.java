// Over 400 lines: the one read-model interface plugins see, with its documented default queries; splitting it
// would split the API every indicator compiles against.
package org.recits.api.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;
import org.recits.api.data.internal.DatasetBuilder;
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
 * per-collectivité session lists are sorted by start date (then id), which gives a session its rank
 * (first, second…). Plugins use datasets and build them through {@link #builder()}; they do not implement
 * these interfaces (the API bundle does, in a package it does not export).
 *
 * <p>The scope of every query is the programme or one collectivité: a lab of a consolidated report is refused
 * ({@link IllegalArgumentException}), its records being those of the lab's own dataset.
 *
 * <p>Two paths are made for millions of survey answers and are the only ones to reach for when speed
 * matters: {@link Builder#surveyRow} to add them, {@link #surveyAnswerCursor} to read them.
 */
@ProviderType
public interface Dataset {

    /**
     * Starts an empty dataset; ingestors add to it, then the engine builds it once every file is read.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new DatasetBuilder();
    }

    /**
     * A builder holding every record, source and finding of this dataset, to derive another one.
     *
     * @return a new builder; changing it does not change this dataset
     */
    Builder toBuilder();

    /**
     * The records of the collectivités {@code keep} accepts, alone, with this dataset's sources, findings and
     * pseudonyms: what {@code toBuilder().retain(…)} keeping those collectivités' records would build, in the same
     * order, without copying the other collectivités' survey answers first (a lab's part of a consolidated
     * programme: that way, each of ten labs made three passes over all twenty million answers of ×1000).
     *
     * @param keep whether a collectivité's records are kept, by its id
     * @return a new dataset; this one does not change
     * @since 2.2
     */
    Dataset onlyCollectivites(Predicate<String> keep);

    /**
     * Ids of every collectivité that appears in any record, sorted.
     *
     * @return the ids, including those missing from {@code collectivites.csv}
     */
    List<String> collectiviteIds();

    /**
     * The pseudonyms of people's ids in this dataset and in the outputs written from it, under the key the
     * builder was given.
     *
     * @return the pseudonyms; {@link Pseudonyms#EXAMPLE} when the builder was given none
     * @since 2.0
     */
    Pseudonyms pseudonyms();

    /**
     * The rows of {@code collectivites.csv}.
     *
     * @return the collectivités in the order added; some ids of {@link #collectiviteIds()} may have no row
     */
    List<Collectivite> collectivites();

    /**
     * The {@code collectivites.csv} row of one collectivité, for its name and dates.
     *
     * @param id the collectivité's id
     * @return its row; empty when the file has none for it
     */
    Optional<Collectivite> collectivite(String id);

    /**
     * The name a reader sees for a collectivité scope: the one place that turns {@code metz} into
     * « Ville de Metz » for every plugin.
     *
     * @param scope a scope
     * @return the name {@code collectivites.csv} gives, the id when the file has no row for it, the lab's name
     *         for a lab of a consolidated report, or null for the programme, which each output words in its own
     *         language
     * @since 2.1
     */
    default String collectiviteName(Scope scope) {
        return scope.isProgramme() ? null : scope.isLab() ? scope.lab()
                : collectivite(scope.collectivite()).map(Collectivite::nom).orElse(scope.collectivite());
    }

    /**
     * Rows of {@code participants.csv} in a scope.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the participants of one collectivité in the order added; of the programme, collectivité by
     *         collectivité (in order of first appearance)
     */
    List<Participant> participants(Scope scope);

    /**
     * Sessions and events: of one collectivité by start date then id; of the programme, collectivité by
     * collectivité.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return every row of {@code sessions.csv} in the scope, counted or not (see {@link Session#isCounted()})
     */
    List<Session> sessions(Scope scope);

    /**
     * Rows of {@code presences.csv} in a scope.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the attendance rows of one collectivité in the order added; of the programme, collectivité by
     *         collectivité (in order of first appearance)
     */
    List<Attendance> attendance(Scope scope);

    /**
     * Practical cases ({@code cas.csv}) in a scope, whatever their status (see
     * {@link PracticalCase#isCountedUpTo}).
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the cases of one collectivité in the order added; of the programme, collectivité by collectivité
     *         (in order of first appearance)
     */
    List<PracticalCase> cases(Scope scope);

    /**
     * Rows of {@code financements.csv} in a scope.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the fundings of one collectivité in the order added; of the programme, collectivité by
     *         collectivité (in order of first appearance)
     */
    List<Funding> funding(Scope scope);

    /**
     * Verbatims ({@code verbatims.csv}) in a scope, with or without consent; only consented ones may be published.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the quotes of one collectivité in the order added; of the programme, collectivité by collectivité
     *         (in order of first appearance)
     */
    List<Quote> quotes(Scope scope);

    /**
     * Group weather ({@code meteo.csv}): the group's mood at sessions in a scope.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the weather rows of one collectivité in the order added; of the programme, collectivité by
     *         collectivité (in order of first appearance)
     */
    List<GroupWeather> weather(Scope scope);

    /**
     * Survey answers in a scope, one per respondent and mapped question, from every questionnaire.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return the answers of one collectivité in the order added; of the programme, collectivité by
     *         collectivité (in order of first appearance)
     */
    List<SurveyAnswer> surveyAnswers(Scope scope);

    /**
     * The answers of {@link #surveyAnswers} walked one at a time without a record per answer: what
     * indicators and renderers use when a programme has millions of answers. One of the two fast paths of
     * this package (with {@link Builder#surveyRow}); everything else favours plain lists.
     *
     * @param scope a collectivité, or the programme for every collectivité
     * @return a new cursor before the first answer of the scope
     */
    SurveyAnswerCursor surveyAnswerCursor(Scope scope);

    /**
     * Provenance of every input file, in reading order.
     *
     * @return one entry per file or sheet read
     */
    List<SourceFile> sources();

    /**
     * Every data-quality finding, by file then line.
     *
     * @return the findings, rejected rows and warnings alike
     */
    List<Finding> findings();

    /**
     * Number of findings that dropped a row; {@code --strict} fails when it is not zero.
     *
     * @return the count of {@link Finding.Severity#REJECTED} findings
     */
    long rejectedCount();

    /** Collects records; not thread-safe. Ingestors receive one and add what they read. */
    @ProviderType
    interface Builder {

        /**
         * Adds a row of {@code collectivites.csv}.
         *
         * @param r the collectivité
         * @return this builder
         */
        Builder add(Collectivite r);

        /**
         * Adds a participant.
         *
         * @param r the participant
         * @return this builder
         */
        Builder add(Participant r);

        /**
         * Adds a session or event; {@link #build()} sorts them by start date.
         *
         * @param r the session
         * @return this builder
         */
        Builder add(Session r);

        /**
         * Adds an attendance row.
         *
         * @param r the attendance
         * @return this builder
         */
        Builder add(Attendance r);

        /**
         * Adds a practical case.
         *
         * @param r the case
         * @return this builder
         */
        Builder add(PracticalCase r);

        /**
         * Adds a funding.
         *
         * @param r the funding
         * @return this builder
         */
        Builder add(Funding r);

        /**
         * Adds a verbatim.
         *
         * @param r the quote
         * @return this builder
         */
        Builder add(Quote r);

        /**
         * Adds a group-weather row.
         *
         * @param r the weather
         * @return this builder
         */
        Builder add(GroupWeather r);

        /**
         * Adds one survey answer.
         *
         * @param r the answer
         * @return this builder
         */
        Builder add(SurveyAnswer r);

        /**
         * Starts one respondent's row of a survey export: what its answers share is given once, and each
         * {@link SurveyRow#answer} then adds one answer, exactly as {@link #add(SurveyAnswer)} would with
         * these fields, without making a {@code SurveyAnswer} for it (an export of a million rows holds
         * twenty million answers). One of the two fast paths of this package (with
         * {@link Dataset#surveyAnswerCursor}): an ingestor of big exports adds its answers this way.
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
        SurveyRow surveyRow(String collectivite, String survey, String respondent, LocalDate date, Wave wave,
                String role, SourceRef source);

        /**
         * Records the provenance of a file read.
         *
         * @param s the file's provenance and row counts
         * @return this builder
         */
        Builder source(SourceFile s);

        /**
         * Replaces a source already added (same name) by a corrected one; the engine uses it to move rows
         * that cross-file checks rejected from "kept" to "rejected" in the counts.
         *
         * @param corrected the source with the corrected counts
         * @return this builder
         * @throws IllegalArgumentException when no source of that name was added
         */
        Builder replaceSource(SourceFile corrected);

        /**
         * Records a data-quality finding.
         *
         * @param f the finding
         * @return this builder
         */
        Builder finding(Finding f);

        /**
         * Keeps only the records that pass the filter; used by cross-file checks that reject a row
         * after every file was read (the checker records the finding itself).
         *
         * @param filter decides, record by record, what stays
         * @return this builder
         */
        Builder retain(RecordFilter filter);

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
        <T extends Record> Builder retain(Class<T> kind, Predicate<? super T> filter);

        /**
         * Sets the pseudonyms of people's ids: readers replace with them an id that looks like personal data,
         * renderers publish respondents under them. The engine gives the lab's key; a builder starts with
         * {@link Pseudonyms#EXAMPLE}.
         *
         * @param pseudonyms the run's pseudonyms
         * @return this builder
         * @since 2.0
         */
        Builder pseudonyms(Pseudonyms pseudonyms);

        /**
         * The pseudonyms of people's ids, for readers to replace an id that looks like personal data.
         *
         * @return the pseudonyms {@link #pseudonyms(Pseudonyms)} set, else {@link Pseudonyms#EXAMPLE}
         * @since 2.0
         */
        Pseudonyms pseudonyms();

        /**
         * Freezes what was added into an immutable dataset; the builder may still be used afterwards.
         *
         * @return the dataset
         */
        Dataset build();
    }

    /**
     * One respondent's row of survey answers, from {@link Builder#surveyRow}: each {@link #answer} adds to
     * the builder what {@link Builder#add(SurveyAnswer)} would add for the row's fields and the answer's.
     *
     * @since 1.2
     */
    @ProviderType
    interface SurveyRow {

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
        SurveyRow answer(String question, Measure measure, Double score, String raw);
    }

    /** Decides which records {@link Builder#retain} keeps. */
    @ConsumerType
    @FunctionalInterface
    interface RecordFilter {
        /**
         * Whether to keep a record.
         *
         * @param record any model record
         * @return true to keep it, false to drop it
         */
        boolean keep(Record record);
    }
}
