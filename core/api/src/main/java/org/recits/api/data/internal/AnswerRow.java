package org.recits.api.data.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.recits.api.data.Dataset;
import org.recits.api.model.Measure;
import org.recits.api.model.SourceRef;
import org.recits.api.model.Wave;

/** A respondent's row whose answers go straight into the builder's column store, no record made for each. */
final class AnswerRow implements Dataset.SurveyRow {
    /** Its store is read at each answer: {@link DatasetBuilder#retain} may have replaced it since the row began. */
    private final DatasetBuilder builder;
    private final String collectivite;
    private final String survey;
    private final String respondent;
    private final LocalDate date;
    private final Wave wave;
    private final String role;
    private final SourceRef source;

    AnswerRow(DatasetBuilder builder, String collectivite, String survey, String respondent, LocalDate date,
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

    @Override
    public Dataset.SurveyRow answer(String question, Measure measure, Double score, String raw) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(measure, "measure");
        builder.answers.add(collectivite, survey, respondent, date, wave, role, source, question, measure, score, raw);
        return this;
    }
}
