package org.recits.api.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One answer to one question of a survey export, after its mapping file was applied.
 *
 * @param collectivite the collectivité's id
 * @param survey       the questionnaire (export file name without extension)
 * @param respondent   the respondent's id in the export; may be null when the tool gives none
 * @param date         when the answer was given; may be null
 * @param wave         before/after wave; may be null
 * @param role         respondent's role; may be null
 * @param question     the question's code or header as in the export
 * @param measure      what the question measures
 * @param score        the answer brought to 1–5, reversed where the mapping says so; null for text
 * @param raw          the answer as written in the export
 * @param source       where the answer was read
 */
public record SurveyAnswer(String collectivite, String survey, String respondent, LocalDate date, Wave wave,
        String role, String question, Measure measure, Double score, String raw, SourceRef source) {

    /**
     * Checks collectivite, survey, question and measure are present; makes a missing source
     * {@link SourceRef#NONE}.
     *
     * @param collectivite the collectivité's id
     * @param survey       the questionnaire (export file name without extension)
     * @param respondent   the respondent's id in the export; may be null when the tool gives none
     * @param date         when the answer was given; may be null
     * @param wave         before/after wave; may be null
     * @param role         respondent's role; may be null
     * @param question     the question's code or header as in the export
     * @param measure      what the question measures
     * @param score        the answer brought to 1–5, reversed where the mapping says so; null for text
     * @param raw          the answer as written in the export
     * @param source       where the answer was read
     */
    public SurveyAnswer {
        Objects.requireNonNull(collectivite, "collectivite");
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(measure, "measure");
        source = source == null ? SourceRef.NONE : source;
    }
}
