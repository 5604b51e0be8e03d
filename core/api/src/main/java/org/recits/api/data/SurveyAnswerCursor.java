package org.recits.api.data;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;
import org.recits.api.model.Measure;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/**
 * Walks the survey answers of a scope one at a time without making a {@link SurveyAnswer} per answer,
 * for indicators and renderers that go through the millions of answers of a consolidated programme.
 * The answers and their order are those of {@link Dataset#surveyAnswers}.
 *
 * <p>Start with {@link #next()}; the accessors then describe the current answer. Values repeated from
 * answer to answer (collectivité, question, raw answer, date…) are shared objects, so reading them does
 * not allocate. A cursor is not thread-safe; each call to {@link Dataset#surveyAnswerCursor} gives a new one.
 */
@ProviderType
public interface SurveyAnswerCursor {

    /**
     * Moves to the next answer.
     *
     * @return false when there is none left, after which the accessors must not be called
     */
    boolean next();

    /**
     * The collectivité of the current answer.
     *
     * @return as {@link SurveyAnswer#collectivite()}
     */
    String collectivite();

    /**
     * The questionnaire of the current answer.
     *
     * @return as {@link SurveyAnswer#survey()}
     */
    String survey();

    /**
     * The respondent of the current answer.
     *
     * @return as {@link SurveyAnswer#respondent()}; may be null
     */
    String respondent();

    /**
     * The date of the current answer.
     *
     * @return as {@link SurveyAnswer#date()}; may be null
     */
    LocalDate date();

    /**
     * The wave of the current answer.
     *
     * @return as {@link SurveyAnswer#wave()}; may be null
     */
    Wave wave();

    /**
     * The role of the respondent of the current answer.
     *
     * @return as {@link SurveyAnswer#role()}; may be null
     */
    String role();

    /**
     * The question of the current answer.
     *
     * @return as {@link SurveyAnswer#question()}
     */
    String question();

    /**
     * What the question of the current answer measures.
     *
     * @return as {@link SurveyAnswer#measure()}
     */
    Measure measure();

    /**
     * The score of the current answer.
     *
     * @return as {@link SurveyAnswer#score()}; null for a text answer
     */
    Double score();

    /**
     * The current answer as written in the export.
     *
     * @return as {@link SurveyAnswer#raw()}
     */
    String raw();

    /**
     * Where the current answer was read.
     *
     * @return as {@link SurveyAnswer#source()}
     */
    SourceRef source();

    /**
     * The current answer as a record, equal to the one {@link Dataset#surveyAnswers} gives at this place.
     *
     * @return a new record
     */
    SurveyAnswer answer();
}
