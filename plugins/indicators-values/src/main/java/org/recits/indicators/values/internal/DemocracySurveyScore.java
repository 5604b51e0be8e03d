package org.recits.indicators.values.internal;

import org.osgi.service.component.annotations.Component;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;

/** DEM_SURVEY_SCORE: mean score of the questions mapped « democratie » (Récits, from the survey mappings of docs/format.md). */
@Component(service = Indicator.class)
public final class DemocracySurveyScore extends SurveyMean {

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("DEM_SURVEY_SCORE",
            LocalizedText.of("Score démocratie (questionnaires)", "Democracy score (surveys)"),
            LocalizedText.of("Ce que les répondants disent de la transparence et de la participation, d’après les questions «\u00a0démocratie\u00a0».", "What respondents say of transparency and participation, from the “democratie” questions."),
            LocalizedText.of("moyenne des scores (1–5, inversés quand le mapping le dit) des réponses aux questions "
                    + "«\u00a0democratie\u00a0» datées dans la période (réponses sans date écartées)\u202f; n = répondants distincts\u202f; "
                    + "intervalle à 95\u00a0% de Student sur les répondants (ddl = n − 1)",
                    "mean of the scores (1–5, reversed where the mapping says so) of answers to “democratie” questions "
                    + "dated in the period (undated answers left out); n = distinct respondents; 95% Student "
                    + "interval over respondents (df = n − 1)"),
            Unit.SCORE, Direction.HIGHER_IS_BETTER, ValueFamily.DEMOCRATIE, Temporality.FLOW_IN_PERIOD,
            Aggregation.MEAN, TargetBand.NONE, null).withSource(Sources.SURVEY_MEASURES).withRoles(CHARTED);

    public DemocracySurveyScore() {
        super(Measure.DEMOCRATIE, DEFINITION);
    }
}
